import type { Payment, PaymentQuote, Receipt } from '@contract'
import { http, newIdempotencyKey } from '@/api/client'
import { isApiError } from '@/api/errors'
import { encodeItems, type PayableRef } from '@/api/payable-ref'

// The unified payment service (统一支付). Features that charge (bills, fines, fees) reach it through
// routes.payments.*, never by calling these. Only GET /payments/{id} says whether money moved.

/**
 * What paying these items costs now (GET /payments/quote): nothing is created or held, so opening
 * the checkout and going back leaves no trace. The payment itself is created on 确认支付.
 */
export async function fetchQuote(items: readonly PayableRef[]): Promise<PaymentQuote> {
  const { data } = await http.get<PaymentQuote>('/payments/quote', { params: { items: encodeItems(items) } })
  return data
}

/** Retries only when the answer may have been lost; the same key makes that safe. */
function retriable(error: unknown): boolean {
  return isApiError(error) && (error.code === 'NETWORK_ERROR' || error.code === 'TIMEOUT' || error.status >= 500)
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Creates a payment with one Idempotency-Key for this intent, retrying a lost
 * answer up to 3 times with the SAME key: a dropped response, a timeout or a
 * double tap can never create a second charge.
 */
export async function createPayment(items: readonly PayableRef[], channel: 'weapp' | 'alipay' | 'h5', key = newIdempotencyKey()): Promise<Payment> {
  let attempt = 0
  for (;;) {
    try {
      const { data } = await http.post<Payment>('/payments', { items, channel }, { headers: { 'Idempotency-Key': key } })
      return data
    } catch (error) {
      attempt += 1
      if (attempt > 3 || !retriable(error)) throw error
      await sleep(400 * attempt)
    }
  }
}

export async function fetchPayment(id: string): Promise<Payment> {
  const { data } = await http.get<Payment>(`/payments/${encodeURIComponent(id)}`)
  return data
}

export async function cancelPayment(id: string): Promise<Payment> {
  const { data } = await http.post<Payment>(`/payments/${encodeURIComponent(id)}/cancel`, {})
  return data
}

export async function fetchPayments(status: 'open' | 'finished' | 'all', page = 1, pageSize = 20) {
  const { data } = await http.get<{ items: Payment[]; total: number; page: number; pageSize: number }>('/payments', {
    params: { status, page, pageSize },
  })
  return data
}

export async function fetchReceipt(paymentId: string): Promise<Receipt> {
  const { data } = await http.get<Receipt>(`/payments/${encodeURIComponent(paymentId)}/receipt`)
  return data
}
