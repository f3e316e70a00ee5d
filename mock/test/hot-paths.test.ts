// The sandbox's hot paths (issue 19): SQL is compiled once per database, not per request, and the
// queries behind GET /inbox, the catalogue and login find their rows through an index.
import Database from 'better-sqlite3'
import { createManualClock } from '../lib/clock'
import { openDatabase } from '../db/database'
import { bearer, buildTestServer, login, type TestServer } from './helpers'

jest.setTimeout(30_000)

const NOW = Date.UTC(2026, 10, 27, 2)

let t: TestServer
let compiled: jest.SpyInstance
beforeEach(async () => {
  // Every SQL compilation goes through better-sqlite3's own prepare.
  compiled = jest.spyOn(Database.prototype, 'prepare')
  t = await buildTestServer({ clock: createManualClock(NOW) })
})
afterEach(async () => {
  await t.app.close()
  compiled.mockRestore()
})

const compiledSql = () => compiled.mock.calls.map((call) => String(call[0]))

async function hotRequests(): Promise<void> {
  const { accessToken } = await login(t.app, 'resident')
  const requests = [
    { method: 'GET' as const, url: '/api/v1/inbox', headers: bearer(accessToken) },
    { method: 'GET' as const, url: '/api/v1/catalogue/items?city=330100&audience=personal&page=1&pageSize=20' },
    { method: 'GET' as const, url: '/api/v1/me', headers: bearer(accessToken) },
  ]
  for (const request of requests) {
    const res = await t.app.inject(request)
    expect({ url: request.url, status: res.statusCode }).toEqual({ url: request.url, status: 200 })
  }
}

test('a second round of login, inbox, catalogue and me compiles no SQL', async () => {
  await hotRequests()
  compiled.mockClear()
  await hotRequests()
  expect(compiledSql()).toEqual([])
})

test('every query of those requests reads its rows through an index or a primary key, never a table scan', async () => {
  const db = t.app.sandbox.db
  // What ran (not what was compiled: a repository may have compiled its SQL at start-up).
  const statementProto = Object.getPrototypeOf(db.prepare('SELECT 1')) as Record<'all' | 'get', (...args: unknown[]) => unknown>
  const ran = new Set<string>()
  const spies = (['all', 'get'] as const).map((method) => {
    const original = statementProto[method]
    return jest.spyOn(statementProto, method).mockImplementation(function (this: { source: string }, ...args: unknown[]) {
      ran.add(this.source)
      return original.apply(this, args)
    })
  })
  try {
    await hotRequests()
  } finally {
    spies.forEach((spy) => spy.mockRestore())
  }
  expect(ran.size).toBeGreaterThan(5)
  const scans: string[] = []
  for (const sql of ran) {
    if (!/^\s*SELECT/i.test(sql)) continue
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...nullParams(sql)) as Array<{ detail: string }>
    for (const { detail } of plan) {
      // "SCAN t USING INDEX" / "SCAN t USING COVERING INDEX" walk an index in order; a bare
      // "SCAN t" reads every row. Small fixed reference tables (cities, themes) may be scanned.
      if (/^SCAN \w+$|^SCAN \w+ AS \w+$/.test(detail.replace(/^SCAN (\w+) \(.*\)$/, 'SCAN $1')) && !/\b(cities|themes|meta)\b/.test(detail)) {
        scans.push(`${detail} ← ${sql.replace(/\s+/g, ' ').trim()}`)
      }
    }
  }
  expect(scans).toEqual([])
})

/** Null for every parameter of `sql` (positional `?` and named `@x`): the plan does not depend on values. */
function nullParams(sql: string): unknown[] {
  const named = sql.match(/[@:$][A-Za-z_]\w*/g) ?? []
  const positional = new Array((sql.match(/\?/g) ?? []).length).fill(null)
  return named.length ? [...positional, Object.fromEntries(named.map((name) => [name.slice(1), null]))] : positional
}

test('the same SQL gives the same statement on one database and another on a second database', () => {
  const a = openDatabase(':memory:')
  const b = openDatabase(':memory:')
  try {
    const sql = 'SELECT value FROM meta WHERE key = ?'
    expect(a.prepare(sql)).toBe(a.prepare(sql))
    expect(b.prepare(sql)).not.toBe(a.prepare(sql))
    // A shared statement cannot be switched to another mode behind its other users' backs.
    expect(() => a.prepare(sql).pluck()).toThrow(/prepareUncached/)
    expect(a.prepareUncached(sql).pluck().get('none')).toBeUndefined()
  } finally {
    a.close()
    b.close()
  }
})
