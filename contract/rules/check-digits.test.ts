import { checkCheckDigits, checkDigitsLabel, normaliseCheckDigits } from './check-digits'

const engine = { field: 'engine' as const, digits: 6 }

test('the label comes from the city rule', () => {
  expect(checkDigitsLabel(engine)).toBe('发动机号后 6 位')
  expect(checkDigitsLabel({ field: 'vin', digits: 4 })).toBe('车架号后 4 位')
})

test('each mistake gets its own message; spaces and case are forgiven', () => {
  expect(normaliseCheckDigits(' ab 12c3 ')).toBe('AB12C3')
  expect(checkCheckDigits('ab 12c3', engine)).toBeNull()
  expect(checkCheckDigits('', engine)).toBe('请输入发动机号后 6 位')
  expect(checkCheckDigits('12-345', engine)).toBe('发动机号后 6 位只含数字或字母，见行驶证')
  expect(checkCheckDigits('1234', engine)).toBe('请输入发动机号后 6 位，您输入了 4 位')
})
