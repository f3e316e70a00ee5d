import type { FormField } from '@contract'
import { checkEms, checkField, checkFields, deliveryOf, hasErrors, submittedFields } from './form'

const TODAY = '2025-01-06'
const fields: FormField[] = [
  { name: 'idNumber', label: '公民身份号码', type: 'id_number', required: true, validator: 'idNumber', maxLength: 22, hint: '' },
  { name: 'reason', label: '居住事由', type: 'select', required: true, maxLength: 10, hint: '', options: [{ value: 'work', label: '就业' }] },
  { name: 'note', label: '备注', type: 'text', required: false, maxLength: 4, hint: '' },
]

test('runs the validator the server named, and the required / options / length rules', () => {
  expect(checkField(fields[0], '', TODAY)).toBe('请填写公民身份号码')
  expect(checkField(fields[0], '110105194912310021', TODAY)).toContain('校验位不正确')
  expect(checkField(fields[0], '11010519491231002X', TODAY)).toBeUndefined()
  expect(checkField(fields[1], '', TODAY)).toBe('请选择居住事由')
  expect(checkField(fields[1], 'holiday', TODAY)).toBe('请从选项中选择居住事由')
  expect(checkField(fields[2], '', TODAY)).toBeUndefined()
  expect(checkField(fields[2], '一二三四五', TODAY)).toBe('备注不超过 4 个字')
  const errors = checkFields(fields, { idNumber: '11010519491231002X', reason: 'work' }, TODAY)
  expect(errors).toEqual({ 'fields.idNumber': undefined, 'fields.reason': undefined, 'fields.note': undefined })
  expect(hasErrors(errors)).toBe(false)
})

test('checks an EMS address field by field and builds the delivery', () => {
  const errors = checkEms({ recipient: '', mobile: '1375717905', region: '浙江省杭州市西湖区', detail: '文三路 100 号 301 室' })
  expect(errors).toEqual({ 'delivery.recipient': '请填写收件人', 'delivery.mobile': '请输入以 1 开头的 11 位手机号码', 'delivery.region': undefined, 'delivery.detail': undefined })
  expect(hasErrors(errors)).toBe(true)
  expect(deliveryOf('pickup', 'hall-330100-1', { recipient: '', mobile: '', region: '', detail: '' })).toEqual({ method: 'pickup', hallId: 'hall-330100-1' })
})

test('neither checks nor sends the fields the server fills from the real-name profile (issue 15.9)', () => {
  const withProfile: FormField[] = [{ name: 'name', label: '姓名', type: 'text', required: true, validator: 'chineseName', maxLength: 20, hint: '', fromProfile: 'name' }, ...fields]
  expect(checkFields(withProfile, { idNumber: '11010519491231002X', reason: 'work' }, TODAY)).toEqual({ 'fields.idNumber': undefined, 'fields.reason': undefined, 'fields.note': undefined })
  expect(submittedFields(withProfile, { name: '王大友', idNumber: '11010519491231002X', reason: 'work' })).toEqual([
    { name: 'idNumber', value: '11010519491231002X' },
    { name: 'reason', value: 'work' },
    { name: 'note', value: '' },
  ])
})
