// Every registered route (collected with an onRoute hook): answers "which methods exist for this
// path?" for 405 responses, and lets tests compare the router with the OpenAPI document.
import type { FastifyInstance } from 'fastify'

export interface RegisteredRoute {
  method: string
  url: string
  hidden: boolean
  /** The route's schema as declared (body, querystring, params, response). */
  schema?: Record<string, unknown>
}

function patternToRegExp(url: string): RegExp {
  const source = url
    .split('/')
    .map((segment) => {
      if (segment.startsWith(':')) return '[^/]+'
      if (segment === '*') return '.*'
      return segment.replace(/[.+?^${}()|[\]\\*]/g, '\\$&')
    })
    .join('/')
  return new RegExp(`^${source}/?$`)
}

export class RouteIndex {
  readonly routes: RegisteredRoute[] = []
  private readonly matchers: { method: string; url: string; re: RegExp }[] = []

  add(method: string | string[], url: string, hidden: boolean, schema?: Record<string, unknown>): void {
    for (const m of Array.isArray(method) ? method : [method]) {
      this.routes.push({ method: m, url, hidden, schema })
      // Catch-alls (static files, CORS preflight) would match every path: not useful for 405.
      if (url.includes('*')) continue
      this.matchers.push({ method: m, url, re: patternToRegExp(url) })
    }
  }

  /** Methods registered for a concrete path, e.g. ['GET', 'HEAD', 'DELETE']. */
  methodsFor(path: string): string[] {
    const methods = new Set<string>()
    for (const m of this.matchers) if (m.re.test(path)) methods.add(m.method)
    return [...methods].sort()
  }
}

export function collectRoutes(app: FastifyInstance): RouteIndex {
  const index = new RouteIndex()
  app.addHook('onRoute', (route) => {
    const schema = route.schema as Record<string, unknown> | undefined
    index.add(route.method, route.url ?? route.path, Boolean(schema?.hide), schema)
  })
  return index
}
