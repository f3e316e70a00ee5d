import { formatFen } from './money'

test('integer 分 are shown as yuan with two decimals', () => {
  expect(formatFen(1230)).toBe('¥12.30')
  expect(formatFen(5)).toBe('¥0.05')
  expect(formatFen(0)).toBe('¥0.00')
  expect(formatFen(12345678)).toBe('¥123,456.78')
  expect(formatFen(-250)).toBe('-¥2.50')
})

test('a non-integer amount is a programming error, never rounded silently', () => {
  expect(() => formatFen(12.5)).toThrow(TypeError)
})
