import { formatDateTime, paymentStatusLabel } from './payment-status'

test('every state has a Chinese label, unknown ones fall through', () => {
  expect(paymentStatusLabel('started')).toBe('处理中')
  expect(paymentStatusLabel('success')).toBe('缴费成功')
  expect(paymentStatusLabel('weird')).toBe('weird')
})

test('times are shown in China Standard Time', () => {
  expect(formatDateTime('2026-11-26T16:05:00.000Z')).toBe('2026-11-27 00:05')
})
