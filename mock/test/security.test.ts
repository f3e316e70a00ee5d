// Attack tests (issue 14), as a hostile user and a flaky network would try: enumeration of other
// people's fines and fees, a lost or concurrent refresh, locking a case owner out, large bodies on
// a real socket, personal data in the log, admin and rail routes behind a proxy, secrets at rest —
// plus the bad-input sweep over /openapi.json. Each prints what it measured.
import http from 'node:http'
import net from 'node:net'
import type { AddressInfo } from 'node:net'
import { Writable } from 'node:stream'
import type { DecisionLookup, Inbox, SessionTokens } from '../../contract'
import { REFRESH_GRACE_MS } from '../domains/auth/repo'
import { PERSONAS } from '../domains/auth/seed'
import { SEEDED_CASES } from '../domains/cases/seed'
import { SEEDED_PASSWORD_RECORDS } from '../domains/cases/seed-password-records'
import { verifyQueryPassword } from '../domains/cases/query-password'
import { SEEDED_PINS } from '../domains/certificates/seed'
import { SEEDED_PIN_RECORDS } from '../domains/certificates/seed-pin-records'
import { verifyPin } from '../domains/certificates/pin'
import { SEEDED_FEE_CODES } from '../domains/fees/seed'
import { SEEDED_DECISIONS } from '../domains/fines/seed'
import { PAYABLE_LOOKUPS_PER_CLIENT, PAYABLE_LOOKUPS_PER_USER } from '../domains/payments/lookup-throttle'
import { hashSecret, SECRET_KDF } from '../lib/secret-hash'
import { buildServer } from '../server'
import { MUST_COVER, routesFromOpenApi, runBadInputSweep } from './bad-input-sweep'
import { bearer, buildTestServer, expectProblem, login, type TestServer } from './helpers'

// Real sockets, thousands of sweep requests and a few scrypt runs: room for busy CI machines.
jest.setTimeout(120_000)

const MINUTE = 60_000

let t: TestServer
beforeEach(async () => {
  t = await buildTestServer({ admin: true })
})
afterEach(async () => {
  await t.app.close()
})

const get = (url: string, token: string, remoteAddress?: string) =>
  t.app.inject({ url: `/api/v1${url}`, headers: bearer(token), ...(remoteAddress ? { remoteAddress } : {}) })

describe('enumeration of decision numbers and payment codes', () => {
  it('200 sequential decision numbers: throttled after the per-user budget, nothing of anyone else revealed', async () => {
    const newcomer = (await login(t.app, 'newcomer')).accessToken
    const statuses: Record<number, number> = {}
    let found = 0
    let first429: ReturnType<typeof expectProblem> | undefined
    let first429Headers: Record<string, unknown> = {}
    // The old numbering: 3301042026110001, …0002, … (issue 14 found 14 people's fines this way).
    for (let n = 1; n <= 200; n += 1) {
      const res = await get(`/fines/decisions/3301042026${String(110000 + n).padStart(6, '0')}`, newcomer)
      statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1
      if (res.statusCode === 200) found += 1
      if (res.statusCode === 429 && !first429) {
        first429 = expectProblem(res, 429, 'LOOKUP_RATE_LIMITED')
        first429Headers = res.headers
      }
    }
    console.log(`enumeration as newcomer, 200 sequential decision numbers: ${JSON.stringify(statuses)}, found ${found}`)
    expect(found).toBe(0)
    expect(statuses[429]).toBe(200 - PAYABLE_LOOKUPS_PER_USER.limit)
    expect(first429?.title).toBe('查询太频繁')
    expect(first429?.detail).toMatch(/请 10 分钟后再试/)
    expect(first429?.retryAfter).toBe(600)
    expect(first429Headers['retry-after']).toBe('600')
    // The budget comes back as the window slides.
    t.clock.advance(PAYABLE_LOOKUPS_PER_USER.windowMs)
    expect((await get(`/fines/decisions/${SEEDED_DECISIONS.running}`, newcomer)).statusCode).toBe(200)
  })

  it('fee codes share the budget; a client is limited across users too', async () => {
    const tokens = await Promise.all(['resident', 'elder', 'company', 'newcomer'].map(async (p) => (await login(t.app, p)).accessToken))
    const client = '203.0.113.40'
    let answered = 0
    for (const token of tokens.slice(0, 3)) {
      for (let i = 0; i < PAYABLE_LOOKUPS_PER_USER.limit; i += 1) {
        const res = await get(`/fees/notices/3300002611000000${String(10000 + i).slice(1)}`, token, client)
        expect(res.statusCode).not.toBe(400)
        if (res.statusCode !== 429) answered += 1
      }
    }
    expect(answered).toBe(PAYABLE_LOOKUPS_PER_CLIENT.limit)
    // The fourth user has his own budget left, but this client has none.
    expectProblem(await get(`/fees/notices/${SEEDED_FEE_CODES.adultExam}`, tokens[3], client), 429, 'LOOKUP_RATE_LIMITED')
    // From another client he is served.
    expect((await get(`/fees/notices/${SEEDED_FEE_CODES.adultExam}`, tokens[3], '203.0.113.41')).statusCode).toBe(200)
    // Malformed numbers are 400 and cost nothing.
    for (let i = 0; i < 50; i += 1) expect((await get('/fines/decisions/12345', tokens[3], '203.0.113.42')).statusCode).toBe(400)
    expect((await get(`/fines/decisions/${SEEDED_DECISIONS.running}`, tokens[3], '203.0.113.42')).statusCode).toBe(200)
  })

  it('issued numbers are not sequential: the neighbours of every documented number are unknown', () => {
    const db = t.app.sandbox.db
    const decisions = (db.prepare('SELECT decision_number AS n FROM fine_violations WHERE decision_number IS NOT NULL').all() as { n: string }[]).map((r) => r.n)
    const codes = (db.prepare('SELECT code AS n FROM fee_notices').all() as { n: string }[]).map((r) => r.n)
    const near = (value: string, delta: number) => (BigInt(value) + BigInt(delta)).toString().padStart(value.length, '0')
    let neighbours = 0
    for (const number of [...Object.values(SEEDED_DECISIONS), ...Object.values(SEEDED_FEE_CODES)]) {
      for (let d = -20; d <= 20; d += 1) {
        if (d !== 0 && (decisions.includes(near(number, d)) || codes.includes(near(number, d)))) neighbours += 1
      }
    }
    expect(neighbours).toBe(0)
    // Generated serials are spread over the whole space, not counted up from a base.
    const serials = decisions.map((n) => Number(n.slice(10))).sort((a, b) => a - b)
    expect(serials[serials.length - 1] - serials[0]).toBeGreaterThan(10_000)
  })

  it('a non-owner sees what a payer needs, never when or where; looked-up items stay out of his inbox', async () => {
    const newcomer = (await login(t.app, 'newcomer')).accessToken
    const res = await get(`/fines/decisions/${SEEDED_DECISIONS.running}`, newcomer)
    expect(Object.keys(res.json<DecisionLookup>()).sort()).toEqual(['act', 'charge', 'decisionNumber', 'plate', 'points', 'status', 'violationId'])
    expect(res.json<DecisionLookup>().plate).toBe('浙A**90M')
    expect((await get(`/fees/notices/${SEEDED_FEE_CODES.teacherExam}`, newcomer)).json<{ payerName: string }>().payerName).toBe('*大友')
    expect((await get('/inbox', newcomer)).json<Inbox>().items).toEqual([])
  })
})

describe('refresh: a lost answer, concurrent tabs, reuse after the window', () => {
  const refresh = (refreshToken: string) => t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken } })

  it('a dropped refresh answer (fault injection), then the retry: the same new pair, still logged in', async () => {
    const first = await login(t.app)
    const rule = await t.app.inject({ method: 'PUT', url: '/__admin/faults', payload: { rules: [{ path: '/api/v1/auth/refresh', dropRate: 1, times: 1 }] } })
    expect(rule.statusCode).toBe(200)
    // The server rotates, the answer is lost (the connection is reset).
    await expect(refresh(first.refreshToken)).rejects.toMatchObject({ code: 'LIGHT_ECONNRESET' })
    t.clock.advance(5_000)
    const retry = await refresh(first.refreshToken)
    expect(retry.statusCode).toBe(200)
    const pair = retry.json<SessionTokens>()
    expect(pair.refreshToken).not.toBe(first.refreshToken)
    expect((await get('/me', pair.accessToken)).statusCode).toBe(200)
    // It is the pair the lost answer carried: asking again gives it again, and it rotates normally.
    expect((await refresh(first.refreshToken)).json<SessionTokens>()).toEqual(pair)
    expect((await refresh(pair.refreshToken)).statusCode).toBe(200)
  })

  it('5 concurrent refreshes with one token all succeed with the same pair', async () => {
    const first = await login(t.app)
    const answers = await Promise.all(Array.from({ length: 5 }, () => refresh(first.refreshToken)))
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200, 200, 200])
    const pairs = new Set(answers.map((a) => JSON.stringify(a.json<SessionTokens>())))
    expect(pairs.size).toBe(1)
    const pair = answers[0].json<SessionTokens>()
    expect((await get('/me', pair.accessToken)).statusCode).toBe(200)
    const rows = t.app.sandbox.db.prepare('SELECT COUNT(*) AS n FROM auth_refresh_tokens').get() as { n: number }
    expect(rows.n).toBe(2)
  })

  it(`reuse after the ${REFRESH_GRACE_MS / 1000} s window revokes the whole family`, async () => {
    const first = await login(t.app)
    const pair = (await refresh(first.refreshToken)).json<SessionTokens>()
    t.clock.advance(REFRESH_GRACE_MS + 1)
    expectProblem(await refresh(first.refreshToken), 401, 'REFRESH_TOKEN_REUSED')
    expectProblem(await get('/me', pair.accessToken), 401, 'TOKEN_INVALID')
    expectProblem(await refresh(pair.refreshToken), 401, 'REFRESH_TOKEN_INVALID')
  })

  it('within the window, an old token whose successor was already rotated is reuse (no replay of a stale pair)', async () => {
    const first = await login(t.app)
    const second = (await refresh(first.refreshToken)).json<SessionTokens>()
    const third = (await refresh(second.refreshToken)).json<SessionTokens>()
    expectProblem(await refresh(first.refreshToken), 401, 'REFRESH_TOKEN_REUSED')
    expectProblem(await get('/me', third.accessToken), 401, 'TOKEN_INVALID')
  })
})

describe('case lookup: no lockout of the owner', () => {
  const lookup = (app: TestServer['app'], caseNumber: string, password: string, remoteAddress: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: '/api/v1/cases/lookup', payload: { caseNumber, password }, remoteAddress, headers })
  const target = SEEDED_CASES.correction

  it('an attacker guessing for 30 minutes slows himself down; the owner is served all along', async () => {
    const waits: number[] = []
    let tries = 0
    let ownerServed = 0
    for (let minute = 0; minute < 30; minute += 1) {
      const res = await lookup(t.app, target.caseNumber, String(100000 + minute), '198.51.100.66')
      tries += 1
      if (res.statusCode === 429) waits.push(Number(res.headers['retry-after']))
      if ((await lookup(t.app, target.caseNumber, target.password, '192.0.2.10')).statusCode === 200) ownerServed += 1
      t.clock.advance(MINUTE)
    }
    console.log(`case lookup: attacker ${tries} tries in 30 min, ${waits.length} refused (Retry-After ${waits.join(',')} s); owner served ${ownerServed}/30`)
    expect(ownerServed).toBe(30)
    expect(waits.length).toBeGreaterThan(15)
    // Growing delays: later refusals ask for longer waits.
    expect(Math.max(...waits)).toBeGreaterThan(Math.min(...waits))
  })

  it('behind a trusted proxy the clients are told apart by X-Forwarded-For; without one the header is ignored', async () => {
    const proxied = await buildServer({ trustedProxies: ['127.0.0.1'] })
    try {
      const via = (client: string) => ({ 'x-forwarded-for': client })
      for (let i = 0; i < 10; i += 1) await lookup(proxied, target.caseNumber, `70000${i}`, '127.0.0.1', via('198.51.100.5'))
      expectProblem(await lookup(proxied, target.caseNumber, target.password, '127.0.0.1', via('198.51.100.5')), 429, 'LOOKUP_RATE_LIMITED')
      // The owner comes through the same proxy from his own address.
      expect((await lookup(proxied, target.caseNumber, target.password, '127.0.0.1', via('192.0.2.77'))).statusCode).toBe(200)
    } finally {
      await proxied.close()
    }
    // No trusted proxy (the default): a client cannot escape its limit by inventing X-Forwarded-For.
    for (let i = 0; i < 10; i += 1) await lookup(t.app, target.caseNumber, `70000${i}`, '198.51.100.9', { 'x-forwarded-for': `10.0.0.${i}` })
    expectProblem(await lookup(t.app, target.caseNumber, target.password, '198.51.100.9', { 'x-forwarded-for': '10.9.9.9' }), 429, 'LOOKUP_RATE_LIMITED')
  })
})

describe('admin and payment-rail routes behind a trusted proxy', () => {
  it('refuse what the proxy forwards from outside; answer local tools', async () => {
    const app = await buildServer({ admin: true, trustedProxies: ['127.0.0.1', '::1'] })
    try {
      const forwarded = { 'x-forwarded-for': '203.0.113.9' }
      expectProblem(await app.inject({ url: '/__admin/faults', remoteAddress: '127.0.0.1', headers: forwarded }), 404, 'ADMIN_DISABLED')
      expectProblem(await app.inject({ method: 'PUT', url: '/__admin/clock', remoteAddress: '127.0.0.1', headers: forwarded, payload: { offsetMs: 1 } }), 404, 'ADMIN_DISABLED')
      // Even a forged "127.0.0.1" in the header is forwarded traffic.
      expectProblem(await app.inject({ url: '/__admin/faults', remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': '127.0.0.1' } }), 404, 'ADMIN_DISABLED')
      expectProblem(await app.inject({ url: '/__admin/faults', remoteAddress: '::1', headers: { forwarded: 'for=203.0.113.9' } }), 404, 'ADMIN_DISABLED')
      const rail = await app.inject({ method: 'POST', url: '/rails/alipay/pay', remoteAddress: '127.0.0.1', headers: forwarded, payload: { tradeNO: 'x' } })
      expectProblem(rail, 404, 'RAILS_LOCAL_ONLY')
      const cashier = await app.inject({ url: '/rails/cashier/abc', remoteAddress: '127.0.0.1', headers: forwarded })
      expect(cashier.statusCode).toBe(404)
      // A tool on the machine itself, not through the proxy.
      expect((await app.inject({ url: '/__admin/faults', remoteAddress: '127.0.0.1' })).statusCode).toBe(200)
      const local = await app.inject({ method: 'POST', url: '/rails/alipay/pay', remoteAddress: '127.0.0.1', payload: { tradeNO: 'x' } })
      expect(local.json<{ code?: string }>().code).not.toBe('RAILS_LOCAL_ONLY')
    } finally {
      await app.close()
    }
  })
})

describe('large bodies on a real socket', () => {
  const TWO_MB = 2 * 1024 * 1024

  async function listen(): Promise<{ port: number; close: () => Promise<void> }> {
    const app = await buildServer()
    await app.listen({ port: 0, host: '127.0.0.1' })
    return { port: (app.server.address() as AddressInfo).port, close: () => app.close() }
  }

  it('node http, with a length and chunked: every over-limit body gets its 413 problem+json', async () => {
    const server = await listen()
    try {
      for (const chunked of [false, true]) {
        const body = Buffer.alloc(TWO_MB, 0x61)
        const answer = await new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
          const headers: Record<string, string | number> = { 'content-type': 'application/json' }
          if (!chunked) headers['content-length'] = body.length
          const req = http.request({ host: '127.0.0.1', port: server.port, method: 'POST', path: '/api/v1/auth/sessions', headers }, (res) => {
            let text = ''
            res.setEncoding('utf8')
            res.on('data', (c: string) => (text += c))
            res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body: text }))
          })
          req.on('error', reject)
          // Written in pieces, like an upload.
          for (let off = 0; off < body.length; off += 256 * 1024) req.write(body.subarray(off, off + 256 * 1024))
          req.end()
        })
        expect(answer.status).toBe(413)
        expect(answer.type).toMatch(/^application\/problem\+json/)
        expect(JSON.parse(answer.body)).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', title: '提交的内容过大' })
      }
    } finally {
      await server.close()
    }
  })

  it('a client that sends its whole body before reading gets the 413, not a reset (EPIPE)', async () => {
    const server = await listen()
    try {
      const outcome = await new Promise<string>((resolve) => {
        const socket = net.connect(server.port, '127.0.0.1')
        let received = ''
        let done = false
        const finish = (what: string) => {
          if (done) return
          done = true
          socket.destroy()
          resolve(what)
        }
        socket.pause() // reads nothing until the body is sent, as simple clients do
        socket.on('data', (chunk: Buffer) => {
          received += chunk.toString('utf8')
          if (received.includes('PAYLOAD_TOO_LARGE')) finish(received.split('\r\n')[0])
        })
        socket.on('error', (error: NodeJS.ErrnoException) => finish(`error ${error.code}`))
        socket.on('close', () => finish(`closed: ${received.split('\r\n')[0]}`))
        socket.write(`POST /api/v1/auth/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${TWO_MB}\r\n\r\n`)
        const body = Buffer.alloc(TWO_MB, 0x61)
        let offset = 0
        const step = () => {
          if (done) return
          if (offset >= body.length) {
            socket.resume()
            return
          }
          socket.write(body.subarray(offset, offset + 64 * 1024))
          offset += 64 * 1024
          setTimeout(step, 1)
        }
        step()
      })
      expect(outcome).toBe('HTTP/1.1 413 Payload Too Large')
    } finally {
      await server.close()
    }
  })
})

describe('logs carry nothing personal', () => {
  it('redacts path segments and headers, replaces unsafe request ids; the whole log is free of personal data', async () => {
    const raw: string[] = []
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        raw.push(chunk.toString('utf8'))
        done()
      },
    })
    const app = await buildServer({ logger: { level: 'debug', stream } })
    const personal = ['33010619870515105X', '13757179050', '浙A12345', '王大友', '3100428517', 'wang.dayou@example.com']
    try {
      const token = (await login(app)).accessToken
      const sent: string[] = []
      for (const value of personal) {
        for (const url of [`/api/v1/users/${encodeURIComponent(value)}`, `/api/v1/fines/decisions/${encodeURIComponent(value)}`, `/${encodeURIComponent(value)}/x`]) {
          const res = await app.inject({
            url,
            headers: {
              ...bearer(token),
              'x-request-id': value.replace(/[^\x21-\x7e]/g, '') || 'x',
              referer: `https://example.com/?q=${encodeURIComponent(value)}`,
              'x-forwarded-for': '203.0.113.1',
              cookie: `name=${encodeURIComponent(value)}`,
            },
          })
          sent.push(String(res.headers['x-request-id']))
        }
      }
      // Ids that look like phone or ID numbers were replaced; safe ones kept.
      expect(sent.some((id) => id.includes('13757179050') || id.includes('3301061987'))).toBe(false)
      const kept = await app.inject({ url: '/api/v1/cities', headers: { 'x-request-id': 'web-7f3a.b2' } })
      expect(kept.headers['x-request-id']).toBe('web-7f3a.b2')
    } finally {
      await app.close()
    }
    const text = raw.join('')
    const lines = text.split('\n').filter(Boolean)
    const forbidden = [
      ...personal,
      ...personal.map((v) => encodeURIComponent(v)),
      '3301061987',
      '1375717',
      '203.0.113.1',
      'example.com',
      ...PERSONAS.flatMap((p) => [p.name, p.idNumber, p.mobile]),
    ]
    const hits = forbidden.filter((value) => text.includes(value))
    console.log(`log check: ${lines.length} lines, ${forbidden.length} personal values searched, ${hits.length} found`)
    expect(hits).toEqual([])
    expect(text).toContain('/api/v1/users/:redacted')
  })
})

describe('secrets at rest', () => {
  it('case query passwords and PINs are scrypt records with their own salts, and the seeded ones verify', () => {
    const db = t.app.sandbox.db
    const cases = db.prepare('SELECT case_number, query_password_hash AS h FROM cases').all() as { case_number: string; h: string }[]
    const pins = db.prepare('SELECT user_id, pin_hash AS h FROM certificate_pins').all() as { user_id: string; h: string }[]
    const records = [...cases.map((c) => c.h), ...pins.map((p) => p.h)]
    const prefix = `scrypt$${SECRET_KDF.N}$${SECRET_KDF.r}$${SECRET_KDF.p}$`
    for (const record of records) expect(record.startsWith(prefix)).toBe(true)
    // Salts are per record: equal passwords (135790 is both a case password and a PIN) do not give equal records.
    expect(new Set(records.map((r) => r.split('$')[4])).size).toBe(records.length)
    const mismatched: string[] = []
    for (const spec of Object.values(SEEDED_CASES)) {
      if (!verifyQueryPassword(SEEDED_PASSWORD_RECORDS[spec.caseNumber] ?? '', spec.caseNumber, spec.password)) {
        mismatched.push(`'${spec.caseNumber}': '${hashSecret(spec.password)}',`)
      }
    }
    for (const persona of PERSONAS) {
      const pin = SEEDED_PINS[persona.id]
      if (pin !== undefined && !verifyPin(SEEDED_PIN_RECORDS[persona.id] ?? '', persona.userId, pin)) mismatched.push(`${persona.id}: '${hashSecret(pin)}',`)
    }
    // On a mismatch, the fresh records to paste into seed-password-records.ts / seed-pin-records.ts.
    expect(mismatched).toEqual([])
    expect(verifyQueryPassword(SEEDED_PASSWORD_RECORDS[SEEDED_CASES.correction.caseNumber], SEEDED_CASES.correction.caseNumber, '135791')).toBe(false)
  })

  it('seeding runs no KDF: a fresh database is built in the same time as before (figure printed)', async () => {
    const started = process.hrtime.bigint()
    const app = await buildServer()
    const ms = Number(process.hrtime.bigint() - started) / 1e6
    await app.close()
    const kdfStarted = process.hrtime.bigint()
    hashSecret('123456')
    const kdfMs = Number(process.hrtime.bigint() - kdfStarted) / 1e6
    console.log(`seed: a fresh in-memory sandbox in ${ms.toFixed(0)} ms; one scrypt (N=${SECRET_KDF.N}, r=${SECRET_KDF.r}, p=${SECRET_KDF.p}) ${kdfMs.toFixed(0)} ms`)
  })
})

describe('bad-input sweep over /openapi.json', () => {
  it('covers every route of the document, which are all the registered routes', async () => {
    const routes = await routesFromOpenApi(t.app)
    const documented = new Set(routes.map((r) => `${r.method} ${r.url}`))
    const registered = t.app.sandbox.routes.routes.filter((r) => !r.hidden && r.method !== 'HEAD' && r.method !== 'OPTIONS' && !r.url.includes('*'))
    expect(registered.filter((r) => !documented.has(`${r.method} ${r.url}`)).map((r) => `${r.method} ${r.url}`)).toEqual([])
    const urls = new Set(routes.map((r) => r.url))
    for (const url of MUST_COVER) expect([url, urls.has(url)]).toEqual([url, true])
  })

  it('nothing a client sends produces a 5xx; every error is problem+json with a request id', async () => {
    const result = await runBadInputSweep(t.app)
    const classes = Object.entries(result.byStatus).sort(([a], [b]) => Number(a) - Number(b))
    console.log(`bad-input sweep: ${result.routes} routes, ${result.sent} requests, by status ${JSON.stringify(Object.fromEntries(classes))}, ${result.failures.length} failures`)
    expect(result.sent).toBeGreaterThan(2000)
    expect(result.failures).toEqual([])
  })
})
