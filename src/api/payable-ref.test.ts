import { decodeItems, encodeItems } from './payable-ref'

test('checkout items survive the trip through a page URL', () => {
  const items = [
    { kind: 'bill' as const, id: 'b-1' },
    { kind: 'bill' as const, id: 'b-2' },
  ]
  expect(decodeItems(encodeURIComponent(encodeItems(items)))).toEqual(items)
})

test('malformed or unknown items are dropped, never guessed', () => {
  expect(decodeItems('bill:1,car:2,bill:,nonsense')).toEqual([{ kind: 'bill', id: '1' }])
  expect(decodeItems(undefined)).toEqual([])
})
