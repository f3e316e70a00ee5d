// GET /api/v1/inbox: the caller's open items from every service, most urgent first, in one request.
import { InboxSchema, type InboxItem, type InboxKind, type InboxUrgency } from '../../../contract'
import { responses } from '../../http/responses'
import { currentUser, type DomainRoutes } from '../../http/types'
import { settlePayments } from '../payments/repo'
import { declarationsOf } from '../declarations'

const URGENCY_RANK: Record<InboxUrgency, number> = { overdue: 0, today: 1, soon: 2, later: 3 }

export function sortInbox(items: InboxItem[]): InboxItem[] {
  return [...items].sort(
    (a, b) =>
      URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency] ||
      (a.dueAt ?? '9999').localeCompare(b.dueAt ?? '9999') ||
      a.id.localeCompare(b.id),
  )
}

export const inboxRoutes: DomainRoutes = async (app, { ctx }) => {
  app.get(
    '/inbox',
    {
      onRequest: ctx.authenticate,
      schema: {
        tags: ['inbox'],
        security: [{ bearerAuth: [] }],
        summary: 'The to-do inbox: open items of every service, most urgent first',
        response: responses({ 200: InboxSchema }, 401),
      },
    },
    async (request) => {
      const { userId } = currentUser(request)
      const nowMs = ctx.clock.now()
      // Bills and fines in a payment whose rail result is due must show their settled state.
      settlePayments(ctx.db, nowMs)
      const items: InboxItem[] = []
      const unavailable: InboxKind[] = []
      for (const [kind, source] of declarationsOf(ctx.db).inboxSources) {
        try {
          items.push(...source(ctx.db, userId, nowMs))
        } catch (error) {
          request.log.warn({ err: error, kind }, 'inbox source failed')
          unavailable.push(kind)
        }
      }
      return { items: sortInbox(items), unavailable }
    },
  )
}
