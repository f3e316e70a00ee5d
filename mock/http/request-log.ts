// Request ids and the one log line per request. Logged: id, method, route pattern (or the bare
// path when no route matched), status, duration, problem code. Never: headers, tokens, bodies,
// query strings or personal data.
import { randomUUID } from 'node:crypto'
import { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify'
import type { IncomingMessage } from 'node:http'
import { isServicePath, pathOf } from './path'

export const REQUEST_ID_HEADER = 'x-request-id'
const VALID_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/

/** Reuses a well-formed incoming x-request-id, otherwise makes one. */
export function genReqId(req: IncomingMessage): string {
  const incoming = req.headers[REQUEST_ID_HEADER]
  if (typeof incoming === 'string' && VALID_REQUEST_ID.test(incoming)) return incoming
  return randomUUID()
}

const problemCodes = new WeakMap<FastifyRequest, string>()
const alreadyLogged = new WeakSet<FastifyRequest>()

export function noteProblem(request: FastifyRequest, code: string): void {
  problemCodes.set(request, code)
}

/** Unmatched paths are client-supplied: keep them short and cut long segments (could be tokens). */
function safePath(url: string): string {
  return pathOf(url)
    .slice(0, 200)
    .split('/')
    .map((segment) => (segment.length > 40 ? ':redacted' : segment))
    .join('/')
}

export function logRequest(request: FastifyRequest, reply: FastifyReply, extra: Record<string, unknown> = {}): void {
  if (alreadyLogged.has(request)) return
  alreadyLogged.add(request)
  const route = request.routeOptions.url
  const line: Record<string, unknown> = {
    method: request.method,
    status: reply.statusCode,
    durationMs: Math.round(reply.elapsedTime * 100) / 100,
    ...extra,
  }
  if (route !== undefined && route !== '*' && route !== '/*') line.route = route
  else line.path = safePath(request.url)
  const problem = problemCodes.get(request)
  if (problem !== undefined) line.problem = problem
  // Injected faults are expected 503s: a warning, not an error.
  const level = reply.statusCode < 500 ? 'info' : problem === 'FAULT_INJECTED' ? 'warn' : 'error'
  request.log[level](line, 'request')
}

/**
 * Replaces Fastify's two default request lines ("incoming request" with the full URL, "request
 * completed") with our single line.
 */
export class RequestLogController extends LogController {
  constructor() {
    super({ requestIdLogLabel: 'requestId' })
  }

  override incomingRequest(): void {}

  override requestCompleted(_error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    logRequest(request, reply)
  }
}

export function registerRequestIdHeader(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header(REQUEST_ID_HEADER, request.id)
    // API answers carry personal data and change with every payment: never cached.
    // (Chrome's back/forward navigation otherwise reuses a stale GET without asking.)
    if (isServicePath(pathOf(request.url))) reply.header('cache-control', 'no-store')
    return payload
  })
}

/** Pino options: the request line is the only request log; the redaction is a second fence. */
export function loggerOptions(user: boolean | object | undefined): false | Record<string, unknown> {
  if (user === false || user === undefined) return false
  const base: Record<string, unknown> = {
    level: 'info',
    redact: {
      paths: [
        'req.headers.authorization',
        'headers.authorization',
        'authorization',
        'accessToken',
        'refreshToken',
        '*.accessToken',
        '*.refreshToken',
      ],
      censor: '[redacted]',
    },
    serializers: {
      // Fastify would otherwise log url (with query string) and headers.
      req: (req: { method?: string; id?: string }) => ({ method: req.method, id: req.id }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
  }
  return user === true ? base : { ...base, ...user }
}
