// 消息中心: messages produced by events (a new bill, a payment's success, a case changing stage,
// an appointment reminder, a certificate about to expire). Each message is in the user's in-app
// list at once; its push (a WeChat / Alipay subscription message) goes through the states of
// GOV.UK Notify: created → sent → delivered | failed. A push fails when the user has not accepted
// a subscription for that kind of message on the channel.
import { Type, type Static } from '@sinclair/typebox'
import { IsoDateTime, StrictObject, StringEnum } from './common'

export const MESSAGE_KINDS = [
  'bill_issued',
  'payment_succeeded',
  'case_stage',
  'case_rectification',
  'appointment_reminder',
  'appointment_waitlist',
  'certificate_expiring',
] as const
export const MessageKindSchema = StringEnum(MESSAGE_KINDS, { description: '消息类型' })
export type MessageKind = Static<typeof MessageKindSchema>

export const MessageStateSchema = StringEnum(['created', 'sent', 'delivered', 'failed'] as const, {
  description: '推送状态：created 已生成；sent 已提交渠道；delivered 已送达；failed 失败（见 failureReason）',
})
export type MessageState = Static<typeof MessageStateSchema>

export const MessageSchema = StrictObject(
  {
    id: Type.String(),
    kind: MessageKindSchema,
    title: Type.String({ examples: ['办件进度更新'] }),
    body: Type.String(),
    target: Type.Union([Type.String({ pattern: '^/(pages|features)/' }), Type.Null()], { description: '相关页面' }),
    state: MessageStateSchema,
    failureReason: Type.Union([Type.String(), Type.Null()], { description: '推送失败原因，如 未订阅该类消息' }),
    createdAt: IsoDateTime(),
    read: Type.Boolean(),
  },
  { title: 'Message' },
)
export type Message = Static<typeof MessageSchema>
