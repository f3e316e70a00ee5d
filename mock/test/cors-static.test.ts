import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib'
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

const HASHED_JS = `console.log(${JSON.stringify('城市服务 '.repeat(200))})`

describe('serving a built H5 app (staticDir)', () => {
  let dir: string
  let app: SandboxServer
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sandbox-h5-'))
    mkdirSync(join(dir, 'js'))
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>城市服务</title><div id="app"></div>')
    writeFileSync(join(dir, 'js', 'app.js'), 'console.log("app")')
    // A hashed asset with the compressed copies the H5 build writes beside it (config/precompress.ts).
    writeFileSync(join(dir, 'js', 'app.1a2b3c4d.js'), HASHED_JS)
    writeFileSync(join(dir, 'js', 'app.1a2b3c4d.js.br'), brotliCompressSync(HASHED_JS))
    writeFileSync(join(dir, 'js', 'app.1a2b3c4d.js.gz'), gzipSync(HASHED_JS))
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

  it('sends hashed assets compressed and cached for a year, index.html revalidated every time', async () => {
    const br = await app.inject({ url: '/js/app.1a2b3c4d.js', headers: { 'accept-encoding': 'gzip, deflate, br' } })
    expect(br.statusCode).toBe(200)
    expect(br.headers).toMatchObject({ 'content-encoding': 'br', 'cache-control': 'public, max-age=31536000, immutable', vary: expect.stringMatching(/accept-encoding/i) })
    expect(br.headers['content-type']).toMatch(/javascript/)
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(HASHED_JS)

    const gz = await app.inject({ url: '/js/app.1a2b3c4d.js', headers: { 'accept-encoding': 'gzip' } })
    expect(gz.headers).toMatchObject({ 'content-encoding': 'gzip', 'cache-control': 'public, max-age=31536000, immutable' })
    expect(gunzipSync(gz.rawPayload).toString()).toBe(HASHED_JS)

    const plain = await app.inject({ url: '/js/app.1a2b3c4d.js', headers: { 'accept-encoding': 'identity' } })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body).toBe(HASHED_JS)

    for (const url of ['/', '/index.html', '/pages/home/index']) {
      const res = await app.inject({ url, headers: { 'accept-encoding': 'gzip, br' } })
      expect({ url, status: res.statusCode, cache: res.headers['cache-control'] }).toEqual({ url, status: 200, cache: 'no-cache' })
    }
    // Not hashed: its content may change under the same name.
    expect((await app.inject({ url: '/js/app.js' })).headers['cache-control']).toBe('no-cache')
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
