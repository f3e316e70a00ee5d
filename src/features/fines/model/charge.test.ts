import type { Charge } from '@contract'
import { chargeNote, surchargeLabel, VIOLATION_STATUS_TEXT } from './charge'

const base: Charge = {
  fineFen: 20000,
  surchargeFen: 0,
  totalFen: 20000,
  overdueDays: 0,
  dailyIncreaseFen: 600,
  capped: false,
  nextIncreaseOn: null,
  capReachedOn: '2025-05-20',
  surchargeStartsOn: '2025-04-15',
}

test('before the deadline the note says from which day the 3% starts', () => {
  expect(surchargeLabel(base)).toBe('加处罚款')
  expect(chargeNote(base)).toBe('2025-04-15 起每日加处罚款 3%')
})

test('while the surcharge runs it says how much per day and when it stops growing', () => {
  const running = { ...base, surchargeFen: 7200, totalFen: 27200, overdueDays: 12, nextIncreaseOn: '2025-04-28' }
  expect(surchargeLabel(running)).toBe('加处罚款（逾期 12 天）')
  expect(chargeNote(running)).toBe('每日增加 ¥6.00，至 2025-05-20 封顶')
})

test('a date-time cap day is shown as a date', () => {
  expect(chargeNote({ ...base, surchargeFen: 600, overdueDays: 1, capReachedOn: '2025-05-20T00:00:00.000Z' })).toBe('每日增加 ¥6.00，至 2025-05-20 封顶')
})

test('once capped the note says the surcharge stops at the fine', () => {
  const capped = { ...base, surchargeFen: 20000, totalFen: 40000, overdueDays: 80, capped: true }
  expect(surchargeLabel(capped)).toBe('加处罚款（逾期 80 天）')
  expect(chargeNote(capped)).toBe('加处罚款已达上限（不超过罚款本金）')
})

test('every status has a text label', () => {
  expect(VIOLATION_STATUS_TEXT).toEqual({ unprocessed: '未处理', awaiting_payment: '待缴款', paid: '已缴款' })
})
