// Traffic fines are payable through the unified payment service as kind 'fine' (id = the violation
// id). The caller may pay one if they have the vehicle bound, or if they looked its decision number
// up (holding the paper decision is the proof). The amount is the charge on the day the payment is
// created (server clock); an unprocessed violation is refused (VIOLATION_NOT_PROCESSED).
import { cstDate } from '../../lib/china-time'
import { maskPlate } from '../../lib/masking'
import type { Payable } from '../payments/payables'
import { ruleFor } from './data/rules'
import { lateSurcharge } from './late-surcharge'
import { VIOLATION_NOT_PROCESSED } from './problems'
import { finesRepo } from './repo'

export const finePayable: Payable = {
  noun: '罚款',
  describe(db, userId, id, nowMs) {
    const repo = finesRepo(db)
    const v = repo.violation(id)
    if (!v) return null
    const vehicle = repo.vehicle(v.plate)
    const ownerOk = repo.bindingFor(userId, v.plate) !== undefined || repo.lookedUp(userId, v.id)
    const base = { ownerOk, paid: v.status === 'paid', issuer: ruleFor(vehicle?.city_code ?? '')?.authority, regionCode: vehicle?.city_code }
    if (v.status === 'unprocessed' || v.decision_received_on === null) {
      return { ...base, amountFen: v.fine_fen, description: `交通违法 ${maskPlate(v.plate)} ${v.code}（未处理）`, refusal: VIOLATION_NOT_PROCESSED }
    }
    const charge = lateSurcharge({ fineFen: v.fine_fen, receivedOn: v.decision_received_on, today: cstDate(nowMs) })
    const breakdown = [
      { label: '罚款', amountFen: v.fine_fen },
      { label: '加处罚款', amountFen: charge.surchargeFen },
    ]
    return { ...base, amountFen: charge.totalFen, description: `交通违法罚款 决定书 ${v.decision_number}`, breakdown }
  },
  markPaid(db, id, paymentId, atMs) {
    // The charge frozen is the one the payment was created with (its creation day in China time).
    const created = db.prepare('SELECT created_at FROM payments WHERE id = ?').get(paymentId) as { created_at: number } | undefined
    const chargedOn = cstDate(created?.created_at ?? atMs)
    if (!finesRepo(db).markPaidByPayment(id, paymentId, atMs, chargedOn)) throw new Error(`violation ${id} was not payable`)
  },
}
