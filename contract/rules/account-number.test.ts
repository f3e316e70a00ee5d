import { checkAccountNumber, normaliseAccountNumber } from './account-number'

const format = { length: 10, prefix: '33', pattern: '33[0-9]{8}', hint: '户号为 10 位数字，以 33 开头，见账单左上角' }

test('spaces and dashes copied from a paper bill are ignored', () => {
  expect(normaliseAccountNumber(' 3301 2345-67 ')).toBe('3301234567')
  expect(checkAccountNumber('3301 2345 67', format)).toBeNull()
})

test('each kind of mistake gets its own Chinese message with the hint', () => {
  expect(checkAccountNumber('', format)).toBe('请输入户号')
  expect(checkAccountNumber('330123456', format)).toContain('应为 10 位，您输入了 9 位')
  expect(checkAccountNumber('4401234567', format)).toContain('应以 33 开头')
  expect(checkAccountNumber('33012345ab', format)).toBe(format.hint)
  expect(checkAccountNumber('33中文', format)).toContain('只含数字或字母')
})

test('letters are compared upper-case, as the server does', () => {
  const letters = { length: 10, prefix: 'DF', pattern: '^DF[0-9]{8}$', hint: '户号为 DF 加 8 位数字（共 10 位）' }
  expect(normaliseAccountNumber(' df12-345678')).toBe('DF12345678')
  expect(checkAccountNumber('df12345678', letters)).toBeNull()
})
