// /__admin/utilities (sandbox only, loopback only): issue a bill (a new bill shows in the to-do
// inbox), mark one paid in another channel (reconciliation), list the accounts nobody has bound.
import {
  AdminBillCreateBodySchema,
  AdminBillSchema,
  BillParamsSchema,
  UnboundAccountListSchema,
  UnboundAccountsQuerySchema,
} from '../../../contract'
import { BODY_PROBLEMS, responses } from '../../http/responses'
import type { DomainRoutes } from '../../http/types'
import { settlePayments } from '../payments/repo'
import { notify } from '../messages/notify'
import { formatFen } from '../../../contract/rules/money'
import { billName } from '../../../contract/rules/utility-types'
import { createCatalogueRepo } from '../catalogue/repo'
import { toAdminBill, toUnboundAccount } from './present'
import { accountNumberFits, normaliseAccountNumber, utilityProblems } from './problems'
import { billId, utilitiesRepo, type BillView } from './repo'

const tags = ['sandbox-admin']

export const utilityAdminRoutes: DomainRoutes = async (app, { ctx }) => {
  const repo = utilitiesRepo(ctx.db)
  const catalogue = createCatalogueRepo(ctx.db)
  app.addHook('preHandler', async () => {
    settlePayments(ctx.db, ctx.clock.now())
  })

  app.post(
    '/utilities/bills',
    {
      schema: {
        tags,
        summary: 'Issue a new bill for an account (sandbox)',
        body: AdminBillCreateBodySchema,
        response: responses({ 201: AdminBillSchema }, 404, 409, ...BODY_PROBLEMS),
      },
    },
    async (request, reply) => {
      const body = request.body
      const provider = repo.provider(body.providerId)
      if (!provider) throw utilityProblems.unknownProvider()
      const accountNumber = normaliseAccountNumber(body.accountNumber)
      if (!accountNumberFits(provider, accountNumber)) throw utilityProblems.accountNumberFormat(provider)
      const account = repo.account(provider.id, accountNumber)
      if (!account) throw utilityProblems.accountNotFound(provider, accountNumber)
      if (repo.billForPeriod(account.id, body.period) !== undefined) throw utilityProblems.billAlreadyIssued(body.period)
      const id = billId(provider.id, accountNumber, body.period)
      repo.insertBill({
        id,
        account_id: account.id,
        period: body.period,
        amount_fen: body.amountFen,
        due_date: body.dueDate,
        issued_at: ctx.clock.now(),
        usage_quantity: body.usageQuantity ?? null,
        paid_at: null,
        paid_via: null,
      })
      // Everyone who bound the account hears of it (family members share bills).
      const binders = ctx.db.prepare('SELECT id, user_id, label FROM utility_bindings WHERE account_id = ?').all(account.id) as Array<{
        id: string
        user_id: string
        label: string
      }>
      for (const binding of binders) {
        notify(
          ctx.db,
          {
            userId: binding.user_id,
            kind: 'bill_issued',
            title: `${billName(provider.type)}新账单`,
            body: `${binding.label}（${provider.name}）${body.period} 账单 ${formatFen(body.amountFen)}，请在 ${body.dueDate} 前缴纳。`,
            subject: { kind: 'utility-account', id: binding.id },
            dedupeKey: `bill-issued:${id}:${binding.user_id}`,
          },
          ctx.clock.now(),
        )
      }
      return reply.code(201).send(toAdminBill(repo.bill(id) as BillView))
    },
  )

  app.post(
    '/utilities/bills/:id/paid-elsewhere',
    {
      schema: {
        tags,
        summary: 'Mark a bill paid in another channel; an open payment holding it can no longer succeed (sandbox)',
        params: BillParamsSchema,
        response: responses({ 200: AdminBillSchema }, 404, 409),
      },
    },
    async (request) => {
      const bill = repo.bill(request.params.id)
      if (!bill) throw utilityProblems.billNotFound()
      if (!repo.markPaidElsewhere(bill.id, ctx.clock.now())) throw utilityProblems.billAlreadyPaid()
      return toAdminBill(repo.bill(bill.id) as BillView)
    },
  )

  app.get(
    '/utilities/unbound-accounts',
    {
      schema: {
        tags,
        summary: 'Accounts nobody has bound yet, for the bind journey (sandbox)',
        querystring: UnboundAccountsQuerySchema,
        response: responses({ 200: UnboundAccountListSchema }),
      },
    },
    async (request) => {
      if (!catalogue.cityExists(request.query.city)) throw utilityProblems.unknownCity()
      const accounts = repo.unboundAccounts(request.query.city, request.query.type ?? null)
      return { items: accounts.map((a) => toUnboundAccount(a, repo.arrears(a.id))) }
    },
  )
}
