import { checkDecisionNumber, checkPaymentCode, checkPlate, normalisePlate } from './validators'

test('valid plates, standard and new-energy, in the forms people type them', () => {
  expect(normalisePlate(' 浙a·12345 ')).toBe('浙A12345')
  expect(checkPlate('浙A12345')).toBeNull()
  expect(checkPlate('浙a 1b55t')).toBeNull()
  expect(checkPlate('浙AD12345')).toBeNull()
  expect(checkPlate('浙A12345F')).toBeNull()
  expect(checkPlate('浙AD12345', { newEnergy: true })).toBeNull()
})

test('invalid plates say what is wrong', () => {
  expect(checkPlate('')).toBe('请输入车牌号码')
  expect(checkPlate('A12345')).toContain('省份简称')
  expect(checkPlate('浙112345')).toContain('发证机关字母')
  expect(checkPlate('浙I12345')).toContain('发证机关字母')
  expect(checkPlate('浙A1O345')).toContain('不使用字母 I 和 O')
  expect(checkPlate('浙A1234')).toContain('5 位')
  expect(checkPlate('浙A12345', { newEnergy: true })).toContain('新能源车牌')
  expect(checkPlate('浙AD12345', { newEnergy: false })).toContain('5 位')
})

test('decision numbers are 16 digits', () => {
  expect(checkDecisionNumber('3301 0420 2611 0001')).toBeNull()
  expect(checkDecisionNumber('')).toContain('请输入')
  expect(checkDecisionNumber('330104202611000')).toContain('您输入了 15 位')
  expect(checkDecisionNumber('33010420261100AB')).toContain('只含数字')
})

test('payment codes are 20 digits', () => {
  expect(checkPaymentCode('33000026110000012345')).toBeNull()
  expect(checkPaymentCode('3300002611000001234')).toContain('您输入了 19 位')
  expect(checkPaymentCode('x')).toContain('只含数字')
})
