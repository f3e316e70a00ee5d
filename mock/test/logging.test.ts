// One log line per request with id, method, route, status and duration; never tokens, bodies,
// query strings or personal data.
import { Writable } from 'node:stream'
import type { SessionTokens } from '../../contract'
import { PERSONAS } from '../domains/auth/seed'
import { buildServer } from '../server'

interface LogLine {
  level: number
  msg: string
  requestId?: string
  method?: string
  route?: string
  path?: string
  status?: number
  durationMs?: number
  problem?: string
}

describe('request logging', () => {
  it('logs requests without secrets or personal data', async () => {
    const raw: string[] = []
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        raw.push(chunk.toString('utf8'))
        done()
      },
    })
    const app = await buildServer({ logger: { level: 'debug', stream } })

    const loginRes = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sessions',
      headers: { 'x-request-id': 'req-login' },
      payload: { channel: 'h5', code: 'resident:abc' },
    })
    const tokens = loginRes.json<SessionTokens>()
    const auth = { authorization: `Bearer ${tokens.accessToken}` }
    await app.inject({ url: '/api/v1/me', headers: { ...auth, 'x-request-id': 'req-me' } })
    await app.inject({
      method: 'POST',
      url: '/api/v1/me/addresses',
      headers: { ...auth, 'x-request-id': 'req-address' },
      payload: { label: '家', recipient: '赵丽华', mobile: '13811112222', region: '浙江省杭州市', detail: '学院路 77 号' },
    })
    await app.inject({ url: '/api/v1/catalogue/items?city=330100&q=13757179050', headers: { 'x-request-id': 'req-search' } })
    await app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      headers: { 'x-request-id': 'req-refresh' },
      payload: { refreshToken: tokens.refreshToken },
    })
    await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sessions',
      headers: { 'x-request-id': 'req-bad', 'content-type': 'application/json' },
      payload: '{"code": "13757179050",',
    })
    await app.inject({ url: `/api/v1/no/${tokens.accessToken}`, headers: { 'x-request-id': 'req-404' } })
    await app.close()

    const text = raw.join('')
    const lines = text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as LogLine)
    const requestLines = lines.filter((l) => l.msg === 'request')

    // One line per request, with the id, the route pattern, status and duration.
    expect(requestLines.map((l) => l.requestId)).toEqual(['req-login', 'req-me', 'req-address', 'req-search', 'req-refresh', 'req-bad', 'req-404'])
    expect(requestLines[1]).toMatchObject({ method: 'GET', route: '/api/v1/me', status: 200 })
    expect(requestLines[2]).toMatchObject({ method: 'POST', route: '/api/v1/me/addresses', status: 201 })
    expect(requestLines[3]).toMatchObject({ route: '/api/v1/catalogue/items', status: 200 })
    expect(requestLines[5]).toMatchObject({ status: 400, problem: 'MALFORMED_BODY' })
    expect(requestLines[6]).toMatchObject({ status: 404, problem: 'ROUTE_NOT_FOUND', path: '/api/v1/no/:redacted' })
    for (const line of requestLines) expect(typeof line.durationMs).toBe('number')

    // Nothing secret or personal anywhere in the log.
    const forbidden = [
      tokens.accessToken,
      tokens.refreshToken,
      'Bearer',
      'authorization',
      '?city',
      'q=',
      '赵丽华',
      '13811112222',
      '学院路',
      '13757179050',
      '9050',
      '大友',
      tokens.user.idNumber,
      ...PERSONAS.flatMap((p) => [p.name, p.idNumber, p.mobile]),
    ]
    for (const secret of forbidden) expect([secret, text.includes(secret)]).toEqual([secret, false])
  })
})
