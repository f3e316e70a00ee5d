// Unmatched requests: the SPA's index.html for page URLs (when a static dir is served),
// ADMIN_DISABLED under /__admin, METHOD_NOT_ALLOWED when the path exists with other methods,
// ROUTE_NOT_FOUND otherwise.
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { problems } from './problem'
import { ADMIN_PREFIX, isServicePath, pathOf } from './path'
import type { RouteIndex } from './route-index'

export function registerNotFound(app: FastifyInstance, routes: RouteIndex, options: { spaFallback: boolean; adminAllowed: (request: FastifyRequest) => boolean }): void {
  app.setNotFoundHandler(async (request, reply) => {
    const path = pathOf(request.url)
    if (options.spaFallback && (request.method === 'GET' || request.method === 'HEAD') && !isServicePath(path)) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html')
    }
    const isAdminPath = path === ADMIN_PREFIX || path.startsWith(`${ADMIN_PREFIX}/`)
    if (isAdminPath && !options.adminAllowed(request)) throw problems.adminDisabled()
    const allowed = routes.methodsFor(path)
    if (allowed.length > 0 && !allowed.includes(request.method)) throw problems.methodNotAllowed(allowed)
    throw problems.routeNotFound()
  })
}
