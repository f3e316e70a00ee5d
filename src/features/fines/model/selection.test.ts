import { fineItems, payable, selectedDueFen } from './selection'

const violations = [
  { id: 'v1', status: 'awaiting_payment', charge: { totalFen: 27200 } },
  { id: 'v2', status: 'awaiting_payment', charge: { totalFen: 10000 } },
  { id: 'v3', status: 'unprocessed' },
  { id: 'v4', status: 'paid', charge: { totalFen: 5000 } },
]

test('only ticked 待缴款 violations count, with the server total incl. 加处罚款', () => {
  expect(payable(violations).map((v) => v.id)).toEqual(['v1', 'v2'])
  expect(selectedDueFen(violations, new Set(['v1', 'v2', 'v3', 'v4']))).toBe(37200)
  expect(selectedDueFen(violations, new Set(['v2']))).toBe(10000)
  expect(selectedDueFen(violations, new Set())).toBe(0)
})

test('checkout items are fines in the order shown', () => {
  expect(fineItems(violations, new Set(['v2', 'v4', 'v1']))).toEqual([
    { kind: 'fine', id: 'v1' },
    { kind: 'fine', id: 'v2' },
  ])
})
