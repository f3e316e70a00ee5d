// Helpers for tests of utilities and payments (in-process, fastify.inject).
import type { LightMyRequestResponse } from 'fastify'
import type { Bill, BillList, Payment, PaymentChannel, RailOutcome } from '../../contract'
import type { SandboxServer } from '../server'
import { bearer } from './helpers'

export const RESIDENT_WATER = 'ha_seed-resident-water'
export const RESIDENT_ELECTRICITY = 'ha_seed-resident-electricity'
export const RESIDENT_GAS = 'ha_seed-resident-gas'
export const ELDER_GAS = 'ha_seed-elder-gas'

export async function billsOf(app: SandboxServer, token: string, bindingId: string, status = 'all'): Promise<Bill[]> {
  const res = await app.inject({ url: `/api/v1/utilities/accounts/${bindingId}/bills?status=${status}`, headers: bearer(token) })
  if (res.statusCode !== 200) throw new Error(`bills: ${res.statusCode} ${res.body}`)
  return res.json<BillList>().items
}

export function createPayment(
  app: SandboxServer,
  token: string,
  key: string | undefined,
  billIds: string[],
  channel: PaymentChannel = 'h5',
): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { ...bearer(token) }
  if (key !== undefined) headers['idempotency-key'] = key
  return app.inject({
    method: 'POST',
    url: '/api/v1/payments',
    headers,
    payload: { items: billIds.map((id) => ({ kind: 'bill', id })), channel },
  })
}

/** What the client hands to the platform (wx.requestPayment / my.tradePay / cashier), sent to the rail. */
export function railPay(app: SandboxServer, payment: Payment, outcome?: RailOutcome, remoteAddress?: string): Promise<LightMyRequestResponse> {
  const p = payment.channelParams
  const extra = outcome === undefined ? {} : { outcome }
  if (p.kind === 'wechat') return app.inject({ method: 'POST', url: '/rails/wechat/pay', payload: { package: p.package, ...extra }, remoteAddress })
  if (p.kind === 'alipay') return app.inject({ method: 'POST', url: '/rails/alipay/pay', payload: { tradeNO: p.tradeNO, ...extra }, remoteAddress })
  return app.inject({ method: 'POST', url: '/rails/cashier/pay', payload: { cashierToken: p.cashierToken, ...extra }, remoteAddress })
}

export async function getPayment(app: SandboxServer, token: string, id: string): Promise<Payment> {
  const res = await app.inject({ url: `/api/v1/payments/${id}`, headers: bearer(token) })
  if (res.statusCode !== 200) throw new Error(`payment: ${res.statusCode} ${res.body}`)
  return res.json<Payment>()
}

export function count(app: SandboxServer, sql: string, ...params: unknown[]): number {
  return (app.sandbox.db.prepare(`SELECT COUNT(*) AS n FROM ${sql}`).get(...params) as { n: number }).n
}
