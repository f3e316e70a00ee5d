// Request ids and the one log line per request. Logged: id, method, route pattern (or the bare
// path when no route matched), status, duration, problem code. Never: headers, tokens, bodies,
// query strings or personal data.
import { randomUUID } from 'node:crypto'
import { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify'
import type { IncomingMessage } from 'node:http'
import { isServicePath, pathOf } from './path'

export const REQUEST_ID_HEADER = 'x-request-id'
const REQUEST_ID_CHARS = /^[A-Za-z0-9._:-]{1,64}$/
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * A client's x-request-id goes into every log line of its request, so only ids that cannot carry
 * personal data are kept (issue 14): a UUID, or a short token of letters, digits and `._:-` with
 * no run of 5 or more digits (phone numbers, ID numbers, account numbers, plates' digits) and no
 * trailing ID check character X after digits.
 */
export function isSafeRequestId(value: string): boolean {
  if (UUID.test(value)) return true
  return REQUEST_ID_CHARS.test(value) && !/[0-9]{5}/.test(value) && !/[0-9]{4}[Xx]/.test(value)
}

/** Reuses a safe incoming x-request-id, otherwise makes one. */
export function genReqId(req: IncomingMessage): string {
  const incoming = req.headers[REQUEST_ID_HEADER]
  if (typeof incoming === 'string' && isSafeRequestId(incoming)) return incoming
  return randomUUID()
}

const problemCodes = new WeakMap<FastifyRequest, string>()
const alreadyLogged = new WeakSet<FastifyRequest>()

export function noteProblem(request: FastifyRequest, code: string): void {
  problemCodes.set(request, code)
}

/**
 * A path segment kept in the log as sent: a plain lower-case word such as `api`, `v1`, `users`,
 * `__admin` (at most one digit at its end). Everything else — digits (ID, phone, account numbers),
 * Chinese (names, plates), tokens, percent-encoded text — could be personal and is redacted.
 */
const PLAIN_SEGMENT = /^_{0,2}[a-z][a-z-]{0,39}[0-9]?$/

/** Unmatched paths are client-supplied: keep the shape, redact every segment that is not a plain word. */
export function safePath(url: string): string {
  return pathOf(url)
    .slice(0, 200)
    .split('/')
    .map((segment) => (segment === '' || PLAIN_SEGMENT.test(segment) ? segment : ':redacted'))
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
        // Headers that may carry personal data or credentials, should any code log them.
        'req.headers.cookie',
        'req.headers["x-forwarded-for"]',
        'req.headers.forwarded',
        'req.headers["x-real-ip"]',
        'req.headers.referer',
        'headers.cookie',
        'headers["x-forwarded-for"]',
        'headers.referer',
        'req.url',
        'url',
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
