// How a fine's amount due reads to the user. The server computes every amount
// (fine + 加处罚款, 《行政处罚法》第七十二条); this only turns its Charge into words.
import { formatFen } from '@contract/rules/money'
import type { Charge, ViolationStatus } from '@contract'

export const VIOLATION_STATUS_TEXT: Record<ViolationStatus, string> = {
  unprocessed: '未处理',
  awaiting_payment: '待缴款',
  paid: '已缴款',
}

export const LAW_NOTE =
  '依据《行政处罚法》第七十二条，到期不缴纳罚款的，每日按罚款数额的 3% 加处罚款，加处罚款的数额不超过罚款本金。'

export const UNPROCESSED_NOTE = '请先通过“交管12123”或到交警窗口处理'

/** "2025-03-01" from a date or a date-time. */
function day(value: string): string {
  return value.slice(0, 10)
}

/** Label of the surcharge row: "加处罚款（逾期 12 天）", or just "加处罚款" before it starts. */
export function surchargeLabel(charge: Charge): string {
  return charge.overdueDays > 0 ? `加处罚款（逾期 ${charge.overdueDays} 天）` : '加处罚款'
}

/** What happens to the amount from now on: still free, growing daily, or capped. */
export function chargeNote(charge: Charge): string {
  if (charge.capped) return '加处罚款已达上限（不超过罚款本金）'
  if (charge.surchargeFen > 0 || charge.overdueDays > 0) {
    return `每日增加 ${formatFen(charge.dailyIncreaseFen)}，至 ${day(charge.capReachedOn)} 封顶`
  }
  return `${day(charge.surchargeStartsOn)} 起每日加处罚款 3%`
}
