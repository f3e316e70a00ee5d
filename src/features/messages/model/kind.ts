import type { MessageKind } from '@contract'

/**
 * What happened, in a word, for the person reading (issue 15.15). The push states (created, sent,
 * delivered, failed) are the platform's bookkeeping, not news for the user, and are not shown.
 */
export const MESSAGE_KIND_TEXT: Record<MessageKind, string> = {
  bill_issued: '新账单',
  payment_succeeded: '缴费成功',
  case_stage: '办件进度',
  case_rectification: '需要补正',
  appointment_reminder: '预约提醒',
  appointment_waitlist: '候补结果',
  certificate_expiring: '证照到期',
}
