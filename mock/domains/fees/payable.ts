// Non-tax fees are payable through the unified payment service as kind 'fee' (id = the 20-digit
// 缴款码). Any caller who looked the notice up may pay it (the code is on the payer's notice); a
// notice past its deadline is refused (NOTICE_EXPIRED).
import { cstDate } from '../../lib/china-time'
import type { Payable } from '../payments/payables'
import { isExpired, noticeExpired } from './problems'
import { feesRepo } from './repo'

export const feePayable: Payable = {
  noun: '缴款通知',
  describe(db, userId, id, nowMs) {
    const repo = feesRepo(db)
    const notice = repo.notice(id)
    if (!notice) return null
    return {
      ownerOk: repo.lookedUp(userId, notice.code),
      amountFen: notice.amount_fen,
      description: notice.item,
      paid: notice.paid_at !== null,
      issuer: notice.department,
      regionCode: notice.region_code,
      ...(isExpired(notice, cstDate(nowMs)) ? { refusal: noticeExpired(notice.deadline) } : {}),
    }
  },
  markPaid(db, id, paymentId, atMs) {
    if (!feesRepo(db).markPaidByPayment(id, paymentId, atMs)) throw new Error(`notice ${id} was not payable`)
  },
}
