// The bad-input sweep: garbage at every route of /openapi.json (API, rails and admin), with and
// without a token. Nothing a client can send may produce a 5xx; every error is problem+json with a
// request id. Run by mock/test/security.test.ts, which prints the counts.
import type { InjectOptions } from 'fastify'
import type { SandboxServer } from '../server'
import { SEEDED_FEE_CODES } from '../domains/fees/seed'
import { SEEDED_DECISIONS } from '../domains/fines/seed'
import { login } from './helpers'

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
  '?city=330100&type=water',
  '?city=330100&type=heat',
  '?status=unpaid',
  '?status=open&page=0',
  '?status=finished&page=2&pageSize=50',
  '?status=all&pageSize=1e9',
  '?return=javascript:alert(1)',
  '?return=//evil.example/x',
  `?return=${'%2F'.repeat(3000)}`,
]

const PARAM_VALUES = [
  '%00',
  '..%2F..%2Fetc%2Fpasswd',
  'x'.repeat(300),
  '%F0%9F%98%80',
  '%ED%A0%80',
  'addr_' + 'y'.repeat(60),
  '%20',
  'null',
  'pay_' + 'z'.repeat(40),
  'pay_nope',
  'bill_nope',
  'ha_nope',
  'ck_nope',
  'ha_seed-elder-gas',
  'veh_seed-elder-car',
  'vio_seed-resident-4',
  SEEDED_DECISIONS.running,
  SEEDED_DECISIONS.paid,
  SEEDED_FEE_CODES.expired,
  '3300002611000000000%20',
]

/** Idempotency-Key header values (sent to every route; only POST /payments reads it). */
const IDEMPOTENCY_KEYS = ['fuzz-key-0001', '', ' ', 'short', 'k'.repeat(65), 'k'.repeat(5000), '../../etc/passwd', "' OR 1=1 --", 'a,b,c,d,e,f,g,h']

/** Well-shaped bodies with hostile values, so the fuzz reaches past schema validation into handlers. */
const WEIRD_STRINGS = ['', ' ', '%', "' OR 1=1 --", '😀'.repeat(8), '\u0000', 'bill_' + 'q'.repeat(40), '3'.repeat(32), 'WZ00000000', 'prepay_id=wx1']
const DEEP_BODIES: Record<string, object[]> = {
  '/api/v1/payments': [
    ...WEIRD_STRINGS.map((id) => ({ items: [{ kind: 'bill', id }], channel: 'h5' })),
    { items: [{ kind: 'bill', id: 'bill_a' }, { kind: 'bill', id: 'bill_a' }], channel: 'weapp' },
    { items: Array.from({ length: 20 }, (_, i) => ({ kind: 'bill', id: `bill_${i}` })), channel: 'alipay' },
    { items: [{ kind: 'fine', id: 'x' }], channel: 'h5' },
    { items: [{ kind: 'fine', id: 'vio_seed-resident-4' }], channel: 'h5' },
    { items: [{ kind: 'fine', id: 'vio_seed-decision-1' }, { kind: 'fee', id: SEEDED_FEE_CODES.expired }], channel: 'weapp' },
    ...WEIRD_STRINGS.map((id) => ({ items: [{ kind: 'fee', id }], channel: 'alipay' })),
  ],
  '/api/v1/fines/vehicles': WEIRD_STRINGS.flatMap((value) => [
    { plate: value || '浙', plateType: '02', checkDigits: value || 'x' },
    { plate: '浙A1B55T', plateType: value || '0', checkDigits: 'A12345' },
    { plate: '浙AD12345', plateType: '52', checkDigits: value || '1' },
    { plate: `沪${value}`, plateType: '52', checkDigits: '3'.repeat(32) },
  ]),
  '/__admin/fines/violations': WEIRD_STRINGS.map((plate) => ({ plate: plate || '浙', receivedDaysAgo: 3650, fineFen: 100_000_000 })),
  '/api/v1/utilities/accounts/lookup': WEIRD_STRINGS.flatMap((accountNumber) => [
    { providerId: '330100-water-1', accountNumber },
    { providerId: '330300-gas-1', accountNumber },
    { providerId: '330100-water-99', accountNumber },
  ]),
  '/api/v1/utilities/accounts': WEIRD_STRINGS.map((accountNumber) => ({ providerId: '330200-gas-1', accountNumber, label: accountNumber || '家' })),
  '/rails/wechat/pay': WEIRD_STRINGS.map((value) => ({ package: `prepay_id=wx${value}`, outcome: 'cancel' })),
  '/rails/alipay/pay': WEIRD_STRINGS.map((tradeNO) => ({ tradeNO: tradeNO || 'x', outcome: 'fail' })),
  '/rails/cashier/pay': WEIRD_STRINGS.map((cashierToken) => ({ cashierToken: cashierToken || 'x' })),
  '/__admin/utilities/bills': WEIRD_STRINGS.map((accountNumber) => ({
    providerId: '330100-water-1',
    accountNumber,
    period: '2030-13',
    amountFen: 1,
    dueDate: '2030-02-30',
  })),
}

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

export interface SweepFailure {
  request: string
  status: number
  body: string
}

export interface SweepRoute {
  method: string
  /** Fastify pattern, e.g. /api/v1/payments/:id */
  url: string
  body?: unknown
  hasHeaders: boolean
}

export interface SweepResult {
  routes: number
  sent: number
  byStatus: Record<string, number>
  failures: SweepFailure[]
}

/** Every operation of the OpenAPI document, as Fastify patterns ({id} → :id). */
export async function routesFromOpenApi(app: SandboxServer): Promise<SweepRoute[]> {
  const doc = (await app.inject({ url: '/openapi.json' })).json<{
    paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: unknown }> }; parameters?: Array<{ in: string }> }>>
  }>()
  const out: SweepRoute[] = []
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const upper = method.toUpperCase()
      if (upper === 'HEAD' || upper === 'OPTIONS') continue
      out.push({
        method: upper,
        url: path.replace(/\{([a-zA-Z]+)\}/g, ':$1'),
        body: operation.requestBody?.content?.['application/json']?.schema,
        hasHeaders: (operation.parameters ?? []).some((p) => p.in === 'header'),
      })
    }
  }
  // Logging out last keeps the token useful for the other routes.
  return out.sort((a, b) => Number(a.url.endsWith('/sessions/current')) - Number(b.url.endsWith('/sessions/current')))
}

/** Sends the sweep at every route and collects what broke the rules. */
export async function runBadInputSweep(app: SandboxServer): Promise<SweepResult> {
  const failures: SweepFailure[] = []
  const byStatus: Record<string, number> = {}
  let sent = 0
  const hit = async (options: InjectOptions) => {
    let res
    try {
      res = await app.inject(options)
    } catch (error) {
      // light-my-request itself refuses some inputs (e.g. invalid header characters): not our answer.
      if (error instanceof TypeError || (error as { code?: string }).code === 'ERR_INVALID_CHAR') return
      throw error
    }
    sent += 1
    byStatus[String(res.statusCode)] = (byStatus[String(res.statusCode)] ?? 0) + 1
    const label = `${options.method} ${String(options.url).slice(0, 120)} ${JSON.stringify(options.payload ?? '').slice(0, 80)}`
    if (res.statusCode >= 500) failures.push({ request: label, status: res.statusCode, body: res.body.slice(0, 300) })
    if (res.statusCode >= 400 && options.method !== 'HEAD' && !String(res.headers['content-type']).startsWith('application/problem+json')) {
      failures.push({ request: label, status: res.statusCode, body: `not problem+json: ${res.headers['content-type']}` })
    }
    if (!res.headers['x-request-id']) failures.push({ request: label, status: res.statusCode, body: 'no x-request-id' })
    // Keep faults and the clock untouched whatever the admin routes were sent.
    app.sandbox.faults.reset()
    app.sandbox.clock.setOffset(0)
  }
  const routes = await routesFromOpenApi(app)
  for (const route of routes) {
    const token = (await login(app)).accessToken
    for (const auth of [{}, { authorization: `Bearer ${token}` }, { authorization: 'Bearer \u00ff\u00fe' }, { authorization: 'Bearer' }]) {
      const send = (options: InjectOptions) => hit({ ...options, headers: { ...auth, ...(options.headers ?? {}) } })
      const url = concrete(route.url)
      const method = route.method as InjectOptions['method']
      for (const body of JSON_BODIES) await send({ method, url, payload: body, headers: { 'content-type': 'application/json' } })
      for (const body of bodiesFromSchema(route.body)) await send({ method, url, payload: body })
      for (const type of CONTENT_TYPES) await send({ method, url, payload: 'a=1&b=2', headers: { 'content-type': type } })
      for (const query of QUERIES) await send({ method, url: url + query })
      for (const param of PARAM_VALUES) if (route.url.includes(':')) await send({ method, url: concrete(route.url, param) })
      // Header variants only where a header is declared (POST /payments reads Idempotency-Key).
      if (route.hasHeaders) {
        for (const key of IDEMPOTENCY_KEYS) {
          for (const body of [{}, ...(DEEP_BODIES[route.url] ?? []).slice(0, 3)]) {
            await send({ method, url, payload: body, headers: { 'idempotency-key': key } })
          }
        }
      }
      for (const body of DEEP_BODIES[route.url] ?? []) await send({ method, url, payload: body, headers: { 'idempotency-key': 'fuzz-key-0002' } })
      await send({ method, url, headers: { 'x-request-id': 'x'.repeat(500), accept: 'text/html' } })
    }
  }
  return { routes: routes.length, sent, byStatus, failures }
}

/** Routes the sweep must reach (a route missing from /openapi.json would escape it). */
export const MUST_COVER = [
  '/api/v1/me/addresses/:id',
  '/api/v1/catalogue/items',
  '/__admin/faults',
  '/api/v1/utilities/providers',
  '/api/v1/utilities/accounts/lookup',
  '/api/v1/utilities/accounts',
  '/api/v1/utilities/accounts/:id',
  '/api/v1/utilities/accounts/:id/bills',
  '/api/v1/utilities/bills/:id',
  '/api/v1/payments',
  '/api/v1/payments/:id',
  '/api/v1/payments/:id/cancel',
  '/api/v1/payments/:id/receipt',
  '/rails/wechat/pay',
  '/rails/alipay/pay',
  '/rails/cashier/pay',
  '/rails/cashier/:cashierToken',
  '/__admin/utilities/bills',
  '/__admin/utilities/bills/:id/paid-elsewhere',
  '/__admin/utilities/unbound-accounts',
  '/api/v1/fines/vehicle-rules',
  '/api/v1/fines/plate-types',
  '/api/v1/fines/vehicles',
  '/api/v1/fines/vehicles/:id',
  '/api/v1/fines/vehicles/:id/violations',
  '/api/v1/fines/violations/:id',
  '/api/v1/fines/decisions/:number',
  '/api/v1/fees/notices/:code',
  '/__admin/fines/violations',
  '/api/v1/cases/lookup',
  '/api/v1/auth/refresh',
]
