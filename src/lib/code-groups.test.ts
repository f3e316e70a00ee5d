import { groupCode } from './code-groups'

it('groups a 24-digit 办件编号, a 20-digit 缴款码 and a 16-digit 决定书编号 by four', () => {
  expect(groupCode('330100202612030000000123')).toBe('3301 0020 2612 0300 0000 0123')
  expect(groupCode('33010026120300000017')).toBe('3301 0026 1203 0000 0017')
  expect(groupCode('3301001258210001')).toBe('3301 0012 5821 0001')
})

it('leaves the last group short when the length is not a multiple of four', () => {
  expect(groupCode('33010012582')).toBe('3301 0012 582')
  expect(groupCode('3301X0012')).toBe('3301 X001 2')
})

it('leaves short codes, already spaced text and anything not a plain code alone', () => {
  expect(groupCode('12345678')).toBe('12345678')
  expect(groupCode('')).toBe('')
  expect(groupCode('3301 0012 5821 0001')).toBe('3301 0012 5821 0001')
  expect(groupCode('浙A12345-2026')).toBe('浙A12345-2026')
})
