import type { Me, PersonaList, SessionTokens } from '../../../contract'
import { isValidCreditCode } from '../../../contract/rules/credit-code'
import { isValidIdNumber } from '../../../contract/rules/id-number'
import { hashToken } from '../../lib/tokens'
import { bearer, buildTestServer, expectProblem, login, type TestServer } from '../../test/helpers'
import { REFRESH_GRACE_MS } from './repo'
import { PERSONAS } from './seed'

const MIN = 60 * 1000
const DAY = 24 * 60 * MIN

let t: TestServer
beforeEach(async () => {
  t = await buildTestServer()
})
afterEach(async () => {
  await t.app.close()
})

const me = (token: string) => t.app.inject({ url: '/api/v1/me', headers: bearer(token) })
const refresh = (refreshToken: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken } })

describe('personas', () => {
  it('lists personas without personal data', async () => {
    const res = await t.app.inject({ url: '/api/v1/auth/personas' })
    expect(res.statusCode).toBe(200)
    const { items } = res.json<PersonaList>()
    expect(items.map((p) => p.id)).toEqual(expect.arrayContaining(['resident', 'elder', 'company']))
    expect(items.find((p) => p.id === 'resident')?.label).toBe('居民（有账单、车辆、证照、办件）')
    for (const p of PERSONAS) {
      for (const secret of [p.name, p.idNumber, p.mobile, p.legalRepName ?? '\u0000']) expect(res.body).not.toContain(secret)
    }
  })

  it('have valid (fictional) ID numbers and credit codes', () => {
    for (const p of PERSONAS) {
      if (p.kind === 'person') expect(isValidIdNumber(p.idNumber)).toBe(true)
      else expect(isValidCreditCode(p.idNumber)).toBe(true)
    }
    const resident = PERSONAS.find((p) => p.id === 'resident')
    expect(resident?.idNumber).toMatch(/^3\d{5}1987\d{7}X$/)
    expect(resident?.mobile).toBe('13757179050')
    expect(PERSONAS.find((p) => p.id === 'elder')?.birthDate?.startsWith('195')).toBe(true)
    expect(PERSONAS.find((p) => p.id === 'elder')?.cityCode).toBe('330300')
  })
})

describe('POST /auth/sessions', () => {
  it('exchanges any code for the resident by default, with masked user and TTLs from the clock', async () => {
    const now = t.clock.now()
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sessions', payload: { channel: 'weapp', code: '0a3Xyz' } })
    expect(res.statusCode).toBe(201)
    const body = res.json<SessionTokens>()
    expect(body.tokenType).toBe('Bearer')
    expect(Date.parse(body.accessExpiresAt)).toBe(now + 15 * MIN)
    expect(Date.parse(body.refreshExpiresAt)).toBe(now + 30 * DAY)
    expect(body.user).toEqual<Me>({
      id: 'u100001',
      kind: 'person',
      personaId: 'resident',
      name: '*大友',
      idNumber: '3****************X',
      mobile: '137****9050',
      realNameLevel: 3,
      realNameLabel: '实名三级（刷脸认证）',
      cityCode: '330100',
    })
  })

  it('picks the persona from personaId or from a "<personaId>:" code prefix', async () => {
    const byId = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sessions', payload: { channel: 'h5', code: 'x', personaId: 'elder' } })
    expect(byId.json<SessionTokens>().user.personaId).toBe('elder')
    const byCode = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sessions', payload: { channel: 'alipay', code: 'company:auth-code-1' } })
    expect(byCode.json<SessionTokens>().user.personaId).toBe('company')
    const unknownPrefix = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sessions', payload: { channel: 'h5', code: 'nobody:xyz' } })
    expect(unknownPrefix.json<SessionTokens>().user.personaId).toBe('resident')
  })

  it('rejects an unknown personaId as a field error', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sessions', payload: { channel: 'h5', code: 'x', personaId: 'ghost' } })
    const problem = expectProblem(res, 400, 'VALIDATION_FAILED')
    expect(problem.errors).toEqual([expect.objectContaining({ field: 'personaId' })])
  })

  it('validates channel and code length', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sessions', payload: { channel: 'web', code: 'x'.repeat(129) } })
    const problem = expectProblem(res, 400, 'VALIDATION_FAILED')
    expect(problem.errors?.map((e) => [e.field, e.code])).toEqual([
      ['channel', 'ENUM'],
      ['code', 'MAX_LENGTH'],
    ])
    expect(problem.errors?.[0].message).toBe('登录渠道只能是以下之一：weapp、alipay、h5')
  })

  it('stores only hashes of tokens', async () => {
    const tokens = await login(t.app)
    const dump = JSON.stringify([
      t.app.sandbox.db.prepare('SELECT * FROM auth_access_tokens').all(),
      t.app.sandbox.db.prepare('SELECT * FROM auth_refresh_tokens').all(),
    ])
    expect(dump).not.toContain(tokens.accessToken)
    expect(dump).not.toContain(tokens.refreshToken)
    expect(dump).toContain(hashToken(tokens.accessToken))
    expect(dump).toContain(hashToken(tokens.refreshToken))
  })
})

describe('GET /me', () => {
  it('masks the company: name in full, credit code and legal representative masked', async () => {
    const tokens = await login(t.app, 'company')
    const res = await me(tokens.accessToken)
    expect(res.json<Me>()).toEqual({
      id: 'u100003',
      kind: 'legal',
      personaId: 'company',
      name: '杭州青禾科技有限公司',
      idNumber: '9****************P',
      mobile: '135****6217',
      realNameLevel: 3,
      realNameLabel: '实名三级（电子营业执照认证）',
      cityCode: '330100',
      legalRepresentative: '*青禾',
    })
  })

  it('shows the elder persona in Wenzhou', async () => {
    const tokens = await login(t.app, 'elder')
    const body = (await me(tokens.accessToken)).json<Me>()
    expect(body).toMatchObject({ name: '*秀珍', cityCode: '330300', realNameLevel: 2, mobile: '139****8126' })
  })

  it('TOKEN_MISSING without a header, TOKEN_INVALID for garbage or another scheme', async () => {
    expectProblem(await t.app.inject({ url: '/api/v1/me' }), 401, 'TOKEN_MISSING')
    const missing = await t.app.inject({ url: '/api/v1/me' })
    expect(missing.headers['www-authenticate']).toMatch(/^Bearer/)
    expectProblem(await me('not-a-token'), 401, 'TOKEN_INVALID')
    expectProblem(await t.app.inject({ url: '/api/v1/me', headers: { authorization: 'Basic dXNlcjpwYXNz' } }), 401, 'TOKEN_INVALID')
    const tokens = await login(t.app)
    // A refresh token is not an access token.
    expectProblem(await me(tokens.refreshToken), 401, 'TOKEN_INVALID')
  })

  it('TOKEN_EXPIRED after 15 minutes on the injected clock', async () => {
    const tokens = await login(t.app)
    t.clock.advance(15 * MIN - 1)
    expect((await me(tokens.accessToken)).statusCode).toBe(200)
    t.clock.advance(1)
    expectProblem(await me(tokens.accessToken), 401, 'TOKEN_EXPIRED')
  })
})

describe('refresh rotation and reuse detection', () => {
  it('rotates the refresh token and issues a new access token', async () => {
    const first = await login(t.app)
    t.clock.advance(20 * MIN)
    expectProblem(await me(first.accessToken), 401, 'TOKEN_EXPIRED')
    const res = await refresh(first.refreshToken)
    expect(res.statusCode).toBe(200)
    const second = res.json<SessionTokens>()
    expect(second.refreshToken).not.toBe(first.refreshToken)
    expect(second.accessToken).not.toBe(first.accessToken)
    expect(Date.parse(second.accessExpiresAt)).toBe(t.clock.now() + 15 * MIN)
    expect(second.user.personaId).toBe('resident')
    expect((await me(second.accessToken)).statusCode).toBe(200)
    // The new refresh token rotates again.
    expect((await refresh(second.refreshToken)).statusCode).toBe(200)
  })

  it('reusing a rotated refresh token revokes the whole family, descendants included', async () => {
    const first = await login(t.app)
    const second = (await refresh(first.refreshToken)).json<SessionTokens>()
    const third = (await refresh(second.refreshToken)).json<SessionTokens>()
    expect((await me(third.accessToken)).statusCode).toBe(200)

    const reuse = expectProblem(await refresh(first.refreshToken), 401, 'REFRESH_TOKEN_REUSED')
    expect(reuse.detail).toContain('重新登录')

    expectProblem(await me(third.accessToken), 401, 'TOKEN_INVALID')
    expectProblem(await me(second.accessToken), 401, 'TOKEN_INVALID')
    expectProblem(await refresh(third.refreshToken), 401, 'REFRESH_TOKEN_INVALID')
    // Reusing again after the family is gone stays invalid.
    expectProblem(await refresh(first.refreshToken), 401, 'REFRESH_TOKEN_INVALID')
  })

  it('does not touch other sessions of the same user', async () => {
    const deviceA = await login(t.app)
    const deviceB = await login(t.app)
    await refresh(deviceA.refreshToken)
    t.clock.advance(REFRESH_GRACE_MS + 1)
    expectProblem(await refresh(deviceA.refreshToken), 401, 'REFRESH_TOKEN_REUSED')
    expect((await me(deviceB.accessToken)).statusCode).toBe(200)
    expect((await refresh(deviceB.refreshToken)).statusCode).toBe(200)
  })

  it('within the grace window a rotated token answers the same new pair; after it, reuse revokes the family', async () => {
    const first = await login(t.app)
    const res = await refresh(first.refreshToken)
    const second = res.json<SessionTokens>()
    t.clock.advance(REFRESH_GRACE_MS)
    // The answer was lost: the retry with the old token gets exactly the pair already issued.
    const again = await refresh(first.refreshToken)
    expect(again.statusCode).toBe(200)
    expect(again.json<SessionTokens>()).toEqual(second)
    expect((await me(second.accessToken)).statusCode).toBe(200)
    t.clock.advance(1)
    expectProblem(await refresh(first.refreshToken), 401, 'REFRESH_TOKEN_REUSED')
    expectProblem(await me(second.accessToken), 401, 'TOKEN_INVALID')
    expectProblem(await refresh(second.refreshToken), 401, 'REFRESH_TOKEN_INVALID')
  })

  it('the sealed successor is not readable from the database', async () => {
    const first = await login(t.app)
    const second = (await refresh(first.refreshToken)).json<SessionTokens>()
    const dump = JSON.stringify(t.app.sandbox.db.prepare('SELECT * FROM auth_refresh_tokens').all())
    expect(dump).not.toContain(second.refreshToken)
    expect(dump).not.toContain(second.accessToken)
    // Another token cannot open it: an unknown token is still invalid, not a replay.
    expectProblem(await refresh(`${first.refreshToken}x`), 401, 'REFRESH_TOKEN_INVALID')
  })

  it('an expired refresh token (30 days) is REFRESH_TOKEN_INVALID', async () => {
    const tokens = await login(t.app)
    t.clock.advance(30 * DAY)
    const problem = expectProblem(await refresh(tokens.refreshToken), 401, 'REFRESH_TOKEN_INVALID')
    expect(problem.detail).toContain('30 天')
  })

  it('an unknown refresh token is REFRESH_TOKEN_INVALID; an empty one is a field error', async () => {
    expectProblem(await refresh('rt_unknown'), 401, 'REFRESH_TOKEN_INVALID')
    expectProblem(await refresh(''), 400, 'VALIDATION_FAILED')
  })
})

describe('DELETE /auth/sessions/current (logout)', () => {
  it('revokes the session: access and refresh tokens stop working', async () => {
    const tokens = await login(t.app)
    const other = await login(t.app)
    const res = await t.app.inject({ method: 'DELETE', url: '/api/v1/auth/sessions/current', headers: bearer(tokens.accessToken) })
    expect(res.statusCode).toBe(204)
    expect(res.body).toBe('')
    expectProblem(await me(tokens.accessToken), 401, 'TOKEN_INVALID')
    expectProblem(await refresh(tokens.refreshToken), 401, 'REFRESH_TOKEN_INVALID')
    expect((await me(other.accessToken)).statusCode).toBe(200)
  })

  it('needs a token', async () => {
    expectProblem(await t.app.inject({ method: 'DELETE', url: '/api/v1/auth/sessions/current' }), 401, 'TOKEN_MISSING')
  })
})
