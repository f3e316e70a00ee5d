// Which 待缴款 violations can be ticked and what the server says they cost (integer 分); the
// tick-list's state is the shared model (src/lib/tick-selection.ts).
import type { PayableRef } from '@/api/payable-ref'
import { tickedRows, tickedTotalFen } from '@/lib/tick-selection'

export interface PayableViolation {
  id: string
  status: string
  charge?: { totalFen: number }
  /** In one of the caller's open payments: 继续支付 that one instead (issue 15.3). */
  openPaymentId?: string
}

export function payable<T extends PayableViolation>(violations: readonly T[]): T[] {
  return violations.filter((violation) => violation.status === 'awaiting_payment' && !!violation.charge && !violation.openPaymentId)
}

/** Sum of the server's totals (fine + 加处罚款) of the ticked, payable violations. */
export function selectedDueFen(violations: readonly PayableViolation[], selected: ReadonlySet<string>): number {
  return tickedTotalFen(payable(violations), selected, (violation) => violation.charge!.totalFen)
}

/** Checkout items, in the order shown. */
export function fineItems(violations: readonly PayableViolation[], selected: ReadonlySet<string>): PayableRef[] {
  return tickedRows(payable(violations), selected).map((violation) => ({ kind: 'fine' as const, id: violation.id }))
}
