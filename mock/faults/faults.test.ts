import type { ClockState, FaultState, Me } from '../../contract'
import { globToRegExp } from '../lib/glob'
import { createRng } from '../lib/rng'
import { bearer, buildTestServer, expectProblem, login, type TestServer } from '../test/helpers'
import { FaultInjector } from './fault-injector'

let t: TestServer
beforeEach(async () => {
  t = await buildTestServer({ admin: true, faultSeed: 7 })
})
afterEach(async () => {
  await t.app.close()
})

const putFaults = (rules: object[]) => t.app.inject({ method: 'PUT', url: '/__admin/faults', payload: { rules } })
const cities = () => t.app.inject({ url: '/api/v1/cities' })

describe('glob and rng', () => {
  it('matches path globs', () => {
    expect(globToRegExp('/api/v1/payments*').test('/api/v1/payments/abc/confirm')).toBe(true)
    expect(globToRegExp('/api/v1/payments*').test('/api/v1/pay')).toBe(false)
    expect(globToRegExp('/api/v1/me/addresses/?').test('/api/v1/me/addresses/1')).toBe(true)
    expect(globToRegExp('/a.b(c)').test('/aXb(c)')).toBe(false)
  })

  it('is deterministic per seed', () => {
    const a = createRng(1)
    const b = createRng(1)
    const seqA = [a.next(), a.next(), a.next()]
    expect([b.next(), b.next(), b.next()]).toEqual(seqA)
    expect(createRng(2).next()).not.toBe(seqA[0])
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true)
  })

  it('applies errorRate with the seeded sequence', () => {
    const run = () => {
      const f = new FaultInjector(123)
      f.replace([{ path: '/x', errorRate: 0.5 }])
      return Array.from({ length: 20 }, () => f.decide('GET', '/x')?.error)
    }
    const first = run()
    expect(run()).toEqual(first)
    expect(first).toContain(true)
    expect(first).toContain(false)
  })
})

describe('/__admin/faults', () => {
  it('starts empty, replaces rules, clears them', async () => {
    const empty = await t.app.inject({ url: '/__admin/faults' })
    expect(empty.json<FaultState>()).toEqual({ rules: [], seed: 7 })
    const put = await putFaults([{ path: '/api/v1/cities', errorRate: 1 }, { id: 'slow', method: 'get', path: '/api/v1/catalogue/*', latencyMs: 5, times: 2 }])
    expect(put.statusCode).toBe(200)
    expect(put.json<FaultState>().rules).toEqual([
      { id: 'rule-1', path: '/api/v1/cities', errorRate: 1, remaining: null, hits: 0 },
      { id: 'slow', method: 'GET', path: '/api/v1/catalogue/*', latencyMs: 5, times: 2, remaining: 2, hits: 0 },
    ])
    const del = await t.app.inject({ method: 'DELETE', url: '/__admin/faults' })
    expect(del.statusCode).toBe(204)
    expect((await t.app.inject({ url: '/__admin/faults' })).json<FaultState>().rules).toEqual([])
  })

  it('validates rules', async () => {
    const problem = expectProblem(await putFaults([{ path: 'no-slash', errorRate: 2 }]), 400, 'VALIDATION_FAILED')
    expect(problem.errors?.map((e) => e.field).sort()).toEqual(['rules[0].errorRate', 'rules[0].path'])
    expectProblem(await putFaults([{ path: '/x', explode: true }]), 400, 'UNKNOWN_FIELD')
  })

  it('errorRate 1 answers 503 FAULT_INJECTED without running the handler', async () => {
    await putFaults([{ method: 'POST', path: '/api/v1/me/addresses', errorRate: 1 }])
    const { accessToken } = await login(t.app)
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/addresses',
      headers: bearer(accessToken),
      payload: { label: '家', recipient: '王大友', mobile: '13757179050', region: '浙江省杭州市', detail: '文三路 1 号' },
    })
    const problem = expectProblem(res, 503, 'FAULT_INJECTED')
    expect(problem.detail).toContain('稍后再试')
    expect(res.headers['retry-after']).toBe('1')
    const count = t.app.sandbox.db.prepare("SELECT COUNT(*) AS n FROM addresses WHERE user_id = 'u100001'").get() as { n: number }
    expect(count.n).toBe(1) // only the seeded one
    // Other methods and paths are untouched.
    expect((await t.app.inject({ url: '/api/v1/me/addresses', headers: bearer(accessToken) })).statusCode).toBe(200)
    expect((await cities()).statusCode).toBe(200)
  })

  it('times: applies to the next N matches only', async () => {
    await putFaults([{ path: '/api/v1/cities', errorRate: 1, times: 2 }])
    expect((await cities()).statusCode).toBe(503)
    expect((await cities()).statusCode).toBe(503)
    expect((await cities()).statusCode).toBe(200)
    const state = (await t.app.inject({ url: '/__admin/faults' })).json<FaultState>()
    expect(state.rules[0]).toMatchObject({ remaining: 0, hits: 2 })
  })

  it('adds latency', async () => {
    await putFaults([{ path: '/api/v1/cities', latencyMs: 60 }])
    const started = Date.now()
    expect((await cities()).statusCode).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(55)
  })

  it('drops the response after the handler committed its write (inject)', async () => {
    const { accessToken } = await login(t.app)
    await putFaults([{ method: 'POST', path: '/api/v1/me/addresses', dropRate: 1, times: 1 }])
    const send = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/me/addresses',
        headers: bearer(accessToken),
        payload: { label: '父母家', recipient: '王建国', mobile: '13957112345', region: '浙江省杭州市', detail: '湖墅南路 88 号' },
      })
    await expect(send()).rejects.toMatchObject({ code: 'LIGHT_ECONNRESET' })
    const rows = t.app.sandbox.db.prepare("SELECT label FROM addresses WHERE user_id = 'u100001' ORDER BY rowid").all()
    expect(rows).toEqual([{ label: '家' }, { label: '父母家' }])
    // The rule was for one request only: the retry is answered (and creates a second copy,
    // which is what non-idempotent endpoints do; money endpoints will use Idempotency-Key).
    expect((await send()).statusCode).toBe(201)
  })

  it('drops the response on a real socket too', async () => {
    const { accessToken } = await login(t.app)
    await putFaults([{ method: 'DELETE', path: '/api/v1/me/addresses/*', dropRate: 1 }])
    const url = await t.app.listen({ port: 0, host: '127.0.0.1' })
    await expect(
      fetch(`${url}/api/v1/me/addresses/addr_seed-resident-home`, { method: 'DELETE', headers: bearer(accessToken) }),
    ).rejects.toThrow()
    const row = t.app.sandbox.db.prepare("SELECT id FROM addresses WHERE id = 'addr_seed-resident-home'").get()
    expect(row).toBeUndefined()
  })

  it('never applies to /__admin, so faults can always be switched off', async () => {
    expect((await putFaults([{ path: '/*', errorRate: 1 }])).statusCode).toBe(200)
    expect((await cities()).statusCode).toBe(503)
    expect((await t.app.inject({ url: '/__admin/faults' })).statusCode).toBe(200)
    const reset = await t.app.inject({ method: 'POST', url: '/__admin/reset-faults' })
    expect(reset.json<FaultState>()).toEqual({ rules: [], seed: 7 })
    expect((await cities()).statusCode).toBe(200)
  })

  it('reset-faults restarts the random sequence', async () => {
    const pattern = async () => {
      await putFaults([{ path: '/api/v1/cities', errorRate: 0.5 }])
      const statuses: number[] = []
      for (let i = 0; i < 12; i += 1) statuses.push((await cities()).statusCode)
      await t.app.inject({ method: 'POST', url: '/__admin/reset-faults' })
      return statuses
    }
    const first = await pattern()
    expect(first).toContain(503)
    expect(first).toContain(200)
    expect(await pattern()).toEqual(first)
  })

  it('answers only loopback clients', async () => {
    for (const remoteAddress of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) {
      expect((await t.app.inject({ url: '/__admin/faults', remoteAddress })).statusCode).toBe(200)
    }
    expectProblem(await t.app.inject({ url: '/__admin/faults', remoteAddress: '192.168.1.20' }), 404, 'ADMIN_DISABLED')
    expectProblem(await t.app.inject({ method: 'PUT', url: '/__admin/clock', remoteAddress: '10.0.0.1', payload: { offsetMs: 1 } }), 404, 'ADMIN_DISABLED')
    expectProblem(await t.app.inject({ url: '/__admin/nothing', remoteAddress: '10.0.0.1' }), 404, 'ADMIN_DISABLED')
    expectProblem(await t.app.inject({ url: '/__admin/nothing' }), 404, 'ROUTE_NOT_FOUND')
  })
})

describe('/__admin/clock', () => {
  it('shifts the injected clock: tokens expire when the offset passes 15 minutes', async () => {
    const start = t.clock.now()
    const initial = (await t.app.inject({ url: '/__admin/clock' })).json<ClockState>()
    expect(initial).toEqual({ offsetMs: 0, now: new Date(start).toISOString() })
    const { accessToken } = await login(t.app)
    const put = await t.app.inject({ method: 'PUT', url: '/__admin/clock', payload: { offsetMs: 16 * 60 * 1000 } })
    expect(put.json<ClockState>()).toEqual({ offsetMs: 960000, now: new Date(start + 960000).toISOString() })
    expectProblem(await t.app.inject({ url: '/api/v1/me', headers: bearer(accessToken) }), 401, 'TOKEN_EXPIRED')
    await t.app.inject({ method: 'PUT', url: '/__admin/clock', payload: { offsetMs: 0 } })
    expect((await t.app.inject({ url: '/api/v1/me', headers: bearer(accessToken) })).json<Me>().personaId).toBe('resident')
  })

  it('rejects a non-integer offset', async () => {
    expectProblem(await t.app.inject({ method: 'PUT', url: '/__admin/clock', payload: { offsetMs: '60000' } }), 400, 'VALIDATION_FAILED')
  })
})
