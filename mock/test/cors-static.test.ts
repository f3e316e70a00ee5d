import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildServer, type SandboxServer } from '../server'
import { expectProblem } from './helpers'

describe('CORS for local dev servers', () => {
  let app: SandboxServer
  beforeAll(async () => {
    app = await buildServer()
  })
  afterAll(async () => {
    await app.close()
  })

  it('answers preflights from http://localhost:* and http://127.0.0.1:*', async () => {
    for (const origin of ['http://localhost:10086', 'http://127.0.0.1:5173', 'http://localhost']) {
      const res = await app.inject({
        method: 'OPTIONS',
        url: '/api/v1/me/addresses',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,idempotency-key,content-type',
        },
      })
      expect(res.statusCode).toBe(204)
      expect(res.headers['access-control-allow-origin']).toBe(origin)
      expect(String(res.headers['access-control-allow-headers']).toLowerCase()).toBe(
        'authorization, idempotency-key, content-type, x-request-id',
      )
      expect(res.headers['access-control-allow-methods']).toContain('DELETE')
    }
  })

  it('exposes headers on actual responses, problems included', async () => {
    const ok = await app.inject({ url: '/api/v1/cities', headers: { origin: 'http://localhost:10086' } })
    expect(ok.headers['access-control-allow-origin']).toBe('http://localhost:10086')
    expect(String(ok.headers['access-control-expose-headers']).toLowerCase()).toContain('x-request-id')
    const problem = await app.inject({ url: '/api/v1/me', headers: { origin: 'http://127.0.0.1:8080' } })
    expectProblem(problem, 401, 'TOKEN_MISSING')
    expect(problem.headers['access-control-allow-origin']).toBe('http://127.0.0.1:8080')
  })

  it('refuses other origins', async () => {
    for (const origin of ['https://evil.example', 'http://localhost.evil.example', 'https://localhost:10086', 'http://192.168.1.2:10086']) {
      const res = await app.inject({ url: '/api/v1/cities', headers: { origin } })
      expect(res.headers['access-control-allow-origin']).toBeUndefined()
    }
  })
})

describe('serving a built H5 app (staticDir)', () => {
  let dir: string
  let app: SandboxServer
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sandbox-h5-'))
    mkdirSync(join(dir, 'js'))
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>城市服务</title><div id="app"></div>')
    writeFileSync(join(dir, 'js', 'app.js'), 'console.log("app")')
    app = await buildServer({ staticDir: dir })
  })
  afterAll(async () => {
    await app.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('serves index.html, assets and the SPA fallback', async () => {
    const root = await app.inject({ url: '/' })
    expect(root.statusCode).toBe(200)
    expect(root.body).toContain('城市服务')
    const asset = await app.inject({ url: '/js/app.js' })
    expect(asset.statusCode).toBe(200)
    expect(asset.headers['content-type']).toMatch(/javascript/)
    for (const page of ['/pages/home/index', '/features/bills/pages/pay/index?id=1']) {
      const res = await app.inject({ url: page })
      expect(res.statusCode).toBe(200)
      expect(res.headers['content-type']).toMatch(/^text\/html/)
      expect(res.body).toContain('<div id="app">')
    }
  })

  it('keeps API errors as problems, not index.html', async () => {
    expectProblem(await app.inject({ url: '/api/v1/nothing' }), 404, 'ROUTE_NOT_FOUND')
    expectProblem(await app.inject({ url: '/api/v1/auth/refresh' }), 405, 'METHOD_NOT_ALLOWED')
    expectProblem(await app.inject({ url: '/__admin/faults' }), 404, 'ADMIN_DISABLED')
    expectProblem(await app.inject({ method: 'POST', url: '/pages/home/index', payload: {} }), 404, 'ROUTE_NOT_FOUND')
    expect((await app.inject({ url: '/api/v1/cities' })).statusCode).toBe(200)
    expect((await app.inject({ url: '/openapi.json' })).json<{ openapi: string }>().openapi).toBe('3.1.0')
  })
})
