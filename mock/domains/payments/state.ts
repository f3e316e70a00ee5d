// The payment state machine (PRODUCT.md "Payments", GOV.UK Pay's states):
//
//   created ──rail pay──▶ started ──notification──▶ success | failed
//   created | started ──user or rail cancel──▶ cancelled
//   created | started ──90 min after creation──▶ expired
//
// Finished states are final. The repo moves a payment only through `assertTransition`, and every
// UPDATE is guarded by the status it read, so an illegal transition cannot be written.
import type { PaymentFailureCode, PaymentStatus } from '../../../contract'

export const TRANSITIONS: Readonly<Record<PaymentStatus, readonly PaymentStatus[]>> = {
  created: ['started', 'cancelled', 'expired'],
  started: ['success', 'failed', 'cancelled', 'expired'],
  success: [],
  failed: [],
  cancelled: [],
  expired: [],
}

export const OPEN_STATUSES: readonly PaymentStatus[] = ['created', 'started']
export const FINISHED_STATUSES: readonly PaymentStatus[] = ['success', 'failed', 'cancelled', 'expired']

export const isOpen = (status: PaymentStatus): boolean => OPEN_STATUSES.includes(status)
export const isFinished = (status: PaymentStatus): boolean => FINISHED_STATUSES.includes(status)

export function canTransition(from: PaymentStatus, to: PaymentStatus): boolean {
  return TRANSITIONS[from].includes(to)
}

export class IllegalTransitionError extends Error {
  constructor(
    readonly from: PaymentStatus,
    readonly to: PaymentStatus,
  ) {
    super(`illegal payment transition ${from} → ${to}`)
    this.name = 'IllegalTransitionError'
  }
}

export function assertTransition(from: PaymentStatus, to: PaymentStatus): void {
  if (!canTransition(from, to)) throw new IllegalTransitionError(from, to)
}

/** The failure each unsuccessful end carries (messages are shown to users as they are). */
export const FAILURE_MESSAGES: Readonly<Record<PaymentFailureCode, string>> = {
  CANCELLED_BY_USER: '您已取消本次支付，未扣款。如需缴费，请重新发起。',
  EXPIRED: '支付超时（90 分钟内未完成），订单已自动关闭，未扣款。如需缴费，请重新发起。',
  DECLINED: '支付未成功（支付渠道拒绝了本次付款），未扣款。请更换支付方式后重新发起。',
  PAID_ELSEWHERE: '缴费项目已在其他渠道缴纳，本次支付未扣款（如已付款将原路退回）。请刷新后查看最新账单。',
}

export const FAILURE_FOR: Readonly<Partial<Record<PaymentStatus, PaymentFailureCode>>> = {
  cancelled: 'CANCELLED_BY_USER',
  expired: 'EXPIRED',
}
