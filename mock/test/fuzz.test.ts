// Nothing a client can send produces a 5xx: garbage at every route, with and without a token.
import type { InjectOptions } from 'fastify'
import type { RegisteredRoute } from '../http/route-index'
import { buildTestServer, login, type TestServer } from './helpers'

let t: TestServer
beforeAll(async () => {
  t = await buildTestServer({ admin: true })
})
afterAll(async () => {
  await t.app.close()
})

const JSON_BODIES: string[] = [
  '',
  '{',
  '}',
  '{"a":',
  '[]',
  '[{}]',
  'null',
  'true',
  '0',
  '-0',
  '1e309',
  '"string"',
  '{}',
  '{"__proto__":{"isAdmin":true}}',
  '{"constructor":{"prototype":{"isAdmin":true}}}',
  '\ufeff{}',
  '{"a":"\\ud800"}',
  '{"a":"\\u0000"}',
  '{"a":1,"a":2}',
  `{"x":"${'长'.repeat(20000)}"}`,
  `${'['.repeat(5000)}${']'.repeat(5000)}`,
  `{"a":${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}}`,
  'NaN',
  "{'single':'quotes'}",
]

const WEIRD_VALUES: unknown[] = [
  null,
  [],
  {},
  true,
  0,
  -1,
  1.5,
  1e308,
  '',
  ' ',
  'x'.repeat(100_000),
  '\u0000',
  '\u202e\u200b\ufeff',
  '😀'.repeat(50),
  '\ud800',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '../../etc/passwd',
  { nested: { deep: [1, 2, 3] } },
]

const CONTENT_TYPES = [
  'text/plain',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=latin1',
  'application/json;;;',
  'a/b/c',
  'application/octet-stream',
]

const QUERIES = [
  '?city[]=330100',
  '?city=330100&city=330200',
  '?city=330100&page=-1',
  '?city=330100&page=1e3',
  '?city=330100&pageSize=NaN',
  '?city=330100&page=99999999999999999999',
  '?city=330100&q=%00',
  "?city=330100&q=' OR 1=1 --",
  '?city=330100&q=%F0%9F%98%80',
  '?city=330100&q=%ED%A0%80',
  '?city=330100&q=%zz',
  '?city=%zz',
  '?__proto__[x]=1&constructor=1',
  `?city=330100&q=${'a'.repeat(5000)}`,
  '?city=330100&audience[]=personal',
  '?city=&page=&pageSize=',
  '?city=330100&theme=%E5%A9%9A&department=330100-mzj',
]

const PARAM_VALUES = ['%00', '..%2F..%2Fetc%2Fpasswd', 'x'.repeat(300), '%F0%9F%98%80', '%ED%A0%80', 'addr_' + 'y'.repeat(60), '%20', 'null']

function concrete(url: string, param = 'x'): string {
  return url.replace(/:[a-zA-Z]+/g, param)
}

function bodiesFromSchema(schema: unknown): object[] {
  const properties = (schema as { properties?: Record<string, unknown> } | undefined)?.properties
  if (!properties) return []
  const keys = Object.keys(properties)
  const out: object[] = []
  for (const value of WEIRD_VALUES) {
    out.push(Object.fromEntries(keys.map((k) => [k, value])))
    for (const k of keys) out.push({ [k]: value })
  }
  return out
}

interface Failure {
  request: string
  status: number
  body: string
}

async function hit(options: InjectOptions, failures: Failure[]): Promise<void> {
  let res
  try {
    res = await t.app.inject(options)
  } catch (error) {
    // light-my-request itself refuses some inputs (e.g. invalid header characters): not our answer.
    if (error instanceof TypeError || (error as { code?: string }).code === 'ERR_INVALID_CHAR') return
    throw error
  }
  const label = `${options.method} ${String(options.url).slice(0, 120)} ${JSON.stringify(options.payload ?? '').slice(0, 80)}`
  if (res.statusCode >= 500) failures.push({ request: label, status: res.statusCode, body: res.body.slice(0, 300) })
  if (res.statusCode >= 400 && options.method !== 'HEAD' && !String(res.headers['content-type']).startsWith('application/problem+json')) {
    failures.push({ request: label, status: res.statusCode, body: `not problem+json: ${res.headers['content-type']}` })
  }
  if (!res.headers['x-request-id']) failures.push({ request: label, status: res.statusCode, body: 'no x-request-id' })
  // Keep faults and the clock untouched whatever the admin routes were sent.
  t.app.sandbox.faults.reset()
  t.app.sandbox.clock.setOffset(0)
}

function fuzzableRoutes(): RegisteredRoute[] {
  return t.app.sandbox.routes.routes
    .filter((r) => !r.hidden && r.method !== 'HEAD' && r.method !== 'OPTIONS' && !r.url.includes('*'))
    // Logging out last keeps the token useful for the other routes.
    .sort((a, b) => Number(a.url.endsWith('/sessions/current')) - Number(b.url.endsWith('/sessions/current')))
}

describe('fuzz: no 5xx for client input', () => {
  it('covers every API and admin route', () => {
    const urls = new Set(fuzzableRoutes().map((r) => r.url))
    expect(urls).toContain('/api/v1/me/addresses/:id')
    expect(urls).toContain('/api/v1/catalogue/items')
    expect(urls).toContain('/__admin/faults')
    expect(urls.size).toBeGreaterThanOrEqual(14)
  })

  it('survives garbage at every route', async () => {
    const failures: Failure[] = []
    let sent = 0
    for (const route of fuzzableRoutes()) {
      const token = (await login(t.app)).accessToken
      for (const auth of [{}, { authorization: `Bearer ${token}` }, { authorization: 'Bearer \u00ff\u00fe' }, { authorization: 'Bearer' }]) {
        const send = async (options: InjectOptions) => {
          sent += 1
          await hit({ ...options, headers: { ...auth, ...(options.headers ?? {}) } }, failures)
        }
        const url = concrete(route.url)
        const method = route.method as InjectOptions['method']
        for (const body of JSON_BODIES) await send({ method, url, payload: body, headers: { 'content-type': 'application/json' } })
        for (const body of bodiesFromSchema(route.schema?.body)) await send({ method, url, payload: body })
        for (const type of CONTENT_TYPES) await send({ method, url, payload: 'a=1&b=2', headers: { 'content-type': type } })
        for (const query of QUERIES) await send({ method, url: url + query })
        for (const param of PARAM_VALUES) if (route.url.includes(':')) await send({ method, url: concrete(route.url, param) })
        await send({ method, url, headers: { 'x-request-id': 'x'.repeat(500), accept: 'text/html' } })
      }
    }
    expect(sent).toBeGreaterThan(2000)
    expect(failures).toEqual([])
  })
})
