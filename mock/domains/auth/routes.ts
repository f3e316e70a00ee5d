import {
  MeSchema,
  NoContentSchema,
  PersonaListSchema,
  RefreshBodySchema,
  SessionCreateBodySchema,
  SessionTokensSchema,
  type SessionTokens,
} from '../../../contract'
import { toIso } from '../../lib/clock'
import { ProblemError, problems } from '../../http/problem'
import { BODY_PROBLEMS, responses } from '../../http/responses'
import { currentUser, type DomainRoutes } from '../../http/types'
import { createAuthRepo, type IssuedTokens, type PersonaRow } from './repo'
import { toMe, toPersona } from './me'

const tags = ['auth']
const security = [{ bearerAuth: [] }]
const DEFAULT_PERSONA = 'resident'

const refreshTokenInvalid = (detail: string) =>
  new ProblemError({ status: 401, code: 'REFRESH_TOKEN_INVALID', title: '登录已失效', detail })

const refreshTokenReused = () =>
  new ProblemError({
    status: 401,
    code: 'REFRESH_TOKEN_REUSED',
    title: '登录状态异常',
    detail: '检测到登录凭证被重复使用，为保护您的账号安全，已退出所有使用该凭证的设备，请重新登录。',
  })

export const authRoutes: DomainRoutes = async (app, { ctx }) => {
  const repo = createAuthRepo(ctx.db)

  function tokensBody(tokens: IssuedTokens, persona: PersonaRow): SessionTokens {
    return {
      tokenType: 'Bearer',
      accessToken: tokens.accessToken,
      accessExpiresAt: toIso(tokens.accessExpiresAt),
      refreshToken: tokens.refreshToken,
      refreshExpiresAt: toIso(tokens.refreshExpiresAt),
      user: toMe(persona),
    }
  }

  function personaOf(userId: string): PersonaRow {
    const persona = repo.personaByUser(userId)
    if (!persona) throw problems.tokenInvalid()
    return persona
  }

  app.get(
    '/auth/personas',
    {
      schema: {
        tags,
        summary: 'Sandbox personas to log in as (no personal data)',
        response: responses({ 200: PersonaListSchema }),
      },
    },
    async () => ({ items: repo.listPersonas().map(toPersona) }),
  )

  app.post(
    '/auth/sessions',
    {
      schema: {
        tags,
        summary: 'Exchange a login code (wx.login / my.getAuthCode / H5) for tokens',
        body: SessionCreateBodySchema,
        response: responses({ 201: SessionTokensSchema }, ...BODY_PROBLEMS),
      },
    },
    async (request, reply) => {
      const { channel, code, personaId } = request.body
      let persona: PersonaRow | undefined
      if (personaId !== undefined) {
        persona = repo.personaById(personaId)
        if (!persona) {
          throw problems.validationFailed([
            { field: 'personaId', code: 'INVALID', message: '没有这个体验身份，请从列表中重新选择' },
          ])
        }
      } else {
        // The sandbox cannot reach WeChat or Alipay: a code "<personaId>:..." picks that persona,
        // any other code logs in as the resident.
        const prefix = code.includes(':') ? code.slice(0, code.indexOf(':')) : ''
        persona = (prefix !== '' ? repo.personaById(prefix) : undefined) ?? repo.personaById(DEFAULT_PERSONA)
      }
      if (!persona) throw problems.internal()
      const tokens = repo.startSession(persona.user_id, channel, ctx.clock.now())
      return reply.code(201).send(tokensBody(tokens, persona))
    },
  )

  app.post(
    '/auth/refresh',
    {
      schema: {
        tags,
        summary: 'Rotate the refresh token; reusing a rotated one revokes the whole session',
        body: RefreshBodySchema,
        response: responses({ 200: SessionTokensSchema }, 401, ...BODY_PROBLEMS),
      },
    },
    async (request) => {
      const result = repo.refresh(request.body.refreshToken, ctx.clock.now())
      switch (result.kind) {
        case 'ok':
          return tokensBody(result.tokens, personaOf(result.tokens.userId))
        case 'reused':
          throw refreshTokenReused()
        case 'expired':
          throw refreshTokenInvalid('登录已超过 30 天，请重新登录。')
        case 'invalid':
          throw refreshTokenInvalid('登录状态已失效（可能已退出登录），请重新登录。')
      }
    },
  )

  app.delete(
    '/auth/sessions/current',
    {
      onRequest: ctx.authenticate,
      schema: { tags, security, summary: 'Log out: revoke the session', response: responses({ 204: NoContentSchema }, 401) },
    },
    async (request, reply) => {
      repo.revokeSession(currentUser(request).sessionId, 'logout', ctx.clock.now())
      return reply.code(204).send(null)
    },
  )

  app.get(
    '/me',
    {
      onRequest: ctx.authenticate,
      schema: { tags, security, summary: 'The logged-in user (masked)', response: responses({ 200: MeSchema }, 401) },
    },
    async (request) => toMe(personaOf(currentUser(request).userId)),
  )
}
