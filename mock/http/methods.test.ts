// Every route the apps call must use a method BOTH mini-program platforms document:
// wx.request: OPTIONS, GET, HEAD, POST, PUT, DELETE, TRACE, CONNECT (miniprogram-api-typings
// RequestOption.method); my.request: GET, POST, PUT, DELETE (opendocs.alipay.com my.request).
// PATCH, for one, does not exist on WeChat: a PATCH route cannot be called from a phone.
import { buildTestServer, type TestServer } from '../test/helpers'
import { API_PREFIX, RAILS_PREFIX } from './path'

const CALLABLE = ['GET', 'POST', 'PUT', 'DELETE']

let t: TestServer
beforeAll(async () => {
  t = await buildTestServer()
}, 20_000)
afterAll(async () => {
  await t.app.close()
}, 10_000)

describe('methods of the routes the apps call', () => {
  it('are all GET, POST, PUT or DELETE in the router (HEAD only as the automatic twin of a GET)', () => {
    const routes = t.app.sandbox.routes.routes.filter((r) => r.url.startsWith(`${API_PREFIX}/`) || r.url.startsWith(`${RAILS_PREFIX}/`))
    expect(routes.length).toBeGreaterThan(20)
    const gets = new Set(routes.filter((r) => r.method === 'GET').map((r) => r.url))
    const outside = routes.filter((r) => !CALLABLE.includes(r.method) && !(r.method === 'HEAD' && gets.has(r.url))).map((r) => `${r.method} ${r.url}`)
    expect(outside).toEqual([])
  }, 10_000)

  it('are all GET, POST, PUT or DELETE in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ url: '/openapi.json' })).json<{ paths: Record<string, Record<string, unknown>> }>()
    const operations = Object.entries(doc.paths)
      .filter(([path]) => path.startsWith(`${API_PREFIX}/`))
      .flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`))
    expect(operations.length).toBeGreaterThan(20)
    expect(operations.filter((op) => !CALLABLE.includes(op.split(' ')[0]))).toEqual([])
  }, 10_000)
})
