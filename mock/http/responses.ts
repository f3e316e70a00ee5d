// Response schemas for routes: the success schemas plus problem+json answers, so every status a
// route can produce is declared (and documented in the OpenAPI document).
import type { TSchema } from '@sinclair/typebox'
import { ProblemSchema } from '../../contract'

export const PROBLEM_MEDIA_TYPE = 'application/problem+json'

export interface ProblemResponse {
  description: string
  content: { [PROBLEM_MEDIA_TYPE]: { schema: typeof ProblemSchema } }
}

const DESCRIPTIONS = {
  400: 'Bad request: MALFORMED_BODY, UNKNOWN_FIELD or VALIDATION_FAILED',
  401: 'Not logged in: TOKEN_MISSING, TOKEN_INVALID or TOKEN_EXPIRED',
  403: 'FORBIDDEN_RESOURCE: the resource belongs to another user',
  404: 'NOT_FOUND',
  409: 'Conflict with the current state',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'Too many attempts (*_RATE_LIMITED): retry after the Retry-After header (seconds, also `retryAfter`)',
  503: 'FAULT_INJECTED (sandbox fault injection)',
  '4xx': 'Other client errors',
  '5xx': 'INTERNAL_ERROR',
} as const

export type ProblemStatus = keyof typeof DESCRIPTIONS

function problemResponse(description: string): ProblemResponse {
  return { description, content: { [PROBLEM_MEDIA_TYPE]: { schema: ProblemSchema } } }
}

type WithProblems<S, P extends ProblemStatus> = S & { [K in P | 400 | 503 | '4xx' | '5xx']: ProblemResponse }

/**
 * `responses({ 200: MeSchema }, 401)`: the success schemas, 400, 503, 4xx and 5xx always,
 * plus the listed problem statuses.
 */
export function responses<S extends Record<number, TSchema>, P extends ProblemStatus = never>(
  success: S,
  ...problemStatuses: P[]
): WithProblems<S, P> {
  const all: Record<string, unknown> = { ...success }
  for (const status of [400, ...problemStatuses, 503, '4xx', '5xx'] as ProblemStatus[]) {
    all[String(status)] = problemResponse(DESCRIPTIONS[status])
  }
  return all as WithProblems<S, P>
}

/** Body-carrying routes can also answer 413 and 415. */
export const BODY_PROBLEMS = [413, 415] as const
