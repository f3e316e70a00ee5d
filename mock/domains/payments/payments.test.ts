import { PAYMENT_TTL_MS, type Bill, type Payment, type PaymentPage, type Receipt } from '../../../contract'
import { bearer, buildTestServer, expectProblem, login, type TestServer } from '../../test/helpers'
import {
  ELDER_GAS,
  RESIDENT_ELECTRICITY,
  RESIDENT_GAS,
  RESIDENT_WATER,
  billsOf,
  count,
  createPayment,
  getPayment,
  railPay,
} from '../../test/payment-helpers'

const NOTIFY_MS = 2000

let t: TestServer
let token: string
let water: Bill[]
let electricity: Bill
let gas: Bill
beforeEach(async () => {
  t = await buildTestServer({ admin: true, paymentNotifyDelayMs: NOTIFY_MS })
  token = (await login(t.app, 'resident')).accessToken
  water = await billsOf(t.app, token, RESIDENT_WATER, 'unpaid')
  electricity = (await billsOf(t.app, token, RESIDENT_ELECTRICITY, 'unpaid'))[0]
  gas = (await billsOf(t.app, token, RESIDENT_GAS, 'unpaid'))[0]
})
afterEach(async () => {
  await t.app.close()
})

const create = (key: string | undefined, ids: string[], channel: 'weapp' | 'alipay' | 'h5' = 'h5', auth = token) =>
  createPayment(t.app, auth, key, ids, channel)
const created = async (key: string, ids: string[], channel: 'weapp' | 'alipay' | 'h5' = 'h5') => {
  const res = await create(key, ids, channel)
  if (res.statusCode !== 201) throw new Error(`create: ${res.statusCode} ${res.body}`)
  return res.json<Payment>()
}
const cancel = (id: string, auth = token) => t.app.inject({ method: 'POST', url: `/api/v1/payments/${id}/cancel`, headers: bearer(auth) })
const receipt = (id: string, auth = token) => t.app.inject({ url: `/api/v1/payments/${id}/receipt`, headers: bearer(auth) })
const paymentsRows = () => count(t.app, 'payments WHERE user_id = ?', 'u100001')
const iso = (ms: number) => new Date(ms).toISOString()
/** Moves the clock; past the 15-minute access token lifetime, logs in again. */
const advance = async (ms: number) => {
  t.clock.advance(ms)
  token = (await login(t.app, 'resident')).accessToken
}

describe('POST /payments: the Idempotency-Key', () => {
  it('is required (IDEMPOTENCY_KEY_MISSING), after the login check', async () => {
    expectProblem(await create(undefined, [water[0].id]), 400, 'IDEMPOTENCY_KEY_MISSING')
    expectProblem(await create('', [water[0].id]), 400, 'IDEMPOTENCY_KEY_MISSING')
    expectProblem(await create('   ', [water[0].id]), 400, 'IDEMPOTENCY_KEY_MISSING')
    expectProblem(await t.app.inject({ method: 'POST', url: '/api/v1/payments', payload: {} }), 401, 'TOKEN_MISSING')
    expect(paymentsRows()).toBe(0)
  })

  it('must be 8–64 of [A-Za-z0-9-_]', async () => {
    for (const key of ['short', 'has space in it', 'ünïcödé-key', 'x'.repeat(65), 'semi;colon;key']) {
      const problem = expectProblem(await create(key, [water[0].id]), 400, 'VALIDATION_FAILED')
      expect(problem.errors?.every((e) => e.field === 'idempotency-key')).toBe(true)
      expect(problem.errors).toContainEqual({
        field: 'idempotency-key',
        code: 'PATTERN',
        message: 'Idempotency-Key 应为 8–64 位字母、数字、- 或 _，同一次缴费的每次重试使用同一个值',
      })
    }
    for (const key of ['abcdefgh', 'A-b_C-d_0123', 'k'.repeat(64)]) expect((await create(key, [water[0].id])).statusCode).not.toBe(400)
  })

  it('same key + same body → 200 with the original payment; different body → 409 IDEMPOTENCY_KEY_REUSED', async () => {
    const first = await create('key-same-body-1', [water[0].id, water[1].id])
    expect(first.statusCode).toBe(201)
    const original = first.json<Payment>()
    const replay = await create('key-same-body-1', [water[0].id, water[1].id])
    expect(replay.statusCode).toBe(200)
    expect(replay.headers['idempotent-replayed']).toBe('true')
    expect(replay.json<Payment>()).toEqual(original)
    expect(paymentsRows()).toBe(1)

    expectProblem(await create('key-same-body-1', [water[0].id]), 409, 'IDEMPOTENCY_KEY_REUSED')
    expectProblem(await create('key-same-body-1', [water[1].id, water[0].id]), 409, 'IDEMPOTENCY_KEY_REUSED')
    expectProblem(await create('key-same-body-1', [water[0].id, water[1].id], 'weapp'), 409, 'IDEMPOTENCY_KEY_REUSED')
    expect(paymentsRows()).toBe(1)

    // The replay reflects the payment's current state (here: finished after the rail's notification).
    await railPay(t.app, original)
    t.clock.advance(NOTIFY_MS)
    const later = await create('key-same-body-1', [water[0].id, water[1].id])
    expect(later.statusCode).toBe(200)
    expect(later.json<Payment>()).toMatchObject({ id: original.id, status: 'success' })
  })

  it('is scoped per user', async () => {
    const elder = (await login(t.app, 'elder')).accessToken
    const mine = await created('shared-key-01', [gas.id])
    await cancel(mine.id)
    const elderGas = (await billsOf(t.app, elder, ELDER_GAS, 'unpaid'))[0]
    const theirs = await create('shared-key-01', [elderGas.id], 'h5', elder)
    expect(theirs.statusCode).toBe(201)
    expect(theirs.json<Payment>().id).not.toBe(mine.id)
  })

  it('a dropped answer (fault injection) followed by a retry with the same key returns the original payment', async () => {
    await t.app.inject({ method: 'PUT', url: '/__admin/faults', payload: { rules: [{ method: 'POST', path: '/api/v1/payments', dropRate: 1, times: 1 }] } })
    await expect(create('dropped-key-1', [water[0].id])).rejects.toMatchObject({ code: 'LIGHT_ECONNRESET' })
    // The request was applied: the payment exists and holds the bill.
    expect(paymentsRows()).toBe(1)
    expect((await billsOf(t.app, token, RESIDENT_WATER, 'unpaid'))[0].status).toBe('paying')
    const retry = await create('dropped-key-1', [water[0].id])
    expect(retry.statusCode).toBe(200)
    const stored = t.app.sandbox.db.prepare("SELECT id FROM payments WHERE idempotency_key = 'dropped-key-1'").get() as { id: string }
    expect(retry.json<Payment>().id).toBe(stored.id)
    expect(paymentsRows()).toBe(1)
  })

  it('concurrent creates: same key → one payment; overlapping bills with different keys → one 201, one 409', async () => {
    const same = await Promise.all([create('concurrent-1', [water[0].id]), create('concurrent-1', [water[0].id])])
    expect(same.map((r) => r.statusCode).sort()).toEqual([200, 201])
    expect(same[0].json<Payment>().id).toBe(same[1].json<Payment>().id)

    const overlapping = await Promise.all([create('concurrent-2', [water[1].id, electricity.id]), create('concurrent-3', [electricity.id, gas.id])])
    expect(overlapping.map((r) => r.statusCode).sort()).toEqual([201, 409])
    const loser = overlapping.find((r) => r.statusCode === 409)!
    const winner = overlapping.find((r) => r.statusCode === 201)!.json<Payment>()
    expect(expectProblem(loser, 409, 'ITEM_IN_OPEN_PAYMENT').openPaymentId).toBe(winner.id)
    expect(count(t.app, 'payment_open_items WHERE item_id = ?', electricity.id)).toBe(1)
  })
})

describe('POST /payments: items', () => {
  it('computes the amount and description on the server and returns channel parameters per channel', async () => {
    const wx = await created('amount-key-1', [water[0].id, water[1].id], 'weapp')
    expect(wx).toMatchObject({
      status: 'created',
      finished: false,
      amountFen: water[0].amountFen + water[1].amountFen,
      description: `水费 ${water[0].period} 等 2 笔`,
      items: [
        { kind: 'bill', id: water[0].id, description: `水费 ${water[0].period}`, amountFen: water[0].amountFen },
        { kind: 'bill', id: water[1].id, description: `水费 ${water[1].period}`, amountFen: water[1].amountFen },
      ],
      channel: 'weapp',
      createdAt: iso(t.clock.now()),
      expiresAt: iso(t.clock.now() + PAYMENT_TTL_MS),
    })
    expect(Object.keys(wx.channelParams).sort()).toEqual(['kind', 'nonceStr', 'package', 'paySign', 'signType', 'timeStamp'])
    expect(wx.channelParams).toMatchObject({ kind: 'wechat', signType: 'RSA', timeStamp: String(Math.floor(t.clock.now() / 1000)) })
    if (wx.channelParams.kind === 'wechat') expect(wx.channelParams.package).toMatch(/^prepay_id=wx20250106/)
    const ali = await created('amount-key-2', [electricity.id], 'alipay')
    expect(ali).toMatchObject({ description: `电费 ${electricity.period}`, amountFen: electricity.amountFen })
    expect(ali.channelParams).toEqual({ kind: 'alipay', tradeNO: expect.stringMatching(/^2025010622001[0-9]{15}$/) })
    const h5 = await created('amount-key-3', [gas.id], 'h5')
    expect(h5.channelParams).toEqual({ kind: 'cashier', cashierToken: expect.stringMatching(/^ck_/) })
    // Nothing secret travels: no key, secret or certificate fields.
    expect(JSON.stringify([wx, ali, h5])).not.toMatch(/secret|apiKey|privateKey|mchKey|cert/i)
  })

  it('rejects amounts from the client, empty, too many, duplicate and unknown-kind items', async () => {
    const withAmount = await t.app.inject({
      method: 'POST',
      url: '/api/v1/payments',
      headers: { ...bearer(token), 'idempotency-key': 'items-key-1' },
      payload: { items: [{ kind: 'bill', id: water[0].id, amountFen: 1 }], channel: 'h5' },
    })
    expectProblem(withAmount, 400, 'UNKNOWN_FIELD')
    expect(expectProblem(await create('items-key-2', []), 400, 'VALIDATION_FAILED').errors?.[0]).toMatchObject({ field: 'items', code: 'MIN_ITEMS' })
    const many = Array.from({ length: 21 }, (_, i) => `bill_x${i}`)
    expect(expectProblem(await create('items-key-3', many), 400, 'VALIDATION_FAILED').errors?.[0]).toMatchObject({ field: 'items', code: 'MAX_ITEMS' })
    const dup = expectProblem(await create('items-key-4', [water[0].id, water[1].id, water[0].id]), 400, 'VALIDATION_FAILED')
    expect(dup.errors).toEqual([{ field: 'items[2]', code: 'INVALID', message: '同一个缴费项目不能重复添加' }])
    const fine = await t.app.inject({
      method: 'POST',
      url: '/api/v1/payments',
      headers: { ...bearer(token), 'idempotency-key': 'items-key-5' },
      payload: { items: [{ kind: 'parking', id: '3301001234567890' }], channel: 'h5' },
    })
    expect(expectProblem(fine, 400, 'VALIDATION_FAILED').errors?.[0]).toMatchObject({ field: 'items[0].kind', code: 'ENUM' })
    expect(paymentsRows()).toBe(0)
  })

  it("refuses another user's bill (403), an unknown bill (404) and a paid one (409 ITEM_ALREADY_PAID)", async () => {
    const elder = (await login(t.app, 'elder')).accessToken
    const other = expectProblem(await create('owner-key-1', [water[0].id], 'h5', elder), 403, 'FORBIDDEN_RESOURCE')
    expect(other.errors?.[0].field).toBe('items[0].id')
    const unknown = expectProblem(await create('owner-key-2', [water[0].id, 'bill_doesnotexist']), 404, 'NOT_FOUND')
    expect(unknown.errors?.[0].field).toBe('items[1].id')
    const paid = (await billsOf(t.app, token, RESIDENT_WATER, 'paid'))[0]
    const problem = expectProblem(await create('owner-key-3', [water[0].id, paid.id]), 409, 'ITEM_ALREADY_PAID')
    expect(problem.errors?.[0].field).toBe('items[1].id')
    expect(problem.detail).toContain(paid.period)
    // Nothing was created or held by the refused requests.
    expect(paymentsRows()).toBe(0)
    expect(count(t.app, 'payment_open_items')).toBe(0)
  })

  it('an item can be in one open payment only: 409 ITEM_IN_OPEN_PAYMENT with openPaymentId', async () => {
    const open = await created('open-key-1', [water[0].id])
    const problem = expectProblem(await create('open-key-2', [water[1].id, water[0].id]), 409, 'ITEM_IN_OPEN_PAYMENT')
    expect(problem.openPaymentId).toBe(open.id)
    expect(problem.errors?.[0].field).toBe('items[1].id')
    expect((await billsOf(t.app, token, RESIDENT_WATER, 'unpaid')).map((b) => b.status)).toEqual(['paying', 'unpaid'])
  })
})

describe('the payment state machine', () => {
  it('created → started (rail) → success when the notification arrives: bills paid, exactly one receipt', async () => {
    const payment = await created('flow-key-1', [water[0].id, water[1].id], 'weapp')
    const submitted = await railPay(t.app, payment)
    expect(submitted.json()).toEqual({ result: 'submitted' })
    const startedAt = t.clock.now()
    // The rail said OK, but only the server decides: still started until notifyAt.
    t.clock.advance(NOTIFY_MS - 1)
    expect(await getPayment(t.app, token, payment.id)).toMatchObject({ status: 'started', finished: false, startedAt: iso(startedAt) })
    expectProblem(await receipt(payment.id), 404, 'RECEIPT_NOT_READY')
    t.clock.advance(1)
    const done = await getPayment(t.app, token, payment.id)
    expect(done).toMatchObject({ status: 'success', finished: true, finishedAt: iso(startedAt + NOTIFY_MS), receiptId: expect.stringMatching(/^rcpt_/) })
    expect(done.failure).toBeUndefined()
    const bills = await billsOf(t.app, token, RESIDENT_WATER)
    for (const b of bills.filter((x) => x.id === water[0].id || x.id === water[1].id)) {
      expect(b).toMatchObject({ status: 'paid', paidBy: 'self', paymentId: payment.id, paidAt: iso(startedAt + NOTIFY_MS) })
    }
    expect(count(t.app, 'payment_receipts WHERE payment_id = ?', payment.id)).toBe(1)
    const r = (await receipt(payment.id)).json<Receipt>()
    expect(r).toMatchObject({
      id: done.receiptId,
      paymentId: payment.id,
      payerName: '*大友',
      amountFen: payment.amountFen,
      items: payment.items,
      paidAt: iso(startedAt + NOTIFY_MS),
      issuer: '杭州水务集团',
      number: expect.stringMatching(/^330100250{5}[0-9]{3}$/),
      checkCode: expect.stringMatching(/^[0-9A-Z]{6}$/),
    })
    expect(JSON.stringify(r)).not.toContain('王大友')
    // Reading again changes nothing: still one receipt, same number.
    expect((await receipt(payment.id)).json<Receipt>()).toEqual(r)
    expect(count(t.app, 'payment_receipts WHERE payment_id = ?', payment.id)).toBe(1)
    // Finished is final.
    expectProblem(await railPay(t.app, payment), 409, 'PAYMENT_NOT_PAYABLE')
    expectProblem(await railPay(t.app, payment, 'cancel'), 409, 'PAYMENT_NOT_PAYABLE')
    expectProblem(await cancel(payment.id), 409, 'PAYMENT_NOT_CANCELLABLE')
    expect((await getPayment(t.app, token, payment.id)).status).toBe('success')
  })

  it('receipts of different providers are issued by the platform, with unique numbers', async () => {
    const mixed = await created('mixed-key-1', [water[0].id, electricity.id], 'alipay')
    await railPay(t.app, mixed)
    const single = await created('mixed-key-2', [gas.id], 'weapp')
    await railPay(t.app, single)
    t.clock.advance(NOTIFY_MS)
    const a = (await receipt(mixed.id)).json<Receipt>()
    const b = (await receipt(single.id)).json<Receipt>()
    expect(a.issuer).toBe('浙江省财政厅（统一公共支付平台）')
    expect(a.number.startsWith('330100')).toBe(true)
    expect(b).toMatchObject({ issuer: '温州瓯江燃气有限公司', number: expect.stringMatching(/^330300/) })
    const numbers = t.app.sandbox.db.prepare('SELECT number FROM payment_receipts').all() as { number: string }[]
    expect(new Set(numbers.map((n) => n.number)).size).toBe(numbers.length)
  })

  it("started → failed (DECLINED) when the rail reports 'fail'; the items are payable again", async () => {
    const payment = await created('fail-key-1', [water[0].id], 'alipay')
    await railPay(t.app, payment, 'fail')
    expect((await getPayment(t.app, token, payment.id)).status).toBe('started')
    t.clock.advance(NOTIFY_MS)
    const failed = await getPayment(t.app, token, payment.id)
    expect(failed).toMatchObject({ status: 'failed', finished: true, failure: { code: 'DECLINED', message: expect.stringContaining('未扣款') } })
    expect(failed.receiptId).toBeUndefined()
    expectProblem(await receipt(payment.id), 404, 'RECEIPT_NOT_READY')
    expect((await billsOf(t.app, token, RESIDENT_WATER, 'unpaid'))[0]).toMatchObject({ id: water[0].id, status: 'unpaid' })
    expect((await create('fail-key-2', [water[0].id])).statusCode).toBe(201)
  })

  it("created → cancelled by the rail ('cancel') or by the user; started → cancelled by the user", async () => {
    const byRail = await created('cancel-key-1', [water[0].id], 'weapp')
    expect((await railPay(t.app, byRail, 'cancel')).json()).toEqual({ result: 'cancelled' })
    expect(await getPayment(t.app, token, byRail.id)).toMatchObject({ status: 'cancelled', failure: { code: 'CANCELLED_BY_USER' }, finishedAt: iso(t.clock.now()) })

    const byUser = await created('cancel-key-2', [water[0].id])
    const res = await cancel(byUser.id)
    expect(res.statusCode).toBe(200)
    expect(res.json<Payment>()).toMatchObject({ status: 'cancelled', finished: true, failure: { code: 'CANCELLED_BY_USER' } })

    // Abandoned while the rail's answer is pending: the authorisation is voided, never charged.
    const started = await created('cancel-key-3', [water[0].id])
    await railPay(t.app, started)
    expect((await cancel(started.id)).json<Payment>().status).toBe('cancelled')
    t.clock.advance(NOTIFY_MS * 2)
    expect((await getPayment(t.app, token, started.id)).status).toBe('cancelled')
    expect((await billsOf(t.app, token, RESIDENT_WATER, 'unpaid'))[0].status).toBe('unpaid')
    expect(count(t.app, 'payment_receipts WHERE payment_id = ?', started.id)).toBe(0)
    expectProblem(await cancel(started.id), 409, 'PAYMENT_NOT_CANCELLABLE')
  })

  it('started cannot be submitted twice on the rail', async () => {
    const payment = await created('twice-key-1', [water[0].id], 'weapp')
    await railPay(t.app, payment)
    const problem = expectProblem(await railPay(t.app, payment), 409, 'PAYMENT_NOT_PAYABLE')
    expect(problem.detail).toContain('请勿重复付款')
  })

  it('expires 90 minutes after creation (by the injected clock), freeing the items', async () => {
    const payment = await created('expiry-key-1', [water[0].id, water[1].id])
    await advance(PAYMENT_TTL_MS - 1)
    expect((await getPayment(t.app, token, payment.id)).status).toBe('created')
    t.clock.advance(1)
    const expired = await getPayment(t.app, token, payment.id)
    expect(expired).toMatchObject({ status: 'expired', finished: true, finishedAt: payment.expiresAt, failure: { code: 'EXPIRED' } })
    expectProblem(await railPay(t.app, payment), 409, 'PAYMENT_NOT_PAYABLE')
    expectProblem(await cancel(payment.id), 409, 'PAYMENT_NOT_CANCELLABLE')
    expect((await billsOf(t.app, token, RESIDENT_WATER, 'unpaid')).map((b) => b.status)).toEqual(['unpaid', 'unpaid'])
    expect((await create('expiry-key-2', [water[0].id, water[1].id])).statusCode).toBe(201)
  })

  it('a started payment expires too; a notification due after the expiry never lands (no charge)', async () => {
    const payment = await created('expiry-key-3', [water[0].id])
    await advance(PAYMENT_TTL_MS - 1000)
    await railPay(t.app, payment) // notifyAt = expiresAt + 1000
    await advance(5000)
    const expired = await getPayment(t.app, token, payment.id)
    expect(expired).toMatchObject({ status: 'expired', finishedAt: payment.expiresAt })
    expect((await billsOf(t.app, token, RESIDENT_WATER, 'unpaid'))[0].status).toBe('unpaid')
  })

  it('a notification due before the expiry wins, even when read long after', async () => {
    const payment = await created('expiry-key-4', [water[0].id])
    await railPay(t.app, payment)
    await advance(PAYMENT_TTL_MS * 3)
    expect(await getPayment(t.app, token, payment.id)).toMatchObject({ status: 'success', finishedAt: iso(Date.parse(payment.createdAt) + NOTIFY_MS) })
  })

  it('expires lazily on any request, and in the sweep without one', async () => {
    const payment = await created('sweep-key-1', [water[0].id])
    t.clock.advance(PAYMENT_TTL_MS)
    const status = () => (t.app.sandbox.db.prepare('SELECT status FROM payments WHERE id = ?').get(payment.id) as { status: string }).status
    expect(status()).toBe('created') // nobody asked yet
    t.app.sandbox.sweep()
    expect(status()).toBe('expired')
  })

  it('the periodic sweep (sweepIntervalMs) applies due notifications', async () => {
    const s = await buildTestServer({ sweepIntervalMs: 5, paymentNotifyDelayMs: 10 })
    const resident = (await login(s.app)).accessToken
    const [bill] = await billsOf(s.app, resident, RESIDENT_WATER, 'unpaid')
    const payment = (await createPayment(s.app, resident, 'sweep-key-2', [bill.id])).json<Payment>()
    await railPay(s.app, payment)
    s.clock.advance(10)
    // No request: only the timer can apply the notification. Poll (real time) for a slow machine.
    const status = () => (s.app.sandbox.db.prepare('SELECT status FROM payments WHERE id = ?').get(payment.id) as { status: string }).status
    for (let waited = 0; status() !== 'success' && waited < 3000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10))
    expect(status()).toBe('success')
    await s.app.close()
  })
})

describe('paid elsewhere (reconciliation)', () => {
  it('an open payment whose bill was paid elsewhere fails with PAID_ELSEWHERE when its notification arrives; no double charge', async () => {
    const payment = await created('elsewhere-key-1', [water[0].id, water[1].id], 'weapp')
    const marked = await t.app.inject({ method: 'POST', url: `/__admin/utilities/bills/${water[0].id}/paid-elsewhere` })
    expect(marked.statusCode).toBe(200)
    // Paid wins over paying in the bill's status; the payment is still open until the rail answers.
    expect((await billsOf(t.app, token, RESIDENT_WATER)).find((b) => b.id === water[0].id)).toMatchObject({ status: 'paid', paidBy: 'elsewhere' })
    expect((await getPayment(t.app, token, payment.id)).status).toBe('created')
    await railPay(t.app, payment)
    t.clock.advance(NOTIFY_MS)
    const failed = await getPayment(t.app, token, payment.id)
    expect(failed).toMatchObject({ status: 'failed', failure: { code: 'PAID_ELSEWHERE', message: expect.stringContaining('未扣款') } })
    expect(count(t.app, 'payment_receipts WHERE payment_id = ?', payment.id)).toBe(0)
    const bills = await billsOf(t.app, token, RESIDENT_WATER)
    expect(bills.find((b) => b.id === water[0].id)).toMatchObject({ status: 'paid', paidBy: 'elsewhere' })
    expect(bills.find((b) => b.id === water[0].id)?.paymentId).toBeUndefined()
    // All or nothing: the other bill of the payment is unpaid again.
    expect(bills.find((b) => b.id === water[1].id)?.status).toBe('unpaid')
    // And a bill paid elsewhere can never be charged again.
    expectProblem(await create('elsewhere-key-2', [water[0].id]), 409, 'ITEM_ALREADY_PAID')
    expect((await create('elsewhere-key-3', [water[1].id])).statusCode).toBe(201)
  })
})

describe('reading payments', () => {
  it('lists my payments newest first, filtered and paginated', async () => {
    const a = await created('list-key-1', [water[0].id])
    t.clock.advance(1000)
    const b = await created('list-key-2', [electricity.id])
    t.clock.advance(1000)
    await cancel(a.id)
    const page = async (query: string) => (await t.app.inject({ url: `/api/v1/payments${query}`, headers: bearer(token) })).json<PaymentPage>()
    const c = await created('list-key-3', [gas.id])
    await railPay(t.app, c)
    t.clock.advance(NOTIFY_MS)
    const all = await page('')
    expect(all).toMatchObject({ total: 3, page: 1, pageSize: 20 })
    expect(all.items.map((p) => p.id)).toEqual([c.id, b.id, a.id])
    expect((await page('?status=open')).items.map((p) => p.id)).toEqual([b.id])
    expect((await page('?status=finished')).items.map((p) => p.status)).toEqual(['success', 'cancelled'])
    const second = await page('?status=all&page=2&pageSize=2')
    expect(second).toMatchObject({ total: 3, page: 2, pageSize: 2 })
    expect(second.items.map((p) => p.id)).toEqual([a.id])
    // An open payment past its expiry is listed as finished.
    await advance(PAYMENT_TTL_MS)
    expect((await page('?status=open')).items).toEqual([])
    expectProblem(await t.app.inject({ url: '/api/v1/payments?pageSize=51', headers: bearer(token) }), 400, 'VALIDATION_FAILED')
    expectProblem(await t.app.inject({ url: '/api/v1/payments?status=paid', headers: bearer(token) }), 400, 'VALIDATION_FAILED')
  })

  it("another user's payment is 403 (read, cancel, receipt); an unknown one is 404", async () => {
    const payment = await created('cross-key-1', [water[0].id])
    const elder = (await login(t.app, 'elder')).accessToken
    expectProblem(await t.app.inject({ url: `/api/v1/payments/${payment.id}`, headers: bearer(elder) }), 403, 'FORBIDDEN_RESOURCE')
    expectProblem(await cancel(payment.id, elder), 403, 'FORBIDDEN_RESOURCE')
    expectProblem(await receipt(payment.id, elder), 403, 'FORBIDDEN_RESOURCE')
    expect((await getPayment(t.app, token, payment.id)).status).toBe('created')
    const elderList = (await t.app.inject({ url: '/api/v1/payments', headers: bearer(elder) })).json<PaymentPage>()
    expect(elderList.total).toBe(0)
    expectProblem(await t.app.inject({ url: '/api/v1/payments/pay_nope', headers: bearer(token) }), 404, 'NOT_FOUND')
    expectProblem(await receipt('pay_nope'), 404, 'NOT_FOUND')
    expectProblem(await t.app.inject({ url: '/api/v1/payments/nope', headers: bearer(token) }), 400, 'VALIDATION_FAILED')
    expectProblem(await t.app.inject({ url: `/api/v1/payments/${payment.id}` }), 401, 'TOKEN_MISSING')
  })
})

describe('/rails', () => {
  it('answer loopback clients only, and 404 for unknown channel parameters', async () => {
    const payment = await created('rail-key-1', [water[0].id], 'weapp')
    expectProblem(await railPay(t.app, payment, undefined, '192.168.1.20'), 404, 'RAILS_LOCAL_ONLY')
    expect((await getPayment(t.app, token, payment.id)).status).toBe('created')
    expectProblem(await t.app.inject({ method: 'POST', url: '/rails/wechat/pay', payload: { package: 'prepay_id=wx2025nope' } }), 404, 'NOT_FOUND')
    expectProblem(await t.app.inject({ method: 'POST', url: '/rails/wechat/pay', payload: { package: 'nonsense' } }), 404, 'NOT_FOUND')
    expectProblem(await t.app.inject({ method: 'POST', url: '/rails/alipay/pay', payload: { tradeNO: '1' } }), 404, 'NOT_FOUND')
    expectProblem(await t.app.inject({ method: 'POST', url: '/rails/cashier/pay', payload: { cashierToken: 'ck_nope' } }), 404, 'NOT_FOUND')
    expectProblem(await t.app.inject({ method: 'POST', url: '/rails/cashier/pay', payload: { cashierToken: 'ck_x', outcome: 'maybe' } }), 400, 'VALIDATION_FAILED')
    // A rail only knows its own channel's references.
    if (payment.channelParams.kind !== 'wechat') throw new Error('expected wechat')
    const prepay = payment.channelParams.package.replace('prepay_id=', '')
    expectProblem(await t.app.inject({ method: 'POST', url: '/rails/alipay/pay', payload: { tradeNO: prepay } }), 404, 'NOT_FOUND')
  })

  it('serve the sandbox cashier page for H5, returning only to the app', async () => {
    const payment = await created('cashier-key-1', [water[0].id, water[1].id], 'h5')
    if (payment.channelParams.kind !== 'cashier') throw new Error('expected cashier')
    const token_ = payment.channelParams.cashierToken
    const page = await t.app.inject({ url: `/rails/cashier/${token_}?return=${encodeURIComponent('/features/payments/pages/result/index?id=' + payment.id)}` })
    expect(page.statusCode).toBe(200)
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(page.headers['content-security-policy']).toContain("default-src 'none'")
    expect(page.body).toContain('统一公共支付平台')
    expect(page.body).toContain(payment.description)
    expect(page.body).toContain(`¥${(payment.amountFen / 100).toFixed(2)}`)
    expect(page.body).toMatch(/<button[^>]*data-outcome="success"[^>]*>确认支付/)
    expect(page.body).toContain(`/features/payments/pages/result/index?id=${payment.id}`)
    for (const evil of ['https://evil.example/x', '//evil.example/x', 'javascript:alert(1)', '/\\evil.example']) {
      const res = await t.app.inject({ url: `/rails/cashier/${token_}?return=${encodeURIComponent(evil)}` })
      expect(res.statusCode).toBe(200)
      expect(res.body).not.toContain('evil.example')
      expect(res.body).not.toContain('javascript:alert')
    }
    const local = await t.app.inject({ url: `/rails/cashier/${token_}?return=${encodeURIComponent('http://localhost:10086/#/pages/x')}` })
    expect(local.body).toContain('http://localhost:10086/#/pages/x')
    expectProblem(await t.app.inject({ url: '/rails/cashier/ck_nope' }), 404, 'NOT_FOUND')
    // After paying, the page no longer offers to pay.
    await railPay(t.app, payment)
    const after = await t.app.inject({ url: `/rails/cashier/${token_}` })
    expect(after.body).toMatch(/data-outcome="success" disabled/)
    expect(after.body).toContain('请勿重复付款')
  })
})
