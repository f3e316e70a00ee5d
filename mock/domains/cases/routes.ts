// /api/v1/cases: my cases (filters), one case, resubmission after 补正 (Idempotency-Key), ratings,
// and the public lookup by 办件编号 + 查询密码 (no login, rate-limited, masked).
import { Type } from '@sinclair/typebox'
import {
  CaseDetailSchema,
  CaseListQuerySchema,
  CaseListSchema,
  CaseLookupBodySchema,
  CaseParamsSchema,
  CasePublicViewSchema,
  CaseRatingBodySchema,
  CaseResubmitBodySchema,
  IDEMPOTENCY_KEY_HEADER,
  IdempotencyKeySchema,
  type CaseSummary,
} from '../../../contract'
import { BODY_PROBLEMS, responses } from '../../http/responses'
import { currentUser, type DomainRoutes } from '../../http/types'
import type { FastifyRequest } from 'fastify'
import { lookupCase } from './lookup'
import { toDetail, toPublicView, toSummary } from './present'
import { caseProblems } from './problems'
import { casesRepo } from './repo'
import { rateCase, resubmitCorrection, sweepCases } from './workflow'

const tags = ['cases']
const security = [{ bearerAuth: [] }]
const ResubmitHeaders = Type.Object({ [IDEMPOTENCY_KEY_HEADER]: IdempotencyKeySchema })

const ACTIVE = new Set(['submitted', 'accepted', 'reviewing', 'decided', 'correction', 'special'])
const inFilter = {
  active: (c: CaseSummary) => ACTIVE.has(c.stage),
  waiting: (c: CaseSummary) => c.waitingFor !== null,
  done: (c: CaseSummary) => !ACTIVE.has(c.stage),
  all: () => true,
}

export const caseRoutes: DomainRoutes = async (app, { ctx }) => {
  const repo = casesRepo(ctx.db)
  // Time-driven changes (a 特别程序 past its until-date) are applied before anything is read.
  app.addHook('preHandler', async () => {
    sweepCases(ctx.db, ctx.clock.now())
  })

  const ownCase = (request: FastifyRequest) => {
    const row = repo.byId((request.params as { id: string }).id)
    if (!row) throw caseProblems.notFound()
    if (row.user_id !== currentUser(request).userId) throw caseProblems.forbidden()
    return row
  }

  app.get(
    '/cases',
    {
      onRequest: ctx.authenticate,
      schema: {
        tags,
        security,
        summary: 'My cases, newest first: active 进行中 / waiting 待我处理 / done 已办结 / all',
        querystring: CaseListQuerySchema,
        response: responses({ 200: CaseListSchema }, 401),
      },
    },
    async (request) => {
      const now = ctx.clock.now()
      const all = repo.byUser(currentUser(request).userId).map((row) => toSummary(repo, row, now))
      const filter = request.query.filter ?? 'all'
      return {
        items: all.filter(inFilter[filter]),
        counts: { active: all.filter(inFilter.active).length, waiting: all.filter(inFilter.waiting).length, done: all.filter(inFilter.done).length },
      }
    },
  )

  app.get(
    '/cases/:id',
    {
      onRequest: ctx.authenticate,
      schema: {
        tags,
        security,
        summary: 'One case: timeline, deadline (paused during 特别程序), 补正 checklist, delivery, ratings, rectification',
        params: CaseParamsSchema,
        response: responses({ 200: CaseDetailSchema }, 401, 403, 404),
      },
    },
    async (request) => toDetail(repo, ownCase(request), ctx.clock.now()),
  )

  app.post(
    '/cases/:id/resubmission',
    {
      onRequest: ctx.authenticate,
      preValidation: async (request) => {
        const key = request.headers[IDEMPOTENCY_KEY_HEADER]
        if (key === undefined || (typeof key === 'string' && key.trim() === '')) throw caseProblems.idempotencyKeyMissing()
      },
      schema: {
        tags,
        security,
        summary: 'Answer the open 补正 checklist (one answer per item); the case goes back into 审查',
        description:
          'Idempotency-Key required. 200 with the case; the same key and body again → 200 with header idempotent-replayed: true; ' +
          'the same key with other answers → 409 IDEMPOTENCY_KEY_REUSED; no open 补正 → 409 CASE_NOT_AWAITING_CORRECTION.',
        headers: ResubmitHeaders,
        params: CaseParamsSchema,
        body: CaseResubmitBodySchema,
        response: responses({ 200: CaseDetailSchema }, 401, 403, 404, 409, ...BODY_PROBLEMS),
      },
    },
    async (request, reply) => {
      const key = request.headers[IDEMPOTENCY_KEY_HEADER] as string
      const now = ctx.clock.now()
      const result = ctx.db.transaction(() => {
        const row = ownCase(request)
        const earlier = repo.correctionByKey(row.id, key)
        if (earlier) {
          const same =
            earlier.answers !== null &&
            earlier.answers.length === request.body.answers.length &&
            earlier.answers.every((a) => request.body.answers.some((b) => b.itemId === a.itemId && b.text.trim() === a.text))
          if (!same) throw caseProblems.idempotencyKeyReused()
          return { row, replayed: true }
        }
        return { row: resubmitCorrection(ctx.db, row, request.body.answers, key, now), replayed: false }
      })()
      if (result.replayed) reply.header('idempotent-replayed', 'true')
      return toDetail(repo, repo.byId(result.row.id)!, now)
    },
  )

  app.post(
    '/cases/:id/ratings',
    {
      onRequest: ctx.authenticate,
      schema: {
        tags,
        security,
        summary: 'Rate a case after 办结 (once); 不满意 / 非常不满意 opens a rectification; one follow-up rating after 已整改',
        params: CaseParamsSchema,
        body: CaseRatingBodySchema,
        response: responses({ 201: CaseDetailSchema }, 401, 403, 404, 409, ...BODY_PROBLEMS),
      },
    },
    async (request, reply) => {
      const now = ctx.clock.now()
      const row = ctx.db.transaction(() => {
        const current = ownCase(request)
        rateCase(ctx.db, current, request.body, now)
        return current
      })()
      return reply.code(201).send(toDetail(repo, repo.byId(row.id)!, now))
    },
  )

  app.post(
    '/cases/lookup',
    {
      schema: {
        tags,
        summary: 'Public lookup by 办件编号 + 查询密码 (no login): a masked view',
        description:
          'An unknown case number and a wrong password get the same 404 CASE_LOOKUP_FAILED. Per (case number, client): 3 free ' +
          'failures, then growing waits (30 s, 1 min, 2 min, … up to 15 min); per client: 10 failures within 15 minutes. ' +
          'Meanwhile 429 LOOKUP_RATE_LIMITED with retryAfter and a Retry-After header. Failures from others never block the owner.',
        body: CaseLookupBodySchema,
        response: responses({ 200: CasePublicViewSchema }, 404, 429, ...BODY_PROBLEMS),
      },
    },
    async (request) => {
      const now = ctx.clock.now()
      // No transaction: a failed attempt must stay recorded when the refusal is thrown.
      const row = lookupCase(ctx.db, request.body.caseNumber, request.body.password, request.ip, now)
      return toPublicView(repo, row, now)
    },
  )
}
