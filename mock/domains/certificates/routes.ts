// /api/v1/certificates: the wallet, showing a certificate (亮证) behind a fresh PIN check, the
// verifier route a hall clerk uses, the usage log (用证记录), and certificate applications.
import { randomBytes } from 'node:crypto'
import {
  ApplicationCreateBodySchema,
  ApplicationFormSchema,
  ApplicationParamsSchema,
  ApplicationReceiptSchema,
  ApplicationSchema,
  ApplicationTypeListSchema,
  ApplicationTypeParamsSchema,
  ApplicationTypeQuerySchema,
  CertificateListSchema,
  CertificateParamsSchema,
  CertificateSchema,
  CertificateUsageListSchema,
  PIN_LOCK_MINUTES,
  PIN_MAX_ATTEMPTS,
  PRESENTATION_TTL_SECONDS,
  PresentationCreateBodySchema,
  PresentationSchema,
  QR_PAYLOAD_PREFIX,
  SHOWING_WINDOW_SECONDS,
  VerificationBodySchema,
  VerificationSchema,
  type Application,
  type Presentation,
} from '../../../contract'
import { ProblemError, problems } from '../../http/problem'
import { BODY_PROBLEMS, responses } from '../../http/responses'
import { currentUser, type DomainRoutes } from '../../http/types'
import { cstDate } from '../../lib/china-time'
import { toIso } from '../../lib/clock'
import { hashToken, newId } from '../../lib/tokens'
import { createCase } from '../cases/create-case'
import { pointsInCycle } from '../fines/points'
import { notify } from '../messages/notify'
import { sweepExpiring } from './inbox'
import { applicationForm, applicationTypes, cityName, typeDefinition, validateApplication, type ApplicantProfile, type SavedAddress } from './forms'
import { verifyPin } from './pin'
import { certificateProblems } from './problems'
import { abnormalReason, scoringCycleStartMs, toCertificate, withPoints, type CertificateRow } from './present'
import { certificatesRepo, type ApplicationRow } from './repo'

const tags = ['certificates']
const security = [{ bearerAuth: [] }]
const IDEMPOTENCY_KEY_HEADER = 'idempotency-key'

/** 24 url-safe characters (144 bits): short enough for a small QR code. */
const newPresentationToken = () => randomBytes(18).toString('base64url')
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{24}$/

/** `cs-cert:1:<token>:<generatedAtMs>` or a bare token → its parts; null when unreadable. */
export function parseQrPayload(input: string): { token: string; generatedAtMs: number | null } | null {
  const value = input.trim()
  if (value.startsWith(QR_PAYLOAD_PREFIX)) {
    const [token, generated, ...rest] = value.slice(QR_PAYLOAD_PREFIX.length).split(':')
    if (rest.length > 0 || !TOKEN_PATTERN.test(token ?? '') || !/^[0-9]{1,15}$/.test(generated ?? '')) return null
    return { token, generatedAtMs: Number(generated) }
  }
  return TOKEN_PATTERN.test(value) ? { token: value, generatedAtMs: null } : null
}

function toApplication(row: ApplicationRow): Application {
  const def = typeDefinition(row.type_id)!
  const type = applicationTypes(row.city_code).find((t) => t.id === row.type_id)!
  return {
    id: row.id,
    typeId: row.type_id,
    typeName: def.name,
    department: type.department,
    caseNumber: row.case_number,
    caseId: row.case_id,
    submittedAt: toIso(row.submitted_at),
    promisedWorkingDays: def.promisedWorkingDays,
    delivery: row.delivery_text,
  }
}

type PinOutcome = { ok: true } | { ok: false; problem: ProblemError }

export const certificateRoutes: DomainRoutes = async (app, { ctx }) => {
  const repo = certificatesRepo(ctx.db)
  // A 驾驶证 shows the points of the holder's violations in its current cycle (from the fines registry).
  const present = (row: CertificateRow, today: string) => {
    const certificate = toCertificate(row, today)
    if (row.type !== 'driving_licence') return certificate
    return withPoints(certificate, pointsInCycle(ctx.db, row.user_id, scoringCycleStartMs(row.valid_from, today)))
  }
  app.addHook('preHandler', async () => {
    sweepExpiring(ctx.db, ctx.clock.now())
  })

  /** The caller's certificate, or 404 / 403. */
  function ownCertificate(userId: string, id: string): CertificateRow {
    const row = repo.get(id)
    if (!row) throw problems.notFound('没有找到该证照，可能已被注销，请返回证照夹刷新。')
    if (row.user_id !== userId) throw problems.forbiddenResource('该证照')
    return row
  }

  // Counting wrong PINs and locking happen in one transaction; problems are thrown after it commits.
  const checkPin = ctx.db.transaction((userId: string, pin: string, nowMs: number): PinOutcome => {
    const state = repo.pin(userId)
    if (!state) return { ok: false, problem: certificateProblems.pinIncorrect(PIN_MAX_ATTEMPTS) }
    if (state.locked_until !== null && state.locked_until > nowMs) return { ok: false, problem: certificateProblems.pinLocked(state.locked_until, nowMs) }
    const failed = state.locked_until !== null ? 0 : state.failed_attempts
    if (verifyPin(state.pin_hash, userId, pin)) {
      repo.setPinState(userId, 0, null)
      return { ok: true }
    }
    if (failed + 1 >= PIN_MAX_ATTEMPTS) {
      const until = nowMs + PIN_LOCK_MINUTES * 60_000
      repo.setPinState(userId, 0, until)
      return { ok: false, problem: certificateProblems.pinLocked(until, nowMs) }
    }
    repo.setPinState(userId, failed + 1, null)
    return { ok: false, problem: certificateProblems.pinIncorrect(PIN_MAX_ATTEMPTS - failed - 1) }
  })

  app.get(
    '/certificates',
    {
      onRequest: ctx.authenticate,
      schema: { tags, security, summary: 'My certificate wallet (masked)', response: responses({ 200: CertificateListSchema }, 401) },
    },
    async (request) => {
      const today = cstDate(ctx.clock.now())
      return { items: repo.list(currentUser(request).userId).map((row) => present(row, today)) }
    },
  )

  app.get(
    '/certificates/:id',
    {
      onRequest: ctx.authenticate,
      schema: {
        tags,
        security,
        summary: 'One of my certificates (masked)',
        params: CertificateParamsSchema,
        response: responses({ 200: CertificateSchema }, 401, 403, 404),
      },
    },
    async (request) => present(ownCertificate(currentUser(request).userId, request.params.id), cstDate(ctx.clock.now())),
  )

  app.post(
    '/certificates/:id/presentations',
    {
      onRequest: ctx.authenticate,
      schema: {
        tags,
        security,
        summary: 'Show a certificate (亮证): a presentation token valid 300 s, encoded in the QR payload',
        description:
          `First {pin} (6 digits): a correct PIN opens a showing window of ${SHOWING_WINDOW_SECONDS} s in which {showingId} gets new tokens without the PIN. ` +
          `400 PIN_INCORRECT (attempts left); ${PIN_MAX_ATTEMPTS} wrong PINs in a row → 423 PIN_LOCKED for ${PIN_LOCK_MINUTES} minutes (detail says until when); ` +
          '428 FRESH_CHECK_REQUIRED when the showing window is over; 409 CERTIFICATE_NOT_SHOWABLE for an expired certificate.',
        params: CertificateParamsSchema,
        body: PresentationCreateBodySchema,
        response: responses({ 201: PresentationSchema }, 401, 403, 404, 409, ...BODY_PROBLEMS),
      },
    },
    async (request, reply) => {
      const { userId } = currentUser(request)
      const nowMs = ctx.clock.now()
      const row = ownCertificate(userId, request.params.id)
      if (abnormalReason(row, cstDate(nowMs)) === '已过期') throw certificateProblems.notShowable('已过期')
      const { pin, showingId } = request.body
      let showing: { id: string; expiresAt: number }
      if (showingId !== undefined && pin === undefined) {
        const found = repo.showing(hashToken(showingId))
        if (!found || found.user_id !== userId || found.certificate_id !== row.id || found.expires_at <= nowMs) throw certificateProblems.freshCheckRequired()
        showing = { id: showingId, expiresAt: found.expires_at }
      } else {
        if (pin === undefined || pin === '') throw certificateProblems.pinMissing()
        if (!/^[0-9]{6}$/.test(pin)) throw certificateProblems.pinFormat()
        const outcome = checkPin(userId, pin, nowMs)
        if (!outcome.ok) throw outcome.problem
        const id = `shw_${randomBytes(24).toString('base64url')}`
        showing = { id, expiresAt: nowMs + SHOWING_WINDOW_SECONDS * 1000 }
        repo.insertShowing({ id_hash: hashToken(id), user_id: userId, certificate_id: row.id, opened_at: nowMs, expires_at: showing.expiresAt })
      }
      const token = newPresentationToken()
      const expiresAt = nowMs + PRESENTATION_TTL_SECONDS * 1000
      repo.insertPresentation({ id: newId('cpr'), token_hash: hashToken(token), certificate_id: row.id, generated_at: nowMs, expires_at: expiresAt })
      const presentation: Presentation = {
        certificateId: row.id,
        token,
        qrPayload: `${QR_PAYLOAD_PREFIX}${token}:${nowMs}`,
        generatedAt: toIso(nowMs),
        expiresAt: toIso(expiresAt),
        showingId: showing.id,
        showingExpiresAt: toIso(showing.expiresAt),
      }
      return reply.code(201).send(presentation)
    },
  )

  app.post(
    '/certificates/verifications',
    {
      schema: {
        tags,
        summary: 'Verify a shown certificate (hall clerk): masked view + one usage-log entry',
        description:
          'Sandbox: no login; the clerk names the organisation. A real deployment authenticates the verifying organisation (机构证书). ' +
          '404 PRESENTATION_NOT_FOUND; 410 PRESENTATION_EXPIRED for a token past its 300 s (also when it was used before it expired).',
        body: VerificationBodySchema,
        response: responses({ 201: VerificationSchema }, 404, ...BODY_PROBLEMS),
      },
    },
    async (request, reply) => {
      const parsed = parseQrPayload(request.body.token)
      if (!parsed) throw certificateProblems.tokenFormat()
      const nowMs = ctx.clock.now()
      const presentation = repo.presentation(hashToken(parsed.token))
      if (!presentation || (parsed.generatedAtMs !== null && parsed.generatedAtMs !== presentation.generated_at)) {
        throw certificateProblems.presentationNotFound()
      }
      if (nowMs >= presentation.expires_at) throw certificateProblems.presentationExpired(presentation.expires_at)
      const row = repo.get(presentation.certificate_id)!
      const organisation = request.body.organisation.trim()
      const id = newId('cuse')
      repo.insertUsage({ id, certificate_id: row.id, presentation_id: presentation.id, organisation, verified_at: nowMs })
      return reply.code(201).send({
        id,
        organisation,
        verifiedAt: toIso(nowMs),
        generatedAt: toIso(presentation.generated_at),
        expiresAt: toIso(presentation.expires_at),
        certificate: toCertificate(row, cstDate(nowMs)),
      })
    },
  )

  app.get(
    '/certificates/:id/usages',
    {
      onRequest: ctx.authenticate,
      schema: {
        tags,
        security,
        summary: 'Usage log (用证记录) of one of my certificates, newest first',
        params: CertificateParamsSchema,
        response: responses({ 200: CertificateUsageListSchema }, 401, 403, 404),
      },
    },
    async (request) => {
      const row = ownCertificate(currentUser(request).userId, request.params.id)
      return { items: repo.usages(row.id).map((u) => ({ id: u.id, organisation: u.organisation, verifiedAt: toIso(u.verified_at) })) }
    },
  )

  app.get(
    '/certificates/application-types',
    {
      schema: {
        tags,
        summary: 'Certificate applications offered in a city',
        querystring: ApplicationTypeQuerySchema,
        response: responses({ 200: ApplicationTypeListSchema }),
      },
    },
    async (request) => {
      if (!cityName(request.query.city)) throw problems.validationFailed([{ field: 'city', code: 'ENUM', message: '请选择浙江省内的城市' }])
      return { items: applicationTypes(request.query.city) }
    },
  )

  app.get(
    '/certificates/application-types/:typeId',
    {
      schema: {
        tags,
        summary: 'The form of one application type (fields, validators, materials, pick-up halls of the city)',
        params: ApplicationTypeParamsSchema,
        querystring: ApplicationTypeQuerySchema,
        response: responses({ 200: ApplicationFormSchema }, 404),
      },
    },
    async (request) => {
      if (!cityName(request.query.city)) throw problems.validationFailed([{ field: 'city', code: 'ENUM', message: '请选择浙江省内的城市' }])
      const def = typeDefinition(request.params.typeId)
      if (!def) throw problems.notFound('没有该申请事项，请返回证照夹重新选择。')
      return applicationForm(def, request.query.city)
    },
  )

  const submit = ctx.db.transaction(
    (userId: string, key: string | null, typeId: string, cityCode: string, valid: ReturnType<typeof validateApplication>, nowMs: number) => {
      if (!('ok' in valid)) throw new Error('submit() needs a valid application')
      const def = typeDefinition(typeId)!
      const type = applicationTypes(cityCode).find((t) => t.id === typeId)!
      const id = newId('capp')
      const created = createCase(
        ctx.db,
        {
          userId,
          serviceName: def.name,
          department: type.department,
          cityCode,
          kind: def.kind,
          promisedWorkingDays: def.promisedWorkingDays,
          delivery: valid.ok.delivery,
          source: { kind: 'certificate_application', id },
          form: valid.ok.values,
        },
        nowMs,
      )
      const row: ApplicationRow = {
        id,
        user_id: userId,
        type_id: typeId,
        city_code: cityCode,
        case_id: created.id,
        case_number: created.caseNumber,
        delivery_text: valid.ok.deliveryText,
        idempotency_key: key,
        submitted_at: nowMs,
      }
      repo.insertApplication(row)
      notify(
        ctx.db,
        {
          userId,
          kind: 'case_stage',
          title: '申请已提交',
          body: `您的${def.name}已提交，办件编号 ${created.caseNumber}，承诺 ${def.promisedWorkingDays} 个工作日内办结。`,
          subject: { kind: 'certificate-application', id },
        },
        nowMs,
      )
      return { row, queryPassword: created.queryPassword }
    },
  )

  app.post(
    '/certificates/applications',
    {
      onRequest: ctx.authenticate,
      schema: {
        tags,
        security,
        summary: 'Submit a certificate application: every field validated, then a case (办件) is opened',
        description:
          '201 with the case number and the query password (shown only this once). 400 VALIDATION_FAILED lists every field error ' +
          '(fields.<name>, delivery.<name>); a field declared fromProfile is filled from the applicant\'s real-name profile and, if sent, refused (PREFILLED). With an Idempotency-Key sent before, 409 APPLICATION_ALREADY_SUBMITTED (existingId, case number in detail).',
        body: ApplicationCreateBodySchema,
        response: responses({ 201: ApplicationReceiptSchema }, 401, 404, 409, ...BODY_PROBLEMS),
      },
    },
    async (request, reply) => {
      const { userId } = currentUser(request)
      const nowMs = ctx.clock.now()
      const header = request.headers[IDEMPOTENCY_KEY_HEADER]
      const key = typeof header === 'string' && header.trim() !== '' ? header.trim().slice(0, 100) : null
      if (key !== null) {
        const existing = repo.applicationByKey(userId, key)
        if (existing) throw certificateProblems.alreadySubmitted(existing.id, existing.case_number)
      }
      const body = request.body
      if (!cityName(body.cityCode)) throw problems.validationFailed([{ field: 'cityCode', code: 'ENUM', message: '请选择浙江省内的城市' }])
      const def = typeDefinition(body.typeId)
      if (!def) throw problems.notFound('没有该申请事项，请返回证照夹重新选择。')
      // Name, ID number and mobile come from the applicant's real-name profile, never from the client.
      const profile = ctx.db.prepare('SELECT kind, name, id_number AS idNumber, mobile FROM personas WHERE user_id = ?').get(userId) as ApplicantProfile | undefined
      if (!profile) throw new Error(`no real-name profile for ${userId}`)
      const valid = validateApplication(def, body, nowMs, profile, (addressId) => {
        const saved = ctx.db.prepare('SELECT recipient, mobile, region, detail FROM addresses WHERE id = ? AND user_id = ?').get(addressId, userId)
        return saved as SavedAddress | undefined
      })
      if ('errors' in valid) throw problems.validationFailed(valid.errors)
      const { row, queryPassword } = submit(userId, key, def.id, body.cityCode, valid, nowMs)
      return reply
        .code(201)
        .header('location', `/api/v1/certificates/applications/${row.id}`)
        .send({ ...toApplication(row), queryPassword })
    },
  )

  app.get(
    '/certificates/applications/:id',
    {
      onRequest: ctx.authenticate,
      schema: {
        tags,
        security,
        summary: 'One of my certificate applications (without the query password)',
        params: ApplicationParamsSchema,
        response: responses({ 200: ApplicationSchema }, 401, 403, 404),
      },
    },
    async (request) => {
      const row = repo.application(request.params.id)
      if (!row) throw problems.notFound('没有找到该申请。')
      if (row.user_id !== currentUser(request).userId) throw problems.forbiddenResource('该申请')
      return toApplication(row)
    },
  )
}
