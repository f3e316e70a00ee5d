// /__admin: fault rules, the clock offset and the domains' own admin routes (test data, e.g.
// /__admin/utilities/bills). Registered only with `admin: true`, and answering only loopback
// clients; everyone else gets 404 ADMIN_DISABLED.
import type { FastifyPluginAsync, FastifyRequest, RawServerDefault } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import {
  ClockBodySchema,
  ClockStateSchema,
  FaultRulesBodySchema,
  FaultStateSchema,
  NoContentSchema,
} from '../../contract'
import type { OffsetClock } from '../lib/clock'
import { toIso } from '../lib/clock'
import { problems } from '../http/problem'
import type { AppContext, DomainRoutes } from '../http/types'
import { BODY_PROBLEMS, responses } from '../http/responses'
import type { FaultInjector } from './fault-injector'

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1'])
/** Headers a reverse proxy adds: a request carrying one came from somewhere else. */
const FORWARDING_HEADERS = ['x-forwarded-for', 'forwarded', 'x-real-ip', 'x-forwarded-host']

/**
 * A local tool on this machine (admin and payment-rail routes answer nothing else): the socket
 * peer is loopback, the client address (`request.ip`, resolved through the configured trusted
 * proxies) is loopback too, and the request was not forwarded. A reverse proxy on the same host
 * connects from loopback: what it forwards from outside must not count as local (issue 14).
 */
export function isLoopback(request: FastifyRequest): boolean {
  if (!LOOPBACK.has(request.socket.remoteAddress ?? '')) return false
  if (!LOOPBACK.has(request.ip)) return false
  return FORWARDING_HEADERS.every((name) => request.headers[name] === undefined)
}

export interface AdminOptions {
  faults: FaultInjector
  clock: OffsetClock
  /** Passed to the domains' admin routes. */
  ctx?: AppContext
  domainAdmin?: DomainRoutes[]
}

const tags = ['sandbox-admin']

export const adminRoutes: FastifyPluginAsync<AdminOptions, RawServerDefault, TypeBoxTypeProvider> = async (
  app,
  { faults, clock, ctx, domainAdmin = [] },
) => {
  app.addHook('onRequest', async (request) => {
    if (!isLoopback(request)) throw problems.adminDisabled()
  })

  if (ctx) for (const routes of domainAdmin) await app.register(routes, { ctx })

  const clockState = () => ({ offsetMs: clock.offsetMs, now: toIso(clock.now()) })

  app.get('/faults', { schema: { tags, summary: 'The fault rules in force and what they did', response: responses({ 200: FaultStateSchema }) } }, async () => faults.state())

  app.put(
    '/faults',
    { schema: { tags, summary: 'Replace the fault rules', body: FaultRulesBodySchema, response: responses({ 200: FaultStateSchema }, ...BODY_PROBLEMS) } },
    async (request) => faults.replace(request.body.rules),
  )

  app.delete('/faults', { schema: { tags, summary: 'Remove every fault rule', response: responses({ 204: NoContentSchema }) } }, async (_request, reply) => {
    faults.clear()
    return reply.code(204).send(null)
  })

  app.post('/reset-faults', { schema: { tags, summary: 'Remove every fault rule and restart the random sequence from its seed', response: responses({ 200: FaultStateSchema }) } }, async () =>
    faults.reset(),
  )

  app.get('/clock', { schema: { tags, summary: "The sandbox clock's offset and current time", response: responses({ 200: ClockStateSchema }) } }, async () => clockState())

  app.put(
    '/clock',
    { schema: { tags, summary: 'Move the sandbox clock (offset from real time)', body: ClockBodySchema, response: responses({ 200: ClockStateSchema }, ...BODY_PROBLEMS) } },
    async (request) => {
      clock.setOffset(request.body.offsetMs)
      return clockState()
    },
  )
}
