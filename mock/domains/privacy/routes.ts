// POST /api/v1/me/data-erasure: unbind everything the user bound, forget their lookups, addresses
// and messages, and end every session on every device, in one transaction.
import { DataErasureSchema } from '../../../contract'
import { responses } from '../../http/responses'
import { currentUser, type DomainRoutes } from '../../http/types'
import { endAllSessions } from '../auth/repo'
import { declarationsOf } from '../declarations'
import { runErasure } from './erasure'

export const privacyRoutes: DomainRoutes = async (app, { ctx }) => {
  app.post(
    '/me/data-erasure',
    {
      onRequest: ctx.authenticate,
      schema: {
        tags: ['auth'],
        security: [{ bearerAuth: [] }],
        summary: 'Delete my data: unbind accounts and vehicles, forget lookups, addresses and messages, end all sessions',
        response: responses({ 200: DataErasureSchema }, 401),
      },
    },
    async (request) => {
      const { userId } = currentUser(request)
      const now = ctx.clock.now()
      const { erasures, keptByLaw } = declarationsOf(ctx.db)
      return ctx.db.transaction(() => {
        const removed = erasures.map((erasure) => ({ item: erasure.item, count: runErasure(erasure, ctx.db, userId) }))
        const sessionsEnded = endAllSessions(ctx.db, userId, 'data-erasure', now)
        return { removed, sessionsEnded, kept: [...keptByLaw] }
      })()
    },
  )
}
