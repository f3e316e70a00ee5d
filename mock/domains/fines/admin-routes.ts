// /__admin/fines (sandbox only, loopback only): issue a violation for a registered plate (it shows
// in the violations and to-do inbox of whoever bound the vehicle).
import { AdminViolationCreateBodySchema, AdminViolationSchema } from '../../../contract'
import { BODY_PROBLEMS, responses } from '../../http/responses'
import type { DomainRoutes } from '../../http/types'
import { cstDate, cstParts } from '../../lib/china-time'
import { newId } from '../../lib/tokens'
import { normalisePlate } from '../../../contract/rules/validators'
import { newDecisionNumber } from './numbers'
import { toAdminViolation } from './present'
import { fineProblems } from './problems'
import { finesRepo, type ViolationRow } from './repo'

const tags = ['sandbox-admin']
const DAY_MS = 24 * 60 * 60 * 1000

export const fineAdminRoutes: DomainRoutes = async (app, { ctx }) => {
  const repo = finesRepo(ctx.db)

  app.post(
    '/fines/violations',
    {
      schema: {
        tags,
        summary: 'Issue a violation (processed: with a decision number) for a registered plate (sandbox)',
        body: AdminViolationCreateBodySchema,
        response: responses({ 201: AdminViolationSchema }, 404, ...BODY_PROBLEMS),
      },
    },
    async (request, reply) => {
      const body = request.body
      const vehicle = repo.vehicle(normalisePlate(body.plate))
      if (!vehicle) throw fineProblems.unknownPlate()
      const now = ctx.clock.now()
      const processed = (body.status ?? 'awaiting_payment') === 'awaiting_payment'
      const receivedAgo = body.receivedDaysAgo ?? 0
      let decision: string | null = null
      if (processed) {
        const prefix = `${vehicle.city_code.slice(0, 4)}99${cstParts(now).year}`
        decision = newDecisionNumber(prefix, (number) => repo.byDecision(number) !== undefined)
      }
      const row: Omit<ViolationRow, 'payment_id'> = {
        id: newId('vio'),
        plate: vehicle.plate,
        occurred_at: now - (receivedAgo + 3) * DAY_MS,
        place: body.place ?? '杭州市西湖区文三路与学院路交叉口',
        act: body.act ?? '机动车违反禁止标线指示的',
        code: body.code ?? '1345',
        fine_fen: body.fineFen ?? 20000,
        points: body.points ?? 3,
        status: processed ? 'awaiting_payment' : 'unprocessed',
        decision_number: decision,
        decision_received_on: processed ? cstDate(now - receivedAgo * DAY_MS) : null,
        paid_at: null,
        paid_via: null,
        charged_on: null,
      }
      repo.insertViolation(row)
      return reply.code(201).send(toAdminViolation({ ...row, payment_id: null }))
    },
  )
}
