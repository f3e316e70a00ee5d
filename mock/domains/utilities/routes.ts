// /api/v1/utilities: providers (public), account lookup and bindings, bills.
import {
  AccountLookupBodySchema,
  AccountPreviewSchema,
  BillListSchema,
  BillParamsSchema,
  BillSchema,
  BillsQuerySchema,
  DEFAULT_ACCOUNT_LABEL,
  HouseholdAccountCreateBodySchema,
  HouseholdAccountListSchema,
  HouseholdAccountParamsSchema,
  HouseholdAccountLabelBodySchema,
  HouseholdAccountSchema,
  NoContentSchema,
  ProviderListSchema,
  ProvidersQuerySchema,
  type Bill,
} from '../../../contract'
import { problems } from '../../http/problem'
import { BODY_PROBLEMS, responses } from '../../http/responses'
import { currentUser, type DomainRoutes } from '../../http/types'
import { paymentRepo, settlePayments } from '../payments/repo'
import { createCatalogueRepo } from '../catalogue/repo'
import { toBill, toHouseholdAccount, toPreview, toProvider } from './present'
import { accountNumberFits, normaliseAccountNumber, utilityProblems } from './problems'
import { utilitiesRepo, type AccountView, type BillView, type BindingRow } from './repo'

const tags = ['utilities']
const security = [{ bearerAuth: [] }]

export const utilityRoutes: DomainRoutes = async (app, { ctx }) => {
  const repo = utilitiesRepo(ctx.db)
  const payments = paymentRepo(ctx.db)
  const catalogue = createCatalogueRepo(ctx.db)
  // A bill's "paying" status depends on open payments: settle expiries and due notifications first.
  app.addHook('preHandler', async () => {
    settlePayments(ctx.db, ctx.clock.now())
  })

  /** The account behind a provider + 户号, or the problem the user should see. */
  function resolveAccount(providerId: string, raw: string): AccountView {
    const provider = repo.provider(providerId)
    if (!provider) throw utilityProblems.unknownProvider()
    const accountNumber = normaliseAccountNumber(raw)
    if (!accountNumberFits(provider, accountNumber)) throw utilityProblems.accountNumberFormat(provider)
    const account = repo.account(provider.id, accountNumber)
    if (!account) throw utilityProblems.accountNotFound(provider, accountNumber)
    return account
  }

  /** The caller's binding; 404 if it does not exist, 403 if it is someone else's. */
  const ownBinding = (id: string, userId: string): BindingRow => repo.bindings.own(id, userId)

  function presentBills(rows: BillView[], bindingId: string, userId: string): Bill[] {
    const holders = payments.openHolders(
      'bill',
      rows.filter((r) => r.paid_at === null).map((r) => r.id),
    )
    return rows.map((row) => toBill(row, bindingId, userId, holders.get(row.id)))
  }

  const presentBinding = (binding: BindingRow) => toHouseholdAccount(repo.withAccount(binding), repo.arrears(binding.account_id))

  app.get(
    '/utilities/providers',
    {
      schema: {
        tags,
        summary: 'Utility providers of a city (public), with the 户号 format of each',
        querystring: ProvidersQuerySchema,
        response: responses({ 200: ProviderListSchema }),
      },
    },
    async (request) => {
      if (!catalogue.cityExists(request.query.city)) throw utilityProblems.unknownCity()
      return { items: repo.providers(request.query.city, request.query.type ?? null).map(toProvider) }
    },
  )

  app.post(
    '/utilities/accounts/lookup',
    {
      onRequest: ctx.authenticate,
      schema: {
        tags,
        security,
        summary: 'Look a 户号 up before binding: masked holder and address, arrears',
        body: AccountLookupBodySchema,
        response: responses({ 200: AccountPreviewSchema }, 401, 404, ...BODY_PROBLEMS),
      },
    },
    async (request) => {
      const account = resolveAccount(request.body.providerId, request.body.accountNumber)
      const preview = toPreview(account, repo.arrears(account.id))
      // Already mine: say so now, with a link to it, instead of a 409 after 确认绑定 (issue 15.11).
      const mine = repo.bindingFor(currentUser(request).userId, account.id)
      return mine ? { ...preview, boundId: mine.id } : preview
    },
  )

  app.get(
    '/utilities/accounts',
    {
      onRequest: ctx.authenticate,
      schema: { tags, security, summary: 'My bound household accounts', response: responses({ 200: HouseholdAccountListSchema }, 401) },
    },
    async (request) => ({
      items: repo.bindingsOf(currentUser(request).userId).map((b) => toHouseholdAccount(b, repo.arrears(b.account_id))),
    }),
  )

  app.post(
    '/utilities/accounts',
    {
      onRequest: ctx.authenticate,
      schema: {
        tags,
        security,
        summary: 'Bind a household account (family members may bind the same one)',
        body: HouseholdAccountCreateBodySchema,
        response: responses({ 201: HouseholdAccountSchema }, 401, 404, 409, ...BODY_PROBLEMS),
      },
    },
    async (request, reply) => {
      const account = resolveAccount(request.body.providerId, request.body.accountNumber)
      const label = request.body.label?.trim() ?? DEFAULT_ACCOUNT_LABEL
      const binding = repo.bindings.bind(currentUser(request).userId, account.id, ctx.clock.now(), { extra: { label } })
      return reply.code(201).header('location', `/api/v1/utilities/accounts/${binding.id}`).send(presentBinding(binding))
    },
  )

  app.get(
    '/utilities/accounts/:id',
    {
      onRequest: ctx.authenticate,
      schema: {
        tags,
        security,
        summary: 'One of my household accounts',
        params: HouseholdAccountParamsSchema,
        response: responses({ 200: HouseholdAccountSchema }, 401, 403, 404),
      },
    },
    async (request) => presentBinding(ownBinding(request.params.id, currentUser(request).userId)),
  )

  app.put(
    '/utilities/accounts/:id/label',
    {
      onRequest: ctx.authenticate,
      schema: {
        tags,
        security,
        summary: 'Change the label of one of my household accounts',
        params: HouseholdAccountParamsSchema,
        body: HouseholdAccountLabelBodySchema,
        response: responses({ 200: HouseholdAccountSchema }, 401, 403, 404, ...BODY_PROBLEMS),
      },
    },
    async (request) => {
      const binding = ownBinding(request.params.id, currentUser(request).userId)
      const label = request.body.label.trim()
      repo.relabel(binding.id, label)
      return presentBinding({ ...binding, label })
    },
  )

  app.delete(
    '/utilities/accounts/:id',
    {
      onRequest: ctx.authenticate,
      schema: {
        tags,
        security,
        summary: 'Unbind one of my household accounts (the account and its bills stay)',
        params: HouseholdAccountParamsSchema,
        response: responses({ 204: NoContentSchema }, 401, 403, 404),
      },
    },
    async (request, reply) => {
      repo.bindings.unbind(request.params.id, currentUser(request).userId)
      return reply.code(204).send(null)
    },
  )

  app.get(
    '/utilities/accounts/:id/bills',
    {
      onRequest: ctx.authenticate,
      schema: {
        tags,
        security,
        summary: 'Bills of one of my household accounts, newest first',
        params: HouseholdAccountParamsSchema,
        querystring: BillsQuerySchema,
        response: responses({ 200: BillListSchema }, 401, 403, 404),
      },
    },
    async (request) => {
      const userId = currentUser(request).userId
      const binding = ownBinding(request.params.id, userId)
      return { items: presentBills(repo.bills(binding.account_id, request.query.status ?? 'all'), binding.id, userId) }
    },
  )

  app.get(
    '/utilities/bills/:id',
    {
      onRequest: ctx.authenticate,
      schema: {
        tags,
        security,
        summary: 'One bill of an account I have bound',
        params: BillParamsSchema,
        response: responses({ 200: BillSchema }, 401, 403, 404),
      },
    },
    async (request) => {
      const userId = currentUser(request).userId
      const bill = repo.bill(request.params.id)
      if (!bill) throw utilityProblems.billNotFound()
      const binding = repo.bindingFor(userId, bill.account_id)
      if (!binding) throw problems.forbiddenResource('该账单')
      return presentBills([bill], binding.id, userId)[0]
    },
  )
}
