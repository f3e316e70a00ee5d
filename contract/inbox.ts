// The to-do inbox (统一待办): one route aggregates every open item of the caller across the
// services (unpaid bills, fines, fee notices, upcoming appointments, cases waiting for the user,
// certificates about to expire), sorted by urgency. Each domain contributes its items through the
// sandbox's inbox-source registry (mock/domains/inbox/sources.ts).
import { Type, type Static } from '@sinclair/typebox'
import { IsoDateTime, ListOf, StrictObject, StringEnum } from './common'

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
    target: Type.String({
      pattern: '^/(pages|features)/',
      description: '解决该事项的小程序页面路径（含查询参数）',
      examples: ['/features/cases/pages/detail/index?id=c_1'],
    }),
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
