// Public lookup by 办件编号 + 查询密码 (no login). An unknown case number answers exactly like a
// wrong password, so the lookup never tells whether a case number exists.
//
// Limits (issue 14: the old per-number block let anyone lock the owner out for 15 minutes with 5
// wrong passwords):
//  - per (case number, client): the first PAIR_FREE_FAILURES failures cost nothing; each further
//    one makes that client wait longer before it may try that number again (30 s, 1 min, 2 min, …
//    up to 15 min), remembered for PAIR_MEMORY_MS;
//  - per client, any number: LOOKUP_FAILURES_PER_CLIENT failures within LOOKUP_WINDOW_MS → 429.
// Nothing is counted per case number alone: the owner, from his own client, is never blocked by
// what others tried. The client is `request.ip` (trusted proxies only, see server.ts).
import type { Db } from '../../db/database'
import { cstParts } from '../../lib/china-time'
import { QUERY_PASSWORD_KDF, hashQueryPassword, verifyQueryPassword } from './query-password'
import { caseProblems } from './problems'
import { casesRepo, type CaseRow } from './repo'

export const LOOKUP_WINDOW_MS = 15 * 60 * 1000
export const LOOKUP_FAILURES_PER_CLIENT = 10
export const PAIR_FREE_FAILURES = 3
export const PAIR_BASE_DELAY_MS = 30 * 1000
export const PAIR_MAX_DELAY_MS = 15 * 60 * 1000
export const PAIR_MEMORY_MS = 24 * 60 * 60 * 1000

/** A record nobody's password matches: unknown numbers are checked against it, so they cost the same. */
const NO_CASE_HASH = hashQueryPassword('000000000000000000000000', 'no-case-000000', QUERY_PASSWORD_KDF)

/** How long a client waits after its n-th failure on one number (0 while still free). */
export function pairDelayMs(failures: number): number {
  if (failures <= PAIR_FREE_FAILURES) return 0
  return Math.min(PAIR_MAX_DELAY_MS, PAIR_BASE_DELAY_MS * 2 ** (failures - PAIR_FREE_FAILURES - 1))
}

function hhmm(ms: number): string {
  const p = cstParts(ms)
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`
}

interface Statement {
  all(...params: unknown[]): unknown[]
}
const pairStatements = new WeakMap<Db, Statement>()
function pairFailures(db: Db, caseNumber: string, client: string, sinceMs: number): number[] {
  let stmt: Statement | undefined = pairStatements.get(db)
  if (!stmt) {
    stmt = db.prepare('SELECT at FROM case_lookup_failures WHERE case_number = ? AND client = ? AND at > ? ORDER BY at')
    pairStatements.set(db, stmt)
  }
  return (stmt.all(caseNumber, client, sinceMs) as { at: number }[]).map((r) => r.at)
}

export function lookupCase(db: Db, rawNumber: string, password: string, client: string, nowMs: number): CaseRow {
  const caseNumber = rawNumber.replace(/\s/g, '')
  if (!/^[0-9]{24}$/.test(caseNumber)) throw caseProblems.caseNumberFormat()
  if (!/^[0-9]{6}$/.test(password.trim())) throw caseProblems.passwordFormat()
  const repo = casesRepo(db)
  repo.pruneFailures(nowMs - PAIR_MEMORY_MS)

  const byPair = pairFailures(db, caseNumber, client, nowMs - PAIR_MEMORY_MS)
  const byClient = repo.failuresByClient(client, nowMs - LOOKUP_WINDOW_MS)
  const pairFreeAt = byPair.length === 0 ? 0 : byPair[byPair.length - 1] + pairDelayMs(byPair.length)
  const clientFreeAt = byClient.length >= LOOKUP_FAILURES_PER_CLIENT ? byClient[byClient.length - LOOKUP_FAILURES_PER_CLIENT] + LOOKUP_WINDOW_MS : 0
  const freeAt = Math.max(pairFreeAt, clientFreeAt)
  // While waiting even the right password is refused: otherwise guessing would just go on.
  if (freeAt > nowMs) throw caseProblems.rateLimited(Math.ceil((freeAt - nowMs) / 1000), hhmm(freeAt))

  const row = repo.byNumber(caseNumber)
  const ok = verifyQueryPassword(row?.query_password_hash ?? NO_CASE_HASH, caseNumber, password.trim())
  if (row !== undefined && ok) {
    repo.clearFailures(caseNumber, client)
    return row
  }
  repo.recordFailure(caseNumber, client, nowMs)
  const left = Math.min(PAIR_FREE_FAILURES - byPair.length - 1, LOOKUP_FAILURES_PER_CLIENT - byClient.length - 1)
  throw caseProblems.lookupFailed(Math.max(0, left))
}

