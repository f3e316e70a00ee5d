// Applies fault decisions to live requests. Admin routes are exempt so faults can always be switched off.
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { setTimeout as sleep } from 'node:timers/promises'
import { problems } from '../http/problem'
import { ADMIN_PREFIX, pathOf } from '../http/path'
import { logRequest } from '../http/request-log'
import type { FaultInjector } from './fault-injector'

const toDrop = new WeakSet<FastifyRequest>()

export function registerFaultHooks(app: FastifyInstance, faults: FaultInjector): void {
  app.addHook('onRequest', async (request) => {
    const path = pathOf(request.url)
    if (path.startsWith(ADMIN_PREFIX)) return
    const decision = faults.decide(request.method, path)
    if (!decision) return
    if (decision.latencyMs > 0) await sleep(decision.latencyMs)
    if (decision.error) throw problems.faultInjected()
    if (decision.drop) toDrop.add(request)
  })

  // The handler has run and its writes are committed; now lose the answer. Destroying the response
  // closes a real socket (the client sees a reset) and makes light-my-request's inject() reject
  // with LIGHT_ECONNRESET. Waiting a turn lets the 'close' win over Fastify's own end().
  app.addHook('onSend', async (request, reply, payload) => {
    if (!toDrop.has(request)) return payload
    logRequest(request, reply, { faultDropped: true })
    reply.raw.destroy()
    await new Promise<void>((resolve) => setImmediate(resolve))
    return payload
  })
}
