// POST /api/v1/me/data-erasure: unbind everything the user bound, forget their lookups, addresses
// and messages, and end every session on every device, in one transaction.
import { DataErasureSchema } from '../../../contract'
import { responses } from '../../http/responses'
import { currentUser, type DomainRoutes } from '../../http/types'
import { keptRecords, registeredErasures } from './erasure'

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
      return ctx.db.transaction(() => {
        const removed = registeredErasures().map((erasure) => ({ item: erasure.item, count: erasure.erase(ctx.db, userId) }))
        const sessionsEnded = ctx.db
          .prepare("UPDATE auth_sessions SET revoked_at = ?, revoke_reason = 'data-erasure' WHERE user_id = ? AND revoked_at IS NULL")
          .run(now, userId).changes
        return { removed, sessionsEnded, kept: [...keptRecords()] }
      })()
    },
  )
}
