import type { MessageState } from '@contract'

/** How the push of a message went, in words (the 消息中心 always has the message itself). */
export const PUSH_STATE_TEXT: Record<MessageState, string> = {
  created: '推送排队中',
  sent: '推送中',
  delivered: '已推送到微信/支付宝',
  failed: '未推送（未订阅）',
}
