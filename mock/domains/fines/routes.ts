// /api/v1/fines: vehicle rules and plate types (public), vehicle bindings, violations, and the
// decision lookup that lets a caller pay a fine by its 决定书编号 without binding the vehicle.
import {
  DecisionLookupSchema,
  DecisionParamsSchema,
  NoContentSchema,
  PlateTypeListSchema,
  VehicleBindingCheckSchema,
  VehicleBindingQuerySchema,
  VehicleCreateBodySchema,
  VehicleListSchema,
  VehicleParamsSchema,
  VehicleRuleQuerySchema,
  VehicleRuleSchema,
  VehicleSchema,
  ViolationListSchema,
  ViolationParamsSchema,
  ViolationSchema,
} from '../../../contract'
import { problems } from '../../http/problem'
import { BODY_PROBLEMS, responses } from '../../http/responses'
import { currentUser, type DomainRoutes } from '../../http/types'
import { cstDate } from '../../lib/china-time'
import { checkDecisionNumber, checkPlate, normalisePlate } from '../../../contract/rules/validators'
import { throttlePayableLookup } from '../payments/lookup-throttle'
import { paymentRepo, settlePayments } from '../payments/repo'
import { PLATE_PREFIX_CITIES, PLATE_TYPES, plateTypeFor, ruleFor, ruleHint } from './data/rules'
import { dueTotals, toDecisionLookup, toVehicle, toViolation } from './present'
import { fineProblems } from './problems'
import { finesRepo, type BindingRow, type VehicleRow } from './repo'

const tags = ['fines']
const security = [{ bearerAuth: [] }]

export const fineRoutes: DomainRoutes = async (app, { ctx }) => {
  const repo = finesRepo(ctx.db)
  // A violation's "paid" may depend on a due payment notification: settle first.
  app.addHook('preHandler', async () => {
    settlePayments(ctx.db, ctx.clock.now())
  })
  const today = () => cstDate(ctx.clock.now())

  /** Which of these violations sit in one of the caller's open payments (继续支付), by violation id. */
  function ownOpenPayments(ids: string[], userId: string): Map<string, string> {
    const holders = paymentRepo(ctx.db).openHolders('fine', ids)
    const mine = new Map<string, string>()
    for (const [id, holder] of holders) if (holder.userId === userId) mine.set(id, holder.paymentId)
    return mine
  }

  /** The caller's binding; 404 if it does not exist, 403 if it is someone else's. */
  const ownBinding = (id: string, userId: string): BindingRow => repo.bindings.own(id, userId)

  const presentBinding = (binding: BindingRow) =>
    toVehicle(binding, repo.vehicle(binding.plate) as VehicleRow, repo.violations(binding.plate), today())

  app.get(
    '/fines/vehicle-rules',
    {
      schema: {
        tags,
        summary: "A city's vehicle check rule (public): which last digits of the engine number or VIN binding asks for",
        querystring: VehicleRuleQuerySchema,
        response: responses({ 200: VehicleRuleSchema }),
      },
    },
    async (request) => {
      const rule = ruleFor(request.query.city)
      if (!rule) throw fineProblems.unknownCity()
      return { cityCode: rule.cityCode, field: rule.field, digits: rule.digits, hint: ruleHint(rule) }
    },
  )

  app.get(
    '/fines/plate-types',
    { schema: { tags, summary: 'Plate types (public)', response: responses({ 200: PlateTypeListSchema }) } },
    async () => ({ items: PLATE_TYPES }),
  )

  app.post(
    '/fines/vehicles',
    {
      onRequest: ctx.authenticate,
      schema: {
        tags,
        security,
        summary: 'Bind a vehicle: plate + plate type + the last digits of the engine number or VIN the city asks for',
        body: VehicleCreateBodySchema,
        response: responses({ 201: VehicleSchema }, 401, 404, 409, ...BODY_PROBLEMS),
      },
    },
    async (request, reply) => {
      const body = request.body
      const plateType = plateTypeFor(body.plateType)
      if (!plateType) throw fineProblems.unknownPlateType()
      const plateError = checkPlate(body.plate, { newEnergy: plateType.newEnergy })
      if (plateError !== null) throw fineProblems.plate(plateError)
      const plate = normalisePlate(body.plate)
      const cityCode = PLATE_PREFIX_CITIES[plate.slice(0, 2)]
      const rule = cityCode === undefined ? undefined : ruleFor(cityCode)
      // Only Zhejiang plates are in the registry.
      if (!rule) throw fineProblems.vehicleNotFound()
      const digits = body.checkDigits.replace(/\s/g, '').toUpperCase()
      if (!new RegExp(`^[0-9A-Z]{${rule.digits}}$`).test(digits)) throw fineProblems.checkDigits(ruleHint(rule))
      const vehicle = repo.vehicle(plate)
      const source = vehicle ? (rule.field === 'engine' ? vehicle.engine_no : vehicle.vin).toUpperCase() : ''
      // One answer for every mismatch: the registry must not confirm which part was wrong.
      if (!vehicle || vehicle.plate_type !== plateType.code || vehicle.city_code !== cityCode || !source.endsWith(digits)) {
        throw fineProblems.vehicleNotFound()
      }
      const binding = repo.bindings.bind(currentUser(request).userId, vehicle.plate, ctx.clock.now())
      return reply.code(201).header('location', `/api/v1/fines/vehicles/${binding.id}`).send(presentBinding(binding))
    },
  )

  app.get(
    '/fines/vehicles',
    {
      onRequest: ctx.authenticate,
      schema: { tags, security, summary: 'My bound vehicles', response: responses({ 200: VehicleListSchema }, 401) },
    },
    async (request) => ({ items: repo.bindings.of(currentUser(request).userId).map(presentBinding) }),
  )

  app.get(
    '/fines/vehicles/binding',
    {
      onRequest: ctx.authenticate,
      schema: {
        tags,
        security,
        summary: 'Whether I already bound this plate (before 确认绑定; no side effect, says nothing of other users)',
        querystring: VehicleBindingQuerySchema,
        response: responses({ 200: VehicleBindingCheckSchema }, 401),
      },
    },
    async (request) => {
      const plateError = checkPlate(request.query.plate)
      if (plateError !== null) throw fineProblems.plate(plateError)
      const mine = repo.bindings.find(currentUser(request).userId, normalisePlate(request.query.plate))
      return mine ? { boundId: mine.id } : {}
    },
  )

  app.delete(
    '/fines/vehicles/:id',
    {
      onRequest: ctx.authenticate,
      schema: {
        tags,
        security,
        summary: 'Unbind one of my vehicles (its violations stay)',
        params: VehicleParamsSchema,
        response: responses({ 204: NoContentSchema }, 401, 403, 404),
      },
    },
    async (request, reply) => {
      repo.bindings.unbind(request.params.id, currentUser(request).userId)
      return reply.code(204).send(null)
    },
  )

  app.get(
    '/fines/vehicles/:id/violations',
    {
      onRequest: ctx.authenticate,
      schema: {
        tags,
        security,
        summary: 'Violations of one of my vehicles, newest first, with the running charges',
        params: VehicleParamsSchema,
        response: responses({ 200: ViolationListSchema }, 401, 403, 404),
      },
    },
    async (request) => {
      const userId = currentUser(request).userId
      const binding = ownBinding(request.params.id, userId)
      const rows = repo.violations(binding.plate)
      const day = today()
      const { totalFineFen, totalSurchargeFen, totalDueFen } = dueTotals(rows, day)
      const open = ownOpenPayments(rows.map((row) => row.id), userId)
      return {
        items: rows.map((row) => toViolation(row, binding.id, userId, day, open.get(row.id))),
        totalFineFen,
        totalSurchargeFen,
        totalDueFen,
      }
    },
  )

  app.get(
    '/fines/violations/:id',
    {
      onRequest: ctx.authenticate,
      schema: {
        tags,
        security,
        summary: 'One violation of a vehicle I have bound',
        params: ViolationParamsSchema,
        response: responses({ 200: ViolationSchema }, 401, 403, 404),
      },
    },
    async (request) => {
      const userId = currentUser(request).userId
      const row = repo.violation(request.params.id)
      if (!row) throw fineProblems.violationNotFound()
      const binding = repo.bindingFor(userId, row.plate)
      if (!binding) throw problems.forbiddenResource('该违法记录')
      return toViolation(row, binding.id, userId, today(), ownOpenPayments([row.id], userId).get(row.id))
    },
  )

  app.get(
    '/fines/decisions/:number',
    {
      onRequest: ctx.authenticate,
      schema: {
        tags,
        security,
        summary: 'Look a fine up by its 16-digit decision number (决定书编号), to pay it without binding the vehicle',
        description:
          'Throttled per user and per client (429 LOOKUP_RATE_LIMITED with Retry-After). Someone who has not bound the ' +
          'vehicle sees what a payer needs (amount, act, masked plate); time and place only the vehicle owner.',
        params: DecisionParamsSchema,
        response: responses({ 200: DecisionLookupSchema }, 401, 404, 409, 429),
      },
    },
    async (request) => {
      const formatError = checkDecisionNumber(request.params.number)
      if (formatError !== null) throw fineProblems.decisionNumber(formatError)
      const userId = currentUser(request).userId
      const now = ctx.clock.now()
      throttlePayableLookup(ctx.db, request, userId, now)
      const row = repo.byDecision(request.params.number.replace(/\s/g, ''))
      if (!row) throw fineProblems.decisionNotFound()
      if (row.status === 'paid') throw fineProblems.decisionAlreadyPaid()
      // Looking it up is the proof of holding the paper decision: the caller may now pay it.
      repo.recordLookup(userId, row.id, now)
      return toDecisionLookup(row, today(), repo.bindingFor(userId, row.plate) !== undefined)
    },
  )
}
