// Utility bills are payable through the unified payment service as kind 'bill'. A bill may be paid
// by anyone who has its account bound (family members share an account); once paid — through a
// payment or elsewhere — it can never be charged again.
import type { Payable } from '../payments/payables'
import { BILL_NAMES } from './present'
import { utilitiesRepo } from './repo'

export const billPayable: Payable = {
  noun: '账单',
  describe(db, userId, id) {
    const repo = utilitiesRepo(db)
    const bill = repo.bill(id)
    if (!bill) return null
    return {
      ownerOk: repo.bindingFor(userId, bill.account_id) !== undefined,
      amountFen: bill.amount_fen,
      description: `${BILL_NAMES[bill.type]} ${bill.period}`,
      paid: bill.paid_at !== null,
      issuer: bill.provider_name,
      regionCode: bill.city_code,
    }
  },
  markPaid(db, id, paymentId, atMs) {
    // Checked unpaid in the same transaction; anything else is a bug and rolls the success back.
    if (!utilitiesRepo(db).markPaidByPayment(id, paymentId, atMs)) throw new Error(`bill ${id} was not payable`)
  },
}
