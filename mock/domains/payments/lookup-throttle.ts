// Lookups that make something payable by knowing its number (决定书编号, 缴款码) are throttled per
// user and per client, together: guessing numbers must cost time (issue 14: 200 sequential numbers
// took 1.1 s and revealed 14 other people's fines). Only well-formed numbers count; a malformed one
// is a 400 that reveals nothing. A payer types a few numbers at most.
import type { FastifyRequest } from 'fastify'
import type { Db } from '../../db/database'
import { clientKey, SlidingWindowLimiter, tooManyRequests, type RateRule } from '../../http/rate-limit'

export const PAYABLE_LOOKUPS_PER_USER: RateRule = { limit: 10, windowMs: 10 * 60 * 1000 }
export const PAYABLE_LOOKUPS_PER_CLIENT: RateRule = { limit: 30, windowMs: 10 * 60 * 1000 }

interface Limiters {
  user: SlidingWindowLimiter
  client: SlidingWindowLimiter
}

const perServer = new WeakMap<Db, Limiters>()

function limitersFor(db: Db): Limiters {
  let limiters = perServer.get(db)
  if (!limiters) {
    limiters = { user: new SlidingWindowLimiter(PAYABLE_LOOKUPS_PER_USER), client: new SlidingWindowLimiter(PAYABLE_LOOKUPS_PER_CLIENT) }
    perServer.set(db, limiters)
  }
  return limiters
}

/** Counts one lookup by this user from this client, or throws 429 LOOKUP_RATE_LIMITED (nothing counted). */
export function throttlePayableLookup(db: Db, request: FastifyRequest, userId: string, nowMs: number): void {
  const { user, client } = limitersFor(db)
  const address = clientKey(request)
  const byUser = user.check(userId, nowMs)
  const byClient = client.check(address, nowMs)
  const waits = [byUser, byClient].flatMap((v) => (v.allowed ? [] : [v.retryAfterMs]))
  if (waits.length > 0) {
    throw tooManyRequests('LOOKUP_RATE_LIMITED', '查询太频繁', '短时间内查询次数过多，为保护他人信息已暂停按编号查询', Math.max(...waits))
  }
  user.record(userId, nowMs)
  client.record(address, nowMs)
}
