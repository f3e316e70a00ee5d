// Every shared error code, the problem+json shape and request ids.
import { CommonProblemCodes } from '../../contract'
import { bearer, buildTestServer, expectProblem, login, type TestServer } from './helpers'

let t: TestServer
beforeAll(async () => {
  t = await buildTestServer({ bodyLimit: 1024 })
})
afterAll(async () => {
  await t.app.close()
})

const session = (payload: string, contentType = 'application/json') =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/sessions', payload, headers: { 'content-type': contentType } })

describe('problem details', () => {
  it('have the RFC 9457 shape, a request id and the path without the query string', async () => {
    const res = await t.app.inject({ url: '/api/v1/catalogue/items?city=abc&q=secret' })
    const problem = expectProblem(res, 400, 'VALIDATION_FAILED')
    expect(problem.type).toBe('urn:city-services:problem:validation-failed')
    expect(problem.instance).toBe('/api/v1/catalogue/items')
    expect(JSON.stringify(problem)).not.toContain('secret')
  })

  it('MALFORMED_BODY for unparsable or empty JSON', async () => {
    expectProblem(await session('{"channel": "h5",'), 400, 'MALFORMED_BODY')
    expectProblem(await session(''), 400, 'MALFORMED_BODY')
    expectProblem(await session('{"__proto__": {"admin": true}}'), 400, 'MALFORMED_BODY')
  })

  it('UNKNOWN_FIELD names the field, also nested in query strings', async () => {
    const problem = expectProblem(await session(JSON.stringify({ channel: 'h5', code: 'x', remember: true })), 400, 'UNKNOWN_FIELD')
    expect(problem.errors).toEqual([{ field: 'remember', code: 'UNKNOWN_FIELD', message: '不支持字段“remember”，请删除后重新提交' }])
    expect(problem.detail).toContain('remember')
  })

  it('VALIDATION_FAILED lists wrong type, missing and pattern errors in Chinese', async () => {
    const { accessToken } = await login(t.app)
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/addresses',
      headers: bearer(accessToken),
      payload: { label: 7, recipient: '张三', mobile: '1234', region: '浙江省杭州市' },
    })
    const problem = expectProblem(res, 400, 'VALIDATION_FAILED')
    const byField = Object.fromEntries((problem.errors ?? []).map((e) => [e.field, e]))
    expect(byField.label).toEqual({ field: 'label', code: 'TYPE', message: '地址标签的格式不正确，应为文本' })
    expect(byField.detail).toEqual({ field: 'detail', code: 'REQUIRED', message: '请填写详细地址' })
    expect(byField.mobile).toEqual({ field: 'mobile', code: 'PATTERN', message: '请输入以 1 开头的 11 位手机号码' })
    expect(problem.detail).toMatch(/共 3 处需要修改/)
  })

  it('VALIDATION_FAILED when the body is not an object (no coercion)', async () => {
    for (const body of ['[]', 'null', '"h5"', '42', 'true']) {
      const problem = expectProblem(await session(body), 400, 'VALIDATION_FAILED')
      expect(problem.errors?.[0]).toMatchObject({ field: 'body', code: 'TYPE' })
    }
    // "1" is not coerced to a string field and 1 is not coerced to "1".
    const problem = expectProblem(await session(JSON.stringify({ channel: 'h5', code: 123 })), 400, 'VALIDATION_FAILED')
    expect(problem.errors?.[0]).toMatchObject({ field: 'code', code: 'TYPE' })
  })

  it('UNSUPPORTED_MEDIA_TYPE for anything but JSON', async () => {
    expectProblem(await session('channel=h5&code=x', 'application/x-www-form-urlencoded'), 415, 'UNSUPPORTED_MEDIA_TYPE')
    expectProblem(await session('hello', 'text/plain'), 415, 'UNSUPPORTED_MEDIA_TYPE')
    expectProblem(await session('<a/>', 'application/xml'), 415, 'UNSUPPORTED_MEDIA_TYPE')
  })

  it('PAYLOAD_TOO_LARGE above the body limit', async () => {
    expectProblem(await session(JSON.stringify({ channel: 'h5', code: 'x'.repeat(5000) })), 413, 'PAYLOAD_TOO_LARGE')
  })

  it('ROUTE_NOT_FOUND and METHOD_NOT_ALLOWED (with Allow)', async () => {
    expectProblem(await t.app.inject({ url: '/api/v1/nothing-here' }), 404, 'ROUTE_NOT_FOUND')
    expectProblem(await t.app.inject({ url: '/' }), 404, 'ROUTE_NOT_FOUND')
    const res = await t.app.inject({ method: 'PUT', url: '/api/v1/me/addresses/addr_x' })
    expectProblem(res, 405, 'METHOD_NOT_ALLOWED')
    expect(res.headers.allow).toBe('DELETE, GET, HEAD')
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/auth/refresh' }), 405, 'METHOD_NOT_ALLOWED')
  })

  it('MALFORMED_URL for broken percent-encoding', async () => {
    expectProblem(await t.app.inject({ url: '/api/v1/catalogue/items/%E0%A4%A' }), 400, 'MALFORMED_URL')
  })

  it('ADMIN_DISABLED when the server runs without admin', async () => {
    expectProblem(await t.app.inject({ url: '/__admin/faults' }), 404, 'ADMIN_DISABLED')
    expectProblem(await t.app.inject({ method: 'PUT', url: '/__admin/clock', payload: { offsetMs: 1 } }), 404, 'ADMIN_DISABLED')
  })

  it('every common code is exercised somewhere in the suite', () => {
    // Guards the list in the contract against drift: these are the codes the client can rely on.
    expect([...CommonProblemCodes].sort()).toEqual(
      [
        'ADMIN_DISABLED', 'FAULT_INJECTED', 'FORBIDDEN_RESOURCE', 'INTERNAL_ERROR', 'MALFORMED_BODY', 'METHOD_NOT_ALLOWED',
        'NOT_FOUND', 'PAYLOAD_TOO_LARGE', 'ROUTE_NOT_FOUND', 'TOKEN_EXPIRED', 'TOKEN_INVALID', 'TOKEN_MISSING',
        'UNKNOWN_FIELD', 'UNSUPPORTED_MEDIA_TYPE', 'VALIDATION_FAILED',
      ].sort(),
    )
  })
})

describe('request ids', () => {
  it('echoes a well-formed x-request-id and generates one otherwise', async () => {
    const given = await t.app.inject({ url: '/api/v1/cities', headers: { 'x-request-id': 'client-42.a_b' } })
    expect(given.headers['x-request-id']).toBe('client-42.a_b')
    const generated = await t.app.inject({ url: '/api/v1/cities' })
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
    const injected = await t.app.inject({ url: '/api/v1/cities', headers: { 'x-request-id': 'bad id\n{"x":1}' } })
    expect(injected.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
    const problem = await t.app.inject({ url: '/api/v1/nope', headers: { 'x-request-id': 'trace-1' } })
    expect(problem.json<{ requestId: string }>().requestId).toBe('trace-1')
  })
})
