import { tickedRows, tickedTotalFen, toggled } from './tick-selection'

const rows = [
  { id: 'a', fen: 4567 },
  { id: 'b', fen: 1203 },
  { id: 'c', fen: 999 },
]

test('only ticked rows count, in the order shown, in integer 分', () => {
  expect(tickedRows(rows, new Set(['c', 'a', 'zz'])).map((row) => row.id)).toEqual(['a', 'c'])
  expect(tickedTotalFen(rows, new Set(['a', 'b']), (row) => row.fen)).toBe(5770)
  expect(tickedTotalFen(rows, new Set(), (row) => row.fen)).toBe(0)
})

test('a tap toggles one row and leaves the others', () => {
  const once = toggled(new Set(['a', 'b']), 'a')
  expect([...once]).toEqual(['b'])
  expect([...toggled(once, 'a')].sort()).toEqual(['a', 'b'])
})
