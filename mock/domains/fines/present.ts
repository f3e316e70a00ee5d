// Rows → contract shapes. Plates are masked here, on the way out; engine numbers and VINs never leave.
import type { AdminViolation, Charge, DecisionLookup, Vehicle, Violation } from '../../../contract'
import { toIso } from '../../lib/clock'
import { maskPlate } from '../../lib/masking'
import { plateTypeFor, ruleFor } from './data/rules'
import { lateSurcharge } from './late-surcharge'
import type { BindingRow, VehicleRow, ViolationRow, ViolationView } from './repo'

/**
 * What a violation costs: nothing while unprocessed; the running charge while awaiting payment;
 * for a paid one, the amounts actually paid (the charge of the day the payment was created).
 */
export function chargeOf(row: ViolationRow, today: string): Charge | undefined {
  if (row.status === 'unprocessed' || row.decision_received_on === null) return undefined
  if (row.status === 'paid') {
    const paid = lateSurcharge({ fineFen: row.fine_fen, receivedOn: row.decision_received_on, today: row.charged_on ?? today })
    return { ...paid, nextIncreaseOn: null }
  }
  return lateSurcharge({ fineFen: row.fine_fen, receivedOn: row.decision_received_on, today })
}

export interface DueTotals {
  totalFineFen: number
  totalSurchargeFen: number
  totalDueFen: number
}

/** Sums the running charges of the violations awaiting payment. */
export function dueTotals(rows: ViolationRow[], today: string): DueTotals & { unpaidCount: number; unprocessedCount: number } {
  const totals = { totalFineFen: 0, totalSurchargeFen: 0, totalDueFen: 0, unpaidCount: 0, unprocessedCount: 0 }
  for (const row of rows) {
    if (row.status === 'unprocessed') totals.unprocessedCount += 1
    if (row.status !== 'awaiting_payment') continue
    const charge = chargeOf(row, today) as Charge
    totals.unpaidCount += 1
    totals.totalFineFen += charge.fineFen
    totals.totalSurchargeFen += charge.surchargeFen
    totals.totalDueFen += charge.totalFen
  }
  return totals
}

export function toVehicle(binding: BindingRow, vehicle: VehicleRow, violations: ViolationRow[], today: string): Vehicle {
  const totals = dueTotals(violations, today)
  return {
    id: binding.id,
    plate: maskPlate(vehicle.plate),
    plateType: vehicle.plate_type,
    plateTypeName: plateTypeFor(vehicle.plate_type)?.name ?? vehicle.plate_type,
    cityCode: vehicle.city_code,
    checkField: ruleFor(vehicle.city_code)?.field ?? 'engine',
    boundAt: toIso(binding.bound_at),
    unpaidCount: totals.unpaidCount,
    unpaidTotalFen: totals.totalDueFen,
    unprocessedCount: totals.unprocessedCount,
  }
}

/** A violation as `userId` sees it through their binding `vehicleId`; paymentId only for their own payment. */
export function toViolation(row: ViolationView, vehicleId: string, userId: string, today: string, openPaymentId?: string): Violation {
  const violation: Violation = {
    id: row.id,
    vehicleId,
    plate: maskPlate(row.plate),
    occurredAt: toIso(row.occurred_at),
    place: row.place,
    act: row.act,
    code: row.code,
    fineFen: row.fine_fen,
    points: row.points,
    status: row.status,
  }
  if (row.decision_number !== null) violation.decisionNumber = row.decision_number
  if (row.decision_received_on !== null) violation.decisionReceivedOn = row.decision_received_on
  const charge = chargeOf(row, today)
  if (charge) violation.charge = charge
  if (row.paid_at !== null) violation.paidAt = toIso(row.paid_at)
  if (row.payment_id !== null && row.payer_user_id === userId) violation.paymentId = row.payment_id
  if (row.status === 'awaiting_payment' && openPaymentId !== undefined) violation.openPaymentId = openPaymentId
  return violation
}

/**
 * What a decision lookup shows. Anyone holding the number sees what a payer needs (amount, act,
 * masked plate); when and where it happened tells about a person's movements, so only someone who
 * has the vehicle bound (its owner, checked against the registry at binding) sees them.
 */
export function toDecisionLookup(row: ViolationRow, today: string, vehicleOwner: boolean): DecisionLookup {
  const lookup: DecisionLookup = {
    decisionNumber: row.decision_number as string,
    violationId: row.id,
    plate: maskPlate(row.plate),
    act: row.act,
    points: row.points,
    status: row.status === 'paid' ? 'paid' : 'awaiting_payment',
    charge: chargeOf(row, today) as Charge,
  }
  if (vehicleOwner) {
    lookup.occurredAt = toIso(row.occurred_at)
    lookup.place = row.place
  }
  return lookup
}

export function toAdminViolation(row: ViolationRow): AdminViolation {
  const out: AdminViolation = {
    id: row.id,
    plate: row.plate,
    status: row.status,
    fineFen: row.fine_fen,
    points: row.points,
    occurredAt: toIso(row.occurred_at),
  }
  if (row.decision_number !== null) out.decisionNumber = row.decision_number
  if (row.decision_received_on !== null) out.decisionReceivedOn = row.decision_received_on
  return out
}
