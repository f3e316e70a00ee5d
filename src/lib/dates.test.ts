import { formatDateTime } from './dates'

test('instants are shown in China Standard Time, whatever the device zone', () => {
  expect(formatDateTime('2026-11-26T16:05:00.000Z')).toBe('2026-11-27 00:05')
})
