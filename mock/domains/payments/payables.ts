// Payable items: how the payment service learns what an item costs, whose it is and how to mark it
// paid, without knowing bills, fines or fees. Each domain declares its kind in its DomainModule
// (`payables: { bill: billPayable }` for utilities, 'fine' for traffic fines, 'fee' for non-tax
// fees) and adds the kind to PAYABLE_KINDS in the contract's payments.ts.
//
// All calls happen inside the payment service's database transactions: implementations must be
// synchronous and use only `db` (better-sqlite3), so a check and the write that depends on it
// can never interleave with another request.
import type { PayableKind } from '../../../contract'
import type { Db } from '../../db/database'
import { declarationsOf } from '../declarations'

export interface PayableDescription {
  /** The caller may pay this item (e.g. has the bill's account bound). */
  ownerOk: boolean
  /** What the item costs now, in 分 (computed by the server, never sent by the client). */
  amountFen: number
  /** Shown on the payment and the receipt, e.g. '水费 2024-12'. */
  description: string
  /** The parts of amountFen when it has more than one (a fine: 罚款 + 加处罚款); they add up to it. */
  breakdown?: { label: string; amountFen: number }[]
  /** Already paid (through the payment service or elsewhere): can never be charged again. */
  paid: boolean
  /** The receipt's issuer when every item of a payment has the same one (e.g. the utility). */
  issuer?: string
  /** 6-digit region code for the receipt number, e.g. '330100'. */
  regionCode?: string
  /**
   * The item exists and is the caller's but cannot be paid now (e.g. a violation not yet processed,
   * a fee notice past its deadline): POST /payments answers 409 with this code, title and detail.
   */
  refusal?: PayableRefusal
}

export interface PayableRefusal {
  /** A stable problem code, e.g. 'VIOLATION_NOT_PROCESSED'. */
  code: string
  title: string
  detail: string
}

export interface Payable {
  /** The item in problem details, e.g. '账单' ('该账单已缴纳'). */
  noun: string
  /** null when no such item exists. `nowMs` is the server's clock (a fine's surcharge grows daily). */
  describe(db: Db, userId: string, id: string, nowMs: number): PayableDescription | null
  /** Marks the item paid by a successful payment. Called once per item, in the success transaction. */
  markPaid(db: Db, id: string, paymentId: string, atMs: number): void
}

/** The payable declared for `kind` by the domains of the server that opened `db`. */
export function payableFor(db: Db, kind: PayableKind): Payable | undefined {
  return declarationsOf(db).payables.get(kind)
}
