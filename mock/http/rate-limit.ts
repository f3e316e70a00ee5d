// In-memory sliding-window rate limits, read from the injected clock (so tests can move time).
// One limiter per rule and server instance; a restart forgets the counts, which is acceptable
// for the sandbox (a real deployment keeps them in a shared store).
import type { FastifyRequest } from 'fastify'
import { ProblemError } from './problem'

export interface RateRule {
  /** Attempts allowed inside one window. */
  limit: number
  windowMs: number
}

export type Verdict = { allowed: true } | { allowed: false; retryAfterMs: number }

/** Keeps the times of the hits per key inside the window; the oldest leaving frees a place. */
export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>()
  private takes = 0

  constructor(readonly rule: RateRule) {}

  private recent(key: string, nowMs: number): number[] {
    const since = nowMs - this.rule.windowMs
    const list = (this.hits.get(key) ?? []).filter((at) => at > since)
    if (list.length === 0) this.hits.delete(key)
    else this.hits.set(key, list)
    return list
  }

  /** Whether one more attempt is allowed now, without counting it. */
  check(key: string, nowMs: number): Verdict {
    const list = this.recent(key, nowMs)
    if (list.length < this.rule.limit) return { allowed: true }
    return { allowed: false, retryAfterMs: list[list.length - this.rule.limit] + this.rule.windowMs - nowMs }
  }

  /** Counts one attempt. */
  record(key: string, nowMs: number): void {
    const list = this.recent(key, nowMs)
    list.push(nowMs)
    this.hits.set(key, list)
    this.takes += 1
    if (this.takes % 1000 === 0) this.prune(nowMs)
  }

  /** Checks and, when allowed, counts. */
  take(key: string, nowMs: number): Verdict {
    const verdict = this.check(key, nowMs)
    if (verdict.allowed) this.record(key, nowMs)
    return verdict
  }

  private prune(nowMs: number): void {
    for (const key of [...this.hits.keys()]) this.recent(key, nowMs)
  }
}

/** The client's address: `request.ip`, which honours the configured trusted proxies only. */
export function clientKey(request: FastifyRequest): string {
  return request.ip
}

/** 429 with Retry-After, `retryAfter` and a Chinese detail that says when to try again. */
export function tooManyRequests(code: string, title: string, what: string, retryAfterMs: number): ProblemError {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000))
  const wait = seconds < 60 ? `${seconds} 秒` : `${Math.ceil(seconds / 60)} 分钟`
  return new ProblemError({
    status: 429,
    code,
    title,
    detail: `${what}，请 ${wait}后再试。`,
    headers: { 'retry-after': String(seconds) },
    extensions: { retryAfter: seconds },
  })
}
