// /api/v1/payments: create (with Idempotency-Key), read, list, cancel, receipt.
import { Type } from '@sinclair/typebox'
import {
  IDEMPOTENCY_KEY_HEADER,
  IdempotencyKeySchema,
  PaymentCreateBodySchema,
  PaymentPageSchema,
  PaymentParamsSchema,
  PaymentQuoteQuerySchema,
  PaymentQuoteSchema,
  PaymentSchema,
  type PayableKind,
  PaymentsQuerySchema,
  ReceiptSchema,
} from '../../../contract'
import { BODY_PROBLEMS, responses } from '../../http/responses'
import { currentUser, type DomainRoutes } from '../../http/types'
import { paymentProblems } from './problems'
import { paymentRepo, settlePayments } from './repo'

const tags = ['payments']
const security = [{ bearerAuth: [] }]

// Request headers are an open set by nature (every client sends many), so this object is not
// strict like the contract's bodies. A missing key is IDEMPOTENCY_KEY_MISSING (checked before
// validation); a malformed one is a VALIDATION_FAILED field error on `idempotency-key`.
const PaymentCreateHeaders = Type.Object({ [IDEMPOTENCY_KEY_HEADER]: IdempotencyKeySchema })

export const paymentRoutes: DomainRoutes = async (app, { ctx }) => {
  const repo = paymentRepo(ctx.db)
  app.addHook('onRequest', ctx.authenticate)
  // Time-driven changes (expiry, due rail notifications) are applied before anything is read.
  app.addHook('preHandler', async () => {
    settlePayments(ctx.db, ctx.clock.now())
  })

  app.get(
    '/payments/quote',
    {
      schema: {
        tags,
        security,
        summary: 'What paying these items would cost now; creates and holds nothing',
        description:
          'items = kind:id pairs separated by commas (the checkout page\'s own encoding). The same checks as POST /payments in the same order ' +
          '(403, 404, 409 ITEM_ALREADY_PAID, a payable\'s refusal, 409 ITEM_IN_OPEN_PAYMENT with openPaymentId when the open payment is the caller\'s), ' +
          'but no payment is created and no item is held: the checkout shows this, and POST /payments runs only on 确认支付.',
        querystring: PaymentQuoteQuerySchema,
        response: responses({ 200: PaymentQuoteSchema }, 401, 403, 404, 409),
      },
    },
    async (request) => {
      const items = request.query.items.split(',').map((pair) => {
        const at = pair.indexOf(':')
        return { kind: pair.slice(0, at) as PayableKind, id: pair.slice(at + 1) }
      })
      return repo.quote(currentUser(request).userId, items, ctx.clock.now())
    },
  )

  app.post(
    '/payments',
    {
      preValidation: async (request) => {
        const key = request.headers[IDEMPOTENCY_KEY_HEADER]
        if (key === undefined || (typeof key === 'string' && key.trim() === '')) throw paymentProblems.idempotencyKeyMissing()
      },
      schema: {
        tags,
        security,
        summary: 'Create a payment for bills (fines and fees later); the server computes the amount',
        description:
          'Idempotency-Key required. 201 with a new payment; 200 with the ORIGINAL payment (current state) when the same key is sent again with the same body ' +
          '(header idempotent-replayed: true); 409 IDEMPOTENCY_KEY_REUSED when the body differs. Items: 403 when not the caller\'s, ' +
          '409 ITEM_ALREADY_PAID, 409 ITEM_IN_OPEN_PAYMENT (openPaymentId when the open payment is the caller\'s).',
        headers: PaymentCreateHeaders,
        body: PaymentCreateBodySchema,
        response: responses({ 200: PaymentSchema, 201: PaymentSchema }, 401, 403, 404, 409, ...BODY_PROBLEMS),
      },
    },
    async (request, reply) => {
      const key = request.headers[IDEMPOTENCY_KEY_HEADER] as string
      const { payment, replayed } = repo.create(currentUser(request).userId, key, request.body, ctx.clock.now())
      if (replayed) reply.code(200).header('idempotent-replayed', 'true')
      else reply.code(201).header('location', `/api/v1/payments/${payment.id}`)
      return repo.toPayment(payment)
    },
  )

  app.get(
    '/payments',
    {
      schema: {
        tags,
        security,
        summary: 'My payments, newest first',
        querystring: PaymentsQuerySchema,
        response: responses({ 200: PaymentPageSchema }, 401),
      },
    },
    async (request) => {
      const { status = 'all', page = 1, pageSize = 20 } = request.query
      const { rows, total } = repo.page(currentUser(request).userId, status, page, pageSize, ctx.clock.now())
      return { items: rows.map(repo.toPayment), total, page, pageSize }
    },
  )

  app.get(
    '/payments/:id',
    {
      schema: {
        tags,
        security,
        summary: 'One of my payments: the only truth about whether it succeeded',
        params: PaymentParamsSchema,
        response: responses({ 200: PaymentSchema }, 401, 403, 404),
      },
    },
    async (request) => repo.toPayment(repo.get(currentUser(request).userId, request.params.id, ctx.clock.now())),
  )

  app.post(
    '/payments/:id/cancel',
    {
      schema: {
        tags,
        security,
        summary: 'Abandon an open payment (created or started); frees its items',
        params: PaymentParamsSchema,
        response: responses({ 200: PaymentSchema }, 401, 403, 404, 409),
      },
    },
    async (request) => repo.toPayment(repo.cancel(currentUser(request).userId, request.params.id, ctx.clock.now())),
  )

  app.get(
    '/payments/:id/receipt',
    {
      schema: {
        tags,
        security,
        summary: 'The e-receipt (电子票据) of a successful payment; 404 RECEIPT_NOT_READY otherwise',
        params: PaymentParamsSchema,
        response: responses({ 200: ReceiptSchema }, 401, 403, 404),
      },
    },
    async (request) => repo.toReceipt(repo.receipt(currentUser(request).userId, request.params.id, ctx.clock.now()).receipt),
  )
}
