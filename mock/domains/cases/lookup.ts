// Public lookup by 办件编号 + 查询密码 (no login). Wrong passwords are rate-limited per case number
// (whoever tries) and per client (whatever number it tries), and an unknown case number answers
// exactly like a wrong password, so the lookup never tells whether a case number exists.
import { timingSafeEqual } from 'node:crypto'
import type { Db } from '../../db/database'
import { cstParts } from '../../lib/china-time'
import { hashQueryPassword } from './create-case'
import { caseProblems } from './problems'
import { casesRepo, type CaseRow } from './repo'

export const LOOKUP_WINDOW_MS = 15 * 60 * 1000
export const LOOKUP_FAILURES_PER_NUMBER = 5
export const LOOKUP_FAILURES_PER_CLIENT = 10

/** A hash nobody's password has: unknown numbers are checked against it, so they cost the same. */
const NO_CASE_HASH = hashQueryPassword('000000000000000000000000', 'no-case')

function hhmm(ms: number): string {
  const p = cstParts(ms)
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`
}

/** When the oldest failure that keeps `failures` at or over `limit` leaves the window; null if under. */
function freeAt(failures: number[], limit: number): number | null {
  if (failures.length < limit) return null
  return failures[failures.length - limit] + LOOKUP_WINDOW_MS
}

export function lookupCase(db: Db, rawNumber: string, password: string, client: string, nowMs: number): CaseRow {
  const caseNumber = rawNumber.replace(/\s/g, '')
  if (!/^[0-9]{24}$/.test(caseNumber)) throw caseProblems.caseNumberFormat()
  if (!/^[0-9]{6}$/.test(password.trim())) throw caseProblems.passwordFormat()
  const repo = casesRepo(db)
  const since = nowMs - LOOKUP_WINDOW_MS
  repo.pruneFailures(nowMs - 2 * LOOKUP_WINDOW_MS)
  const check = () => {
    const byNumber = repo.failuresByNumber(caseNumber, since)
    const byClient = repo.failuresByClient(client, since)
    return { byNumber, byClient, free: Math.max(freeAt(byNumber, LOOKUP_FAILURES_PER_NUMBER) ?? 0, freeAt(byClient, LOOKUP_FAILURES_PER_CLIENT) ?? 0) }
  }
  const before = check()
  // While blocked even the right password is refused: otherwise guessing would just go on.
  if (before.free > nowMs) throw caseProblems.rateLimited(Math.ceil((before.free - nowMs) / 1000), hhmm(before.free))

  const row = repo.byNumber(caseNumber)
  const expected = Buffer.from(row?.query_password_hash ?? NO_CASE_HASH, 'hex')
  const given = Buffer.from(hashQueryPassword(caseNumber, password.trim()), 'hex')
  if (row !== undefined && timingSafeEqual(expected, given)) {
    repo.clearFailures(caseNumber, client)
    return row
  }
  repo.recordFailure(caseNumber, client, nowMs)
  const left = Math.min(
    LOOKUP_FAILURES_PER_NUMBER - before.byNumber.length - 1,
    LOOKUP_FAILURES_PER_CLIENT - before.byClient.length - 1,
  )
  throw caseProblems.lookupFailed(Math.max(0, left))
}
