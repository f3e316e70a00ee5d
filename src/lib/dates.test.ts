import { formatDateTime } from './dates'
import { splitDates } from './split-dates'

test('instants are shown in China Standard Time, whatever the device zone', () => {
  expect(formatDateTime('2026-11-26T16:05:00.000Z')).toBe('2026-11-27 00:05')
})


test('dates and times become pieces of their own, the words around them stay whole', () => {
  expect(splitDates('办件编号 3301 · 提交于 2026-12-03 18:24')).toEqual([
    { text: '办件编号 3301 · 提交于 ', date: false },
    { text: '2026-12-03 18:24', date: true },
  ])
  expect(splitDates('剩余 9 个工作日 · 2026-12-16 前办结')).toEqual([
    { text: '剩余 9 个工作日 · ', date: false },
    { text: '2026-12-16', date: true },
    { text: ' 前办结', date: false },
  ])
  expect(splitDates('09:00-09:30')).toEqual([{ text: '09:00-09:30', date: true }])
  expect(splitDates('没有日期')).toEqual([{ text: '没有日期', date: false }])
})
