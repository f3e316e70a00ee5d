// The to-do inbox (统一待办): one route aggregates every open item of the caller across the
// services (unpaid bills, fines, fee notices, upcoming appointments, cases waiting for the user,
// certificates about to expire), sorted by urgency. Each domain contributes its items through the
// sandbox's inbox-source registry (mock/domains/inbox/sources.ts).
import { Type, type Static } from '@sinclair/typebox'
import { IsoDateTime, ListOf, StrictObject, StringEnum } from './common'

/**
 * What an inbox item or a message is about. The server names the thing; the client decides which of
 * its pages shows it (src/routes.ts SUBJECT_PAGES), so the server never writes a client page path.
 */
export const SUBJECT_KINDS = [
  'utility-account',
  'violation',
  'fee-notice',
  'payment',
  'open-payment',
  'booking',
  'waitlist',
  'case',
  'case-correction',
  'case-rating',
  'certificate',
  'certificate-form',
  'certificate-application',
] as const
export const SubjectSchema = StrictObject(
  {
    kind: StringEnum(SUBJECT_KINDS, {
      description:
        'utility-account 缴费户号；violation 交通违法；fee-notice 非税缴款通知（id 为缴款码）；payment 缴费订单；open-payment 未完成的缴费订单（继续支付）；booking 预约；' +
        'waitlist 候补；case 办件；case-correction 待补正的办件；case-rating 待评价的办件；certificate 证照；' +
        'certificate-form 可在线申请的证照业务（id 为业务类型，如 driving_licence_renewal）；certificate-application 证照申请',
    }),
    id: Type.String({ minLength: 1, examples: ['CASE-20261120-0001'] }),
  },
  { title: 'Subject', description: '事项所指的对象，客户端据此打开相应页面' },
)
export type Subject = Static<typeof SubjectSchema>
export type SubjectKind = Subject['kind']

export const INBOX_KINDS = ['bill', 'fine', 'fee', 'appointment', 'case', 'certificate'] as const
export const InboxKindSchema = StringEnum(INBOX_KINDS, { description: '待办来源' })
export type InboxKind = Static<typeof InboxKindSchema>

/** overdue 已逾期 / today 今天 / soon 3 天内 / later 之后 — the inbox sorts by this, then dueAt. */
export const InboxUrgencySchema = StringEnum(['overdue', 'today', 'soon', 'later'] as const, {
  description: 'overdue 已逾期；today 今天到期或今天办理；soon 3 天内；later 更晚',
})
export type InboxUrgency = Static<typeof InboxUrgencySchema>

export const InboxItemSchema = StrictObject(
  {
    id: Type.String({ description: '稳定编号，如 case:CASE-…（同一事项多次请求不变）', examples: ['bill-account:ub_1'] }),
    kind: InboxKindSchema,
    title: Type.String({ examples: ['水费待缴 ¥86.40'] }),
    detail: Type.String({ examples: ['家里 · 杭州水务集团 · 2 笔未缴'] }),
    amountFen: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], { description: '应缴金额（分），非缴费事项为 null' }),
    dueAt: Type.Union([IsoDateTime(), Type.Null()], { description: '到期或办理时间' }),
    urgency: InboxUrgencySchema,
    action: Type.String({ description: '按钮文字', examples: ['去缴费', '去签到', '去补正', '去评价', '去换证'] }),
    subject: SubjectSchema,
  },
  { title: 'InboxItem' },
)
export type InboxItem = Static<typeof InboxItemSchema>

export const InboxSchema = StrictObject(
  {
    items: Type.Array(InboxItemSchema),
    /** Sources that failed this time; the rest still show (one failing service never hides the others). */
    unavailable: Type.Array(InboxKindSchema, { description: '本次未能读取的来源' }),
  },
  { title: 'Inbox' },
)
export type Inbox = Static<typeof InboxSchema>

export const InboxListSchema = ListOf(InboxItemSchema)
