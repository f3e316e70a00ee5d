// Which 待缴款 violations the user ticked, and what the server says they cost (integer 分).
import type { PayableRef } from '@/api/payable-ref'

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
  return payable(violations)
    .filter((violation) => selected.has(violation.id))
    .reduce((sum, violation) => sum + violation.charge!.totalFen, 0)
}

/** Checkout items, in the order shown. */
export function fineItems(violations: readonly PayableViolation[], selected: ReadonlySet<string>): PayableRef[] {
  return payable(violations)
    .filter((violation) => selected.has(violation.id))
    .map((violation) => ({ kind: 'fine' as const, id: violation.id }))
}
