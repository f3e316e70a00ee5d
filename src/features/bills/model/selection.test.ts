import { paymentItems, selectedTotalFen } from './selection'

const bills = [
  { id: 'b1', amountFen: 4567, status: 'unpaid' },
  { id: 'b2', amountFen: 1203, status: 'unpaid' },
  { id: 'b3', amountFen: 999, status: 'paying' },
  { id: 'b4', amountFen: 100, status: 'paid' },
]

test('only unpaid, ticked bills count toward the total', () => {
  expect(selectedTotalFen(bills, new Set(['b1', 'b2', 'b3', 'b4']))).toBe(5770)
  expect(selectedTotalFen(bills, new Set())).toBe(0)
  expect(paymentItems(bills, new Set(['b2', 'b3', 'b1']))).toBe('bill:b1,bill:b2')
})
