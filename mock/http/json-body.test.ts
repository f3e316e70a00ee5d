// wx.request / my.request send `content-type: application/json` on every method by default, also
// on a DELETE without data: the sandbox must take that as "no body", not as malformed JSON.
import { bearer, buildTestServer, expectProblem, login, type TestServer } from '../test/helpers'

let t: TestServer
beforeAll(async () => {
  t = await buildTestServer()
}, 20_000)
afterAll(async () => {
  await t.app.close()
}, 10_000)

const JSON_HEADER = { 'content-type': 'application/json' }

describe('application/json bodies', () => {
  it('logout (DELETE, empty body, content-type application/json) revokes the session', async () => {
    const tokens = await login(t.app)
    const res = await t.app.inject({ method: 'DELETE', url: '/api/v1/auth/sessions/current', headers: { ...bearer(tokens.accessToken), ...JSON_HEADER }, payload: '' })
    expect(res.statusCode).toBe(204)
    // The token no longer works: the session was really revoked.
    expectProblem(await t.app.inject({ url: '/api/v1/me', headers: bearer(tokens.accessToken) }), 401, 'TOKEN_INVALID')
  }, 10_000)

  it('still refuses an empty or broken JSON body where a body is expected (POST/PUT)', async () => {
    expectProblem(await t.app.inject({ method: 'POST', url: '/api/v1/auth/sessions', headers: JSON_HEADER, payload: '' }), 400, 'MALFORMED_BODY')
    const tokens = await login(t.app)
    const broken = await t.app.inject({ method: 'DELETE', url: '/api/v1/auth/sessions/current', headers: { ...bearer(tokens.accessToken), ...JSON_HEADER }, payload: '{"a":' })
    expectProblem(broken, 400, 'MALFORMED_BODY')
    expectProblem(await t.app.inject({ method: 'POST', url: '/api/v1/auth/sessions', headers: JSON_HEADER, payload: '{"__proto__": {"admin": true}}' }), 400, 'MALFORMED_BODY')
  }, 10_000)
})
