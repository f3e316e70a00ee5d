// 消息中心: messages produced by events (a new bill, a payment's success, a case changing stage,
// an appointment reminder, a certificate about to expire). Each message is in the user's in-app
// list at once; its push (a WeChat / Alipay subscription message) goes through the states of
// GOV.UK Notify: created → sent → delivered | failed. A push fails when the user has not accepted
// a subscription for that kind of message on the channel.
import { Type, type Static } from '@sinclair/typebox'
import { IsoDateTime, StrictObject, StringEnum } from './common'
import { SubjectSchema } from './inbox'

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
    subject: Type.Union([SubjectSchema, Type.Null()], { description: '消息所指的对象（客户端据此打开相应页面），无则为 null' }),
    state: MessageStateSchema,
    failureReason: Type.Union([Type.String(), Type.Null()], { description: '推送失败原因，如 未订阅该类消息' }),
    createdAt: IsoDateTime(),
    read: Type.Boolean(),
  },
  { title: 'Message' },
)
export type Message = Static<typeof MessageSchema>

export const MessageListQuerySchema = StrictObject(
  {
    page: Type.Optional(Type.Integer({ title: '页码', minimum: 1, maximum: 1000, default: 1 })),
    pageSize: Type.Optional(Type.Integer({ title: '每页条数', minimum: 1, maximum: 50, default: 20 })),
  },
  { title: 'MessageListQuery' },
)
export type MessageListQuery = Static<typeof MessageListQuerySchema>

export const MessageListSchema = StrictObject(
  {
    items: Type.Array(MessageSchema),
    total: Type.Integer({ minimum: 0 }),
    unreadCount: Type.Integer({ minimum: 0 }),
    page: Type.Integer({ minimum: 1 }),
    pageSize: Type.Integer({ minimum: 1 }),
  },
  { title: 'MessageList', description: '最新的在前' },
)
export type MessageList = Static<typeof MessageListSchema>

export const MessageIdParamsSchema = StrictObject({ id: Type.String({ minLength: 1, maxLength: 64 }) }, { title: 'MessageIdParams' })

export const UnreadCountSchema = StrictObject({ unreadCount: Type.Integer({ minimum: 0 }) }, { title: 'UnreadCount' })
export type UnreadCount = Static<typeof UnreadCountSchema>

export const SubscriptionChannelSchema = StringEnum(['weapp', 'alipay'] as const, { description: '订阅消息的渠道（H5 无订阅消息）' })

/**
 * What the user answered to the platform's subscription dialog (wx.requestSubscribeMessage /
 * my.requestSubscribeMessage). These are one-time subscriptions: each acceptance lets exactly one
 * later push of that kind be delivered.
 */
export const SubscriptionDecisionsBodySchema = StrictObject(
  {
    channel: SubscriptionChannelSchema,
    decisions: Type.Array(StrictObject({ kind: MessageKindSchema, accepted: Type.Boolean() }), { minItems: 1, maxItems: 10 }),
  },
  { title: 'SubscriptionDecisionsBody' },
)
export type SubscriptionDecisionsBody = Static<typeof SubscriptionDecisionsBodySchema>

export const SubscriptionQuotaSchema = StrictObject(
  {
    kind: MessageKindSchema,
    channel: SubscriptionChannelSchema,
    remaining: Type.Integer({ minimum: 0, description: '还可推送的次数（每次同意 +1，每次送达 -1）' }),
  },
  { title: 'SubscriptionQuota' },
)
export const SubscriptionQuotaListSchema = StrictObject({ items: Type.Array(SubscriptionQuotaSchema) }, { title: 'SubscriptionQuotaList' })
export type SubscriptionQuotaList = Static<typeof SubscriptionQuotaListSchema>
