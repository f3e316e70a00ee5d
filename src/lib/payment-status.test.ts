import { paymentStatusLabel } from './payment-status'

test('every state has a Chinese label, unknown ones fall through', () => {
  expect(paymentStatusLabel('started')).toBe('处理中')
  expect(paymentStatusLabel('success')).toBe('缴费成功')
  expect(paymentStatusLabel('weird')).toBe('weird')
})
