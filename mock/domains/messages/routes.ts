// /api/v1/messages: the 消息中心 (newest first, read/unread, push state) and the record of what the
// user answered to the platform's subscription dialog.
import {
  MessageIdParamsSchema,
  MessageListQuerySchema,
  MessageListSchema,
  MessageSchema,
  NoContentSchema,
  SubscriptionDecisionsBodySchema,
  SubscriptionQuotaListSchema,
  UnreadCountSchema,
  type Message,
  type MessageKind,
  type MessageState,
  type SubjectKind,
} from '../../../contract'
import { ProblemError } from '../../http/problem'
import { BODY_PROBLEMS, responses } from '../../http/responses'
import { currentUser, type DomainRoutes } from '../../http/types'
import { toIso } from '../../lib/clock'
import { advanceDeliveries } from './delivery'

const tags = ['messages']
const security = [{ bearerAuth: [] }]

interface Row {
  id: string
  kind: MessageKind
  title: string
  body: string
  subject_kind: SubjectKind | null
  subject_id: string | null
  state: MessageState
  failure_reason: string | null
  created_at: number
  read_at: number | null
}

const toMessage = (row: Row): Message => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  body: row.body,
  subject: row.subject_kind !== null && row.subject_id !== null ? { kind: row.subject_kind, id: row.subject_id } : null,
  state: row.state,
  failureReason: row.failure_reason,
  createdAt: toIso(row.created_at),
  read: row.read_at !== null,
})

const notFound = () =>
  new ProblemError({ status: 404, code: 'MESSAGE_NOT_FOUND', title: '消息不存在', detail: '该消息不存在或已被删除，请返回消息列表刷新。' })

export const messageRoutes: DomainRoutes = async (app, { ctx }) => {
  const { db } = ctx
  app.addHook('preHandler', async () => {
    advanceDeliveries(db, ctx.clock.now())
  })
  const unread = (userId: string) =>
    (db.prepare('SELECT COUNT(*) AS n FROM messages WHERE user_id = ? AND read_at IS NULL').get(userId) as { n: number }).n

  app.get(
    '/messages',
    {
      onRequest: ctx.authenticate,
      schema: { tags, security, summary: 'My messages, newest first', querystring: MessageListQuerySchema, response: responses({ 200: MessageListSchema }, 401) },
    },
    async (request) => {
      const { userId } = currentUser(request)
      const page = request.query.page ?? 1
      const pageSize = request.query.pageSize ?? 20
      const rows = db
        .prepare('SELECT * FROM messages WHERE user_id = ? ORDER BY created_at DESC, rowid DESC LIMIT ? OFFSET ?')
        .all(userId, pageSize, (page - 1) * pageSize) as Row[]
      const total = (db.prepare('SELECT COUNT(*) AS n FROM messages WHERE user_id = ?').get(userId) as { n: number }).n
      return { items: rows.map(toMessage), total, unreadCount: unread(userId), page, pageSize }
    },
  )

  app.get(
    '/messages/unread-count',
    {
      onRequest: ctx.authenticate,
      schema: { tags, security, summary: 'How many messages are unread (for the badge)', response: responses({ 200: UnreadCountSchema }, 401) },
    },
    async (request) => ({ unreadCount: unread(currentUser(request).userId) }),
  )

  app.post(
    '/messages/:id/read',
    {
      onRequest: ctx.authenticate,
      schema: { tags, security, summary: 'Mark one message read', params: MessageIdParamsSchema, response: responses({ 200: MessageSchema }, 401, 404) },
    },
    async (request) => {
      const { userId } = currentUser(request)
      // Someone else's message answers like a missing one: ids reveal nothing.
      const row = db.prepare('SELECT * FROM messages WHERE id = ? AND user_id = ?').get(request.params.id, userId) as Row | undefined
      if (!row) throw notFound()
      if (row.read_at === null) {
        const now = ctx.clock.now()
        db.prepare('UPDATE messages SET read_at = ? WHERE id = ?').run(now, row.id)
        row.read_at = now
      }
      return toMessage(row)
    },
  )

  app.post(
    '/messages/read-all',
    {
      onRequest: ctx.authenticate,
      schema: { tags, security, summary: 'Mark every message read', response: responses({ 200: UnreadCountSchema }, 401) },
    },
    async (request) => {
      const { userId } = currentUser(request)
      db.prepare('UPDATE messages SET read_at = ? WHERE user_id = ? AND read_at IS NULL').run(ctx.clock.now(), userId)
      return { unreadCount: 0 }
    },
  )

  app.get(
    '/messages/subscriptions',
    {
      onRequest: ctx.authenticate,
      schema: { tags, security, summary: 'Remaining one-time subscriptions per kind and channel', response: responses({ 200: SubscriptionQuotaListSchema }, 401) },
    },
    async (request) => {
      const rows = db
        .prepare('SELECT kind, channel, remaining FROM message_subscription_quota WHERE user_id = ? ORDER BY kind, channel')
        .all(currentUser(request).userId) as Array<{ kind: MessageKind; channel: 'weapp' | 'alipay'; remaining: number }>
      return { items: rows }
    },
  )

  app.post(
    '/messages/subscriptions',
    {
      onRequest: ctx.authenticate,
      schema: {
        tags,
        security,
        summary: "Record the user's answers to the platform's subscription dialog (each acceptance = one push)",
        body: SubscriptionDecisionsBodySchema,
        response: responses({ 204: NoContentSchema }, 401, ...BODY_PROBLEMS),
      },
    },
    async (request, reply) => {
      const { userId } = currentUser(request)
      const now = ctx.clock.now()
      const grant = db.prepare(
        `INSERT INTO message_subscription_quota (user_id, kind, channel, remaining, updated_at) VALUES (?, ?, ?, 1, ?)
         ON CONFLICT (user_id, kind, channel) DO UPDATE SET remaining = remaining + 1, updated_at = excluded.updated_at`,
      )
      db.transaction(() => {
        for (const decision of request.body.decisions) if (decision.accepted) grant.run(userId, decision.kind, request.body.channel, now)
      })()
      return reply.code(204).send(null)
    },
  )
}
