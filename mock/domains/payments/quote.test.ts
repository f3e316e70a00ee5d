// Issue 15.3: the checkout prices the selection with GET /payments/quote (nothing created, nothing
// held); the payment is created only on 确认支付; an item in one of the caller's open payments is
// shown with 继续支付 everywhere (bill list, violation list, to-do inbox), which resumes THAT payment.
// Issue 15.12: a fine's 加处罚款 breakdown travels with the item to the payment and the receipt.
import type { Bill, Inbox, Payment, PaymentQuote, Receipt, Violation, ViolationList } from '../../../contract'
import { bearer, buildTestServer, expectProblem, login, type TestServer } from '../../test/helpers'
import { RESIDENT_GAS, RESIDENT_WATER, billsOf, count, createPayment, getPayment, railPay } from '../../test/payment-helpers'
import { SEEDED_VEHICLE_BINDINGS, SEEDED_VIOLATIONS } from '../fines/seed'

const NOTIFY_MS = 2000
jest.setTimeout(30_000)

let t: TestServer
let token: string
let water: Bill[]
beforeEach(async () => {
  t = await buildTestServer({ admin: true, paymentNotifyDelayMs: NOTIFY_MS })
  token = (await login(t.app, 'resident')).accessToken
  water = await billsOf(t.app, token, RESIDENT_WATER, 'unpaid')
})
afterEach(async () => {
  await t.app.close()
})

const quote = (items: string, auth: string | null = token) =>
  t.app.inject({ url: `/api/v1/payments/quote?items=${encodeURIComponent(items)}`, headers: auth === null ? {} : bearer(auth) })
const get = <T>(url: string, auth = token) => t.app.inject({ url: `/api/v1${url}`, headers: bearer(auth) }).then((r) => r.json<T>())
const rows = () => ({
  payments: count(t.app, 'payments'),
  held: count(t.app, 'payment_open_items'),
  items: count(t.app, 'payment_items'),
})
const payFine = (id: string, key: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/payments',
    headers: { ...bearer(token), 'idempotency-key': key },
    payload: { items: [{ kind: 'fine', id }], channel: 'h5' },
  })

describe('GET /payments/quote', () => {
  it('prices bills exactly like POST /payments would, and creates and holds nothing', async () => {
    const res = await quote(`bill:${water[0].id},bill:${water[1].id}`)
    expect(res.statusCode).toBe(200)
    const priced = res.json<PaymentQuote>()
    expect(priced.amountFen).toBe(water[0].amountFen + water[1].amountFen)
    expect(priced.items.map((i) => i.id)).toEqual([water[0].id, water[1].id])
    expect(rows()).toEqual({ payments: 0, held: 0, items: 0 })
    // Quoting again and again (a user going back and forth) still creates nothing and frees nothing.
    for (let i = 0; i < 3; i += 1) expect((await quote(`bill:${water[0].id}`)).statusCode).toBe(200)
    expect(rows()).toEqual({ payments: 0, held: 0, items: 0 })
    expect((await billsOf(t.app, token, RESIDENT_WATER, 'unpaid')).map((b) => b.status)).toEqual(['unpaid', 'unpaid'])
    expect((await get<{ total: number }>('/payments?status=all')).total).toBe(0)

    const created = await createPayment(t.app, token, 'quote-then-pay-1', [water[0].id, water[1].id])
    expect(created.statusCode).toBe(201)
    expect(created.json<Payment>()).toMatchObject({ amountFen: priced.amountFen, description: priced.description, items: priced.items })
  })

  it('shows a fine as 罚款 + 加处罚款, kept on the payment and on the receipt', async () => {
    const priced = (await quote(`fine:${SEEDED_VIOLATIONS.residentRunning}`)).json<PaymentQuote>()
    expect(priced.items[0]).toMatchObject({
      amountFen: 23000,
      breakdown: [
        { label: '罚款', amountFen: 20000 },
        { label: '加处罚款', amountFen: 3000 },
      ],
    })
    const created = await payFine(SEEDED_VIOLATIONS.residentRunning, 'fine-breakdown-1')
    expect(created.json<Payment>().items[0].breakdown).toEqual(priced.items[0].breakdown)
    await railPay(t.app, created.json<Payment>())
    t.clock.advance(NOTIFY_MS)
    const done = await getPayment(t.app, token, created.json<Payment>().id)
    expect(done.status).toBe('success')
    const receipt = await get<Receipt>(`/payments/${done.id}/receipt`)
    expect(receipt.items[0].breakdown).toEqual([
      { label: '罚款', amountFen: 20000 },
      { label: '加处罚款', amountFen: 3000 },
    ])
    // A bill has one part: no breakdown.
    expect((await quote(`bill:${water[0].id}`)).json<PaymentQuote>().items[0].breakdown).toBeUndefined()
  })

  it('answers the same problems as POST /payments: not mine, unknown, paid, refused, in an open payment', async () => {
    const elder = (await login(t.app, 'elder')).accessToken
    expectProblem(await quote(`bill:${water[0].id}`, elder), 403, 'FORBIDDEN_RESOURCE')
    expectProblem(await quote('bill:bill_nope'), 404, 'NOT_FOUND')
    expectProblem(await quote(`fine:${SEEDED_VIOLATIONS.residentUnprocessed}`), 409, 'VIOLATION_NOT_PROCESSED')
    const open = (await createPayment(t.app, token, 'held-by-me-1', [water[0].id])).json<Payment>()
    const held = expectProblem(await quote(`bill:${water[1].id},bill:${water[0].id}`), 409, 'ITEM_IN_OPEN_PAYMENT')
    expect(held.openPaymentId).toBe(open.id)
    await railPay(t.app, open)
    t.clock.advance(NOTIFY_MS)
    expectProblem(await quote(`bill:${water[0].id}`), 409, 'ITEM_ALREADY_PAID')
    expect(rows().payments).toBe(1)
  })

  it('refuses bad input with 400 problem+json, and asks for a login', async () => {
    for (const bad of ['', 'bill', `bill:${water[0].id},`, 'tax:123', 'bill:a b', Array.from({ length: 21 }, (_, i) => `bill:b${i}`).join(',')]) {
      const res = await t.app.inject({ url: `/api/v1/payments/quote?items=${encodeURIComponent(bad)}`, headers: bearer(token) })
      expectProblem(res, 400, 'VALIDATION_FAILED')
    }
    expectProblem(await t.app.inject({ url: '/api/v1/payments/quote', headers: bearer(token) }), 400, 'VALIDATION_FAILED')
    expectProblem(await quote(`bill:${water[0].id},bill:${water[0].id}`), 400, 'VALIDATION_FAILED')
    expectProblem(await quote(`bill:${water[0].id}`, null), 401, 'TOKEN_MISSING')
    expect(rows()).toEqual({ payments: 0, held: 0, items: 0 })
  })
})

describe('继续支付: an open payment is offered wherever its items show', () => {
  it('bill list, violation list and the to-do inbox point at the SAME open payment, which then completes', async () => {
    const bills = (await createPayment(t.app, token, 'open-bills-0001', [water[0].id])).json<Payment>()
    const fine = (await payFine(SEEDED_VIOLATIONS.residentRunning, 'open-fine-0001')).json<Payment>()

    const listed = await billsOf(t.app, token, RESIDENT_WATER, 'unpaid')
    expect(listed.find((b) => b.id === water[0].id)).toMatchObject({ status: 'paying', paymentId: bills.id })
    expect(listed.find((b) => b.id === water[1].id)?.paymentId).toBeUndefined()

    const violations = await get<ViolationList>(`/fines/vehicles/${SEEDED_VEHICLE_BINDINGS.residentCar}/violations`)
    expect(violations.items.find((v) => v.id === SEEDED_VIOLATIONS.residentRunning)?.openPaymentId).toBe(fine.id)
    expect(violations.items.filter((v) => v.openPaymentId !== undefined)).toHaveLength(1)
    expect((await get<Violation>(`/fines/violations/${SEEDED_VIOLATIONS.residentRunning}`)).openPaymentId).toBe(fine.id)

    const inbox = await get<Inbox>('/inbox')
    const waterTodo = inbox.items.find((i) => i.id === `bill-account:${RESIDENT_WATER}`)
    expect(waterTodo).toMatchObject({ action: '继续支付', subject: { kind: 'open-payment', id: bills.id } })
    expect(inbox.items.find((i) => i.id === `bill-account:${RESIDENT_GAS}`)?.action).toBe('去缴费')
    expect(inbox.items.find((i) => i.id === `fine:${SEEDED_VIOLATIONS.residentRunning}`)).toMatchObject({
      action: '继续支付',
      subject: { kind: 'open-payment', id: fine.id },
    })

    // Resuming = reading that payment and handing its channel parameters to the rail: no new payment.
    const resumed = await getPayment(t.app, token, bills.id)
    expect(resumed.channelParams).toEqual(bills.channelParams)
    expect((await railPay(t.app, resumed)).json()).toEqual({ result: 'submitted' })
    t.clock.advance(NOTIFY_MS)
    expect((await getPayment(t.app, token, bills.id)).status).toBe('success')
    expect(count(t.app, 'payments')).toBe(2)
    expect((await get<Inbox>('/inbox')).items.find((i) => i.id === `bill-account:${RESIDENT_WATER}`)?.action).toBe('去缴费')
  })

  it('a family member sees 缴费中 but gets no payment id of someone else', async () => {
    const gas = (await billsOf(t.app, token, RESIDENT_GAS, 'unpaid'))[0]
    await createPayment(t.app, token, 'open-gas-00001', [gas.id])
    const elder = (await login(t.app, 'elder')).accessToken
    const todo = (await get<Inbox>('/inbox', elder)).items.find((i) => i.kind === 'bill')
    expect(todo?.action).toBe('去缴费')
    expect(expectProblem(await quote(`bill:${gas.id}`, elder), 409, 'ITEM_IN_OPEN_PAYMENT').openPaymentId).toBeUndefined()
  })

  it('an expired payment stops being offered (90 minutes)', async () => {
    await createPayment(t.app, token, 'open-expire-001', [water[0].id])
    t.clock.advance(91 * 60 * 1000)
    token = (await login(t.app, 'resident')).accessToken
    expect((await get<Inbox>('/inbox')).items.find((i) => i.id === `bill-account:${RESIDENT_WATER}`)?.action).toBe('去缴费')
    expect((await quote(`bill:${water[0].id}`)).statusCode).toBe(200)
  })
})
