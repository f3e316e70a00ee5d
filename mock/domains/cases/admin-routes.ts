// /__admin/cases (sandbox only, loopback only): move a case along its stages and a rectification
// along its steps, to demonstrate and test what the applicant sees and the messages they get.
import { AdminCaseAdvanceBodySchema, AdminCaseParamsSchema, AdminRectificationBodySchema, CaseDetailSchema } from '../../../contract'
import { BODY_PROBLEMS, responses } from '../../http/responses'
import type { DomainRoutes } from '../../http/types'
import { problems } from '../../http/problem'
import { toDetail } from './present'
import { casesRepo } from './repo'
import { advanceCase, advanceRectification } from './workflow'

const tags = ['sandbox-admin']

export const caseAdminRoutes: DomainRoutes = async (app, { ctx }) => {
  const repo = casesRepo(ctx.db)
  const byNumber = (caseNumber: string) => {
    const row = repo.byNumber(caseNumber.replace(/\s/g, ''))
    if (!row) throw problems.notFound('没有这个办件编号。')
    return row
  }

  app.post(
    '/cases/:caseNumber/advance',
    {
      schema: {
        tags,
        summary: 'Advance a case: to the next stage, or to a given stage or side state (补正 with items, 特别程序 with until, 不予受理 / 退回 with the reason as note)',
        params: AdminCaseParamsSchema,
        body: AdminCaseAdvanceBodySchema,
        response: responses({ 200: CaseDetailSchema }, 404, 409, ...BODY_PROBLEMS),
      },
    },
    async (request) => {
      const now = ctx.clock.now()
      const row = ctx.db.transaction(() => advanceCase(ctx.db, byNumber(request.params.caseNumber), request.body ?? {}, now))()
      return toDetail(repo, row, now)
    },
  )

  app.post(
    '/cases/:caseNumber/rectification',
    {
      schema: {
        tags,
        summary: 'Move the rectification of a bad rating along: rectifying (回访 done) → rectified (with a note)',
        params: AdminCaseParamsSchema,
        body: AdminRectificationBodySchema,
        response: responses({ 200: CaseDetailSchema }, 404, 409, ...BODY_PROBLEMS),
      },
    },
    async (request) => {
      const now = ctx.clock.now()
      const row = byNumber(request.params.caseNumber)
      ctx.db.transaction(() => advanceRectification(ctx.db, row, request.body.to, request.body.note, now))()
      return toDetail(repo, repo.byId(row.id)!, now)
    },
  )
}
