import { clientError, errorFromResponse, messageOf } from './errors'

test('problem documents keep code, Chinese text and the first message per field', () => {
  const error = errorFromResponse(400, {
    type: 'about:blank',
    status: 400,
    code: 'VALIDATION_FAILED',
    title: '填写的信息有误',
    detail: '请按提示修改后重新提交',
    requestId: 'r1',
    errors: [
      { field: 'mobile', code: 'pattern', message: '请输入 11 位手机号码' },
      { field: 'mobile', code: 'minLength', message: '第二条' },
    ],
  })
  expect(error.code).toBe('VALIDATION_FAILED')
  expect(error.fieldErrors).toEqual({ mobile: '请输入 11 位手机号码' })
  expect(messageOf(error)).toBe('请按提示修改后重新提交')
})

test('a body that is not a problem still gives a Chinese message', () => {
  expect(errorFromResponse(502, '<html>bad gateway</html>').code).toBe('SERVER_ERROR')
  expect(errorFromResponse(404, null).code).toBe('BAD_RESPONSE')
  expect(clientError('NETWORK_ERROR').userMessage).toContain('请检查网络')
  expect(messageOf(new Error('x'))).toMatch(/[\u4e00-\u9fa5]/)
})

test('extension members of a problem are kept for program logic', () => {
  const error = errorFromResponse(409, {
    type: 'about:blank',
    status: 409,
    code: 'ITEM_IN_OPEN_PAYMENT',
    title: '该账单正在缴费中',
    detail: '请先完成或取消进行中的缴费',
    requestId: 'r2',
    openPaymentId: 'pay_123',
  })
  expect(error.extensions.openPaymentId).toBe('pay_123')
})
