// One place that turns anything thrown into a problem answer. Client mistakes become 4xx;
// only a bug in the sandbox itself can give a 500 (and is logged with its stack).
import type { FastifyReply, FastifyRequest } from 'fastify'
import { drainRequestBody } from './drain'
import { pathOf } from './path'
import { PROBLEM_CONTENT_TYPE, ProblemError, problems, toProblemBody } from './problem'
import { noteProblem } from './request-log'
import { toFieldErrors, type AjvErrorLike } from './validation-messages'

interface FrameworkErrorLike {
  code?: unknown
  statusCode?: unknown
  validation?: unknown
  validationContext?: unknown
}

function asFrameworkError(error: unknown): FrameworkErrorLike {
  return typeof error === 'object' && error !== null ? (error as FrameworkErrorLike) : {}
}

const MALFORMED_BODY_CODES = new Set([
  'FST_ERR_CTP_INVALID_JSON_BODY',
  'FST_ERR_CTP_EMPTY_JSON_BODY',
  'FST_ERR_CTP_INVALID_CONTENT_LENGTH',
])

export interface MappedError {
  problem: ProblemError
  /** True when the error is a sandbox bug rather than a client mistake. */
  unexpected: boolean
}

export function toProblemError(error: unknown): MappedError {
  if (error instanceof ProblemError) return { problem: error, unexpected: false }
  const e = asFrameworkError(error)
  if (Array.isArray(e.validation)) {
    const context = typeof e.validationContext === 'string' ? e.validationContext : 'body'
    const fieldErrors = toFieldErrors(e.validation as AjvErrorLike[], context)
    if (fieldErrors.some((f) => f.code === 'UNKNOWN_FIELD')) {
      return { problem: problems.unknownField(fieldErrors), unexpected: false }
    }
    return { problem: problems.validationFailed(fieldErrors), unexpected: false }
  }
  const code = typeof e.code === 'string' ? e.code : ''
  const status = typeof e.statusCode === 'number' ? e.statusCode : 500
  if (MALFORMED_BODY_CODES.has(code)) return { problem: problems.malformedBody(), unexpected: false }
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return { problem: problems.unsupportedMediaType(), unexpected: false }
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return { problem: problems.payloadTooLarge(), unexpected: false }
  if (code === 'FST_ERR_BAD_URL') return { problem: problems.malformedUrl(), unexpected: false }
  if (code === 'FST_ERR_MAX_PARAM_LENGTH') return { problem: problems.routeNotFound(), unexpected: false }
  // secure-json-parse rejects __proto__ / constructor.prototype keys with a plain 400 SyntaxError.
  if (error instanceof SyntaxError && status === 400) return { problem: problems.malformedBody(), unexpected: false }
  if (status >= 400 && status < 500) return { problem: problems.badRequest(status), unexpected: false }
  return { problem: problems.internal(), unexpected: true }
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: ProblemError): FastifyReply {
  if (problem.headers) reply.headers(problem.headers)
  // Also set here: router-level errors (frameworkErrors) skip the onSend hooks.
  reply.header('x-request-id', request.id)
  return reply
    .code(problem.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send(toProblemBody(problem, request.id, pathOf(request.url)))
}

export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply | Promise<FastifyReply> {
  const { problem, unexpected } = toProblemError(error)
  if (unexpected) {
    request.log.error({ err: error }, 'unexpected error')
  }
  // Only the code goes to the log (in the request's line): details may quote what the user sent.
  noteProblem(request, problem.code)
  if (problem.status === 413) {
    // Read the rest of the body first, so that the client, still sending, gets the answer.
    return drainRequestBody(request.raw).then((complete) => {
      if (complete) reply.removeHeader('connection')
      else reply.header('connection', 'close')
      return sendProblem(request, reply, problem)
    })
  }
  return sendProblem(request, reply, problem)
}
