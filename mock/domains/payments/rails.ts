// /rails: the simulated payment rails. They stand in for WeChat Pay (wx.requestPayment), Alipay
// (my.tradePay) and the unified payment platform's cashier (H5). Not our API: no bearer token, the
// channel parameters are the authorisation, and they answer loopback clients only.
//
// A rail never decides the result: 'success' and 'fail' move the payment created → started and
// schedule the rail's notification at now + paymentNotifyDelayMs, which the server applies lazily
// (on the next read of that payment, or any payment request, or the sweep). 'cancel' cancels at once.
import {
  AlipayRailPayBodySchema,
  CashierPageParamsSchema,
  CashierPageQuerySchema,
  CashierPageSchema,
  CashierRailPayBodySchema,
  RailResultSchema,
  WechatRailPayBodySchema,
  type PaymentChannel,
  type RailOutcome,
} from '../../../contract'
import { isLoopback } from '../../faults/admin-routes'
import { problems } from '../../http/problem'
import { BODY_PROBLEMS, responses } from '../../http/responses'
import type { DomainRoutes } from '../../http/types'
import { CASHIER_PAGE_HEADERS, renderCashierPage, safeReturnUrl } from './cashier-page'
import { prepayIdFromPackage } from './channel-params'
import { paymentProblems } from './problems'
import { paymentRepo, settlePayments } from './repo'

const tags = ['sandbox-rails']

const orderNotFound = () => problems.notFound('没有找到这笔订单（模拟支付通道）。请回到应用重新发起支付。')

export const railRoutes: DomainRoutes = async (app, { ctx }) => {
  const repo = paymentRepo(ctx.db)
  app.addHook('onRequest', async (request) => {
    if (!isLoopback(request)) throw paymentProblems.railsLocalOnly()
  })
  app.addHook('preHandler', async () => {
    settlePayments(ctx.db, ctx.clock.now())
  })

  function pay(channel: PaymentChannel, railRef: string | null, outcome: RailOutcome | undefined) {
    if (railRef === null) throw orderNotFound()
    const result = repo.railPay(channel, railRef, outcome ?? 'success', ctx.clock.now(), ctx.paymentNotifyDelayMs)
    if (result === null) throw orderNotFound()
    return { result }
  }

  const railResponses = responses({ 200: RailResultSchema }, 404, 409, ...BODY_PROBLEMS)

  app.post(
    '/wechat/pay',
    { schema: { tags, summary: 'Simulated WeChat Pay: the user confirms (or not) in wx.requestPayment', body: WechatRailPayBodySchema, response: railResponses } },
    async (request) => pay('weapp', prepayIdFromPackage(request.body.package), request.body.outcome),
  )

  app.post(
    '/alipay/pay',
    { schema: { tags, summary: 'Simulated Alipay: the user confirms (or not) in my.tradePay', body: AlipayRailPayBodySchema, response: railResponses } },
    async (request) => pay('alipay', request.body.tradeNO, request.body.outcome),
  )

  app.post(
    '/cashier/pay',
    { schema: { tags, summary: 'Simulated cashier: the user confirms (or not) on the cashier page', body: CashierRailPayBodySchema, response: railResponses } },
    async (request) => pay('h5', request.body.cashierToken, request.body.outcome),
  )

  app.get(
    '/cashier/:cashierToken',
    {
      schema: {
        tags,
        summary: 'The sandbox cashier page (HTML) for an H5 payment; ?return= is where it sends the user back',
        params: CashierPageParamsSchema,
        querystring: CashierPageQuerySchema,
        response: {
          ...responses({}, 404),
          200: { description: 'The cashier page', content: { 'text/html': { schema: CashierPageSchema } } },
        },
      },
    },
    async (request, reply) => {
      const { cashierToken } = request.params
      const row = repo.findByRail('h5', cashierToken, ctx.clock.now())
      if (!row) throw orderNotFound()
      const ownOrigin = `${request.protocol}://${request.host}`
      const html = renderCashierPage(repo.toPayment(row), cashierToken, safeReturnUrl(request.query.return, ownOrigin))
      return reply.headers(CASHIER_PAGE_HEADERS).send(html)
    },
  )
}
