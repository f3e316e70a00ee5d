import type { PaymentStatus } from '@contract'

// How a payment's state reads to the user (PRODUCT.md: created → started →
// success | failed | cancelled | expired). "处理中" whenever the outcome is not final.

export type { PaymentStatus }

export const PAYMENT_STATUS_TEXT: Record<PaymentStatus, { label: string; tone: 'pending' | 'success' | 'danger' | 'muted' }> = {
  created: { label: '待支付', tone: 'pending' },
  started: { label: '处理中', tone: 'pending' },
  success: { label: '缴费成功', tone: 'success' },
  failed: { label: '支付失败', tone: 'danger' },
  cancelled: { label: '已取消', tone: 'muted' },
  expired: { label: '已超时关闭', tone: 'muted' },
}

export function paymentStatusLabel(status: string): string {
  return PAYMENT_STATUS_TEXT[status as PaymentStatus]?.label ?? status
}
