// /api/v1/fees: look a payment notice up by its 20-digit 缴款码 (then pay it as kind 'fee').
import { FeeNoticeParamsSchema, FeeNoticeSchema, type FeeNotice } from '../../../contract'
import { responses } from '../../http/responses'
import { currentUser, type DomainRoutes } from '../../http/types'
import { toIso } from '../../lib/clock'
import { cstDate } from '../../lib/china-time'
import { maskName } from '../../lib/masking'
import { checkPaymentCode } from '../../../contract/rules/validators'
import { throttlePayableLookup } from '../payments/lookup-throttle'
import { settlePayments } from '../payments/repo'
import { feeProblems, isExpired } from './problems'
import { feesRepo, type NoticeView } from './repo'

const tags = ['fees']
const security = [{ bearerAuth: [] }]

function toNotice(row: NoticeView, userId: string): FeeNotice {
  const notice: FeeNotice = {
    code: row.code,
    payerName: maskName(row.payer_name),
    item: row.item,
    department: row.department,
    amountFen: row.amount_fen,
    deadline: row.deadline,
    status: row.paid_at === null ? 'unpaid' : 'paid',
  }
  if (row.paid_at !== null) notice.paidAt = toIso(row.paid_at)
  if (row.payment_id !== null && row.payer_user_id === userId) notice.paymentId = row.payment_id
  return notice
}

export const feeRoutes: DomainRoutes = async (app, { ctx }) => {
  const repo = feesRepo(ctx.db)
  app.addHook('preHandler', async () => {
    settlePayments(ctx.db, ctx.clock.now())
  })

  app.get(
    '/fees/notices/:code',
    {
      onRequest: ctx.authenticate,
      schema: {
        tags,
        security,
        summary: 'Look a payment notice up by its 20-digit code (缴款码); paid ones are shown too',
        description:
          'Throttled per user and per client, together with decision lookups (429 LOOKUP_RATE_LIMITED with Retry-After). ' +
          'Shows what a payer needs: amount, item, the collecting department, the deadline and the masked payer name.',
        params: FeeNoticeParamsSchema,
        response: responses({ 200: FeeNoticeSchema }, 401, 404, 429),
      },
    },
    async (request) => {
      const formatError = checkPaymentCode(request.params.code)
      if (formatError !== null) throw feeProblems.code(formatError)
      const userId = currentUser(request).userId
      const now = ctx.clock.now()
      throttlePayableLookup(ctx.db, request, userId, now)
      const row = repo.notice(request.params.code.replace(/\s/g, ''))
      if (!row) throw feeProblems.notFound()
      if (isExpired(row, cstDate(now))) throw feeProblems.expired(row.deadline)
      // The code is printed on the payer's notice: knowing it entitles the caller to pay it.
      repo.recordLookup(userId, row.code, now)
      return toNotice(row, userId)
    },
  )
}
