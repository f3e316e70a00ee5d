import type { FeeNotice, Payment, Receipt } from '../../../contract'
import { bearer, buildTestServer, expectProblem, login, type TestServer } from '../../test/helpers'
import { count, getPayment, railPay } from '../../test/payment-helpers'
import { SEEDED_FEE_CODES as CODES } from './seed'

const NOTIFY_MS = 2000
const DAY_MS = 24 * 60 * 60 * 1000

let t: TestServer
let token: string
beforeEach(async () => {
  // The test clock starts at 2025-01-06 09:00 China time: the seed's "today".
  t = await buildTestServer({ paymentNotifyDelayMs: NOTIFY_MS })
  token = (await login(t.app, 'resident')).accessToken
})
afterEach(async () => {
  await t.app.close()
})

const notice = (code: string, auth: string | null = token) =>
  t.app.inject({ url: `/api/v1/fees/notices/${code}`, headers: auth === null ? {} : bearer(auth) })
const payFee = (code: string, key: string, auth = token) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/payments',
    headers: { ...bearer(auth), 'idempotency-key': key },
    payload: { items: [{ kind: 'fee', id: code }], channel: 'alipay' },
  })

describe('fee notices', () => {
  it('shows an unpaid notice with the masked payer', async () => {
    const res = await notice(CODES.teacherExam)
    expect(res.statusCode).toBe(200)
    expect(res.json<FeeNotice>()).toEqual({
      code: CODES.teacherExam,
      payerName: '*大友',
      item: '2026年下半年中小学教师资格考试（笔试）报名费',
      department: '浙江省教育考试院',
      amountFen: 7000,
      deadline: '2025-01-18',
      status: 'unpaid',
    })
    expect(res.body).not.toContain('王大友')
  })

  it('checks the code with the shared validator, then 404, 410 for an expired one, 200 paid', async () => {
    const field = async (code: string) => expectProblem(await notice(code), 400, 'VALIDATION_FAILED').errors?.[0]
    expect(await field('3300002611')).toEqual({ field: 'code', code: 'PATTERN', message: '缴款码为 20 位数字，您输入了 10 位' })
    expect(await field('3300002611000000000A')).toMatchObject({ field: 'code', message: '缴款码只含数字，见缴款通知书' })
    const unknown = expectProblem(await notice('33000026110000009999'), 404, 'NOTICE_NOT_FOUND')
    expect(unknown.detail).toBe('未找到该缴款码，请核对缴款通知书上的 20 位缴款码')
    const expired = expectProblem(await notice(CODES.expired), 410, 'NOTICE_EXPIRED')
    expect(expired.detail).toBe('已超过缴款期限（2025-01-01），请联系开票单位重新开具缴款通知书')
    expect((await notice(CODES.paid)).json<FeeNotice>()).toMatchObject({ status: 'paid', paidAt: expect.any(String) })
    expect((await notice(CODES.paid)).json<FeeNotice>().paymentId).toBeUndefined()
    expectProblem(await notice(CODES.teacherExam, null), 401, 'TOKEN_MISSING')
  })

  it('is payable on the deadline day (China time) and expires the day after', async () => {
    t.clock.set(Date.UTC(2025, 0, 18, 15, 59)) // 2025-01-18 23:59 China time
    token = (await login(t.app, 'resident')).accessToken
    expect((await notice(CODES.teacherExam)).statusCode).toBe(200)
    t.clock.advance(60 * 1000)
    token = (await login(t.app, 'resident')).accessToken
    expectProblem(await notice(CODES.teacherExam), 410, 'NOTICE_EXPIRED')
  })
})

describe('paying fees through the unified payment', () => {
  it('pays by code after the lookup: success, receipt, paid status, never twice', async () => {
    expectProblem(await payFee(CODES.teacherExam, 'fee-key-0001'), 403, 'FORBIDDEN_RESOURCE')
    await notice(CODES.teacherExam)
    const created = await payFee(CODES.teacherExam, 'fee-key-0002')
    expect(created.statusCode).toBe(201)
    const payment = created.json<Payment>()
    expect(payment).toMatchObject({ amountFen: 7000, description: '2026年下半年中小学教师资格考试（笔试）报名费' })
    expect((await railPay(t.app, payment)).json()).toEqual({ result: 'submitted' })
    t.clock.advance(NOTIFY_MS)
    const done = await getPayment(t.app, token, payment.id)
    expect(done.status).toBe('success')
    expect((await notice(CODES.teacherExam)).json<FeeNotice>()).toMatchObject({ status: 'paid', paymentId: done.id, paidAt: done.finishedAt })
    const receipt = (await t.app.inject({ url: `/api/v1/payments/${done.id}/receipt`, headers: bearer(token) })).json<Receipt>()
    expect(receipt).toMatchObject({ amountFen: 7000, issuer: '浙江省教育考试院', number: expect.stringMatching(/^330000/) })
    expectProblem(await payFee(CODES.teacherExam, 'fee-key-0003'), 409, 'ITEM_ALREADY_PAID')
    // Someone else with the same code sees it paid, without the payer's payment id.
    const newcomer = (await login(t.app, 'newcomer')).accessToken
    const seen = (await notice(CODES.teacherExam, newcomer)).json<FeeNotice>()
    expect(seen.status).toBe('paid')
    expect(seen.paymentId).toBeUndefined()
  })

  it('refuses a paid notice (409 ITEM_ALREADY_PAID) and one that expired after the lookup (409 NOTICE_EXPIRED)', async () => {
    await notice(CODES.paid)
    expectProblem(await payFee(CODES.paid, 'fee-key-0101'), 409, 'ITEM_ALREADY_PAID')
    await notice(CODES.computerExam)
    t.clock.advance(31 * DAY_MS)
    token = (await login(t.app, 'resident')).accessToken
    const refused = expectProblem(await payFee(CODES.computerExam, 'fee-key-0102'), 409, 'NOTICE_EXPIRED')
    expect(refused.detail).toContain('请联系开票单位重新开具缴款通知书')
    expect(refused.errors?.[0].field).toBe('items[0].id')
    expect(count(t.app, 'payments')).toBe(0)
    expectProblem(await payFee('33000026110000009999', 'fee-key-0103'), 404, 'NOT_FOUND')
  })

  it('keeps one open payment per notice and replays an idempotent retry', async () => {
    await notice(CODES.adultExam)
    const first = await payFee(CODES.adultExam, 'fee-key-0201')
    expect(first.statusCode).toBe(201)
    const again = await payFee(CODES.adultExam, 'fee-key-0201')
    expect(again.statusCode).toBe(200)
    expect(again.json<Payment>().id).toBe(first.json<Payment>().id)
    expect(expectProblem(await payFee(CODES.adultExam, 'fee-key-0202'), 409, 'ITEM_IN_OPEN_PAYMENT').openPaymentId).toBe(first.json<Payment>().id)
    const elder = (await login(t.app, 'elder')).accessToken
    expectProblem(await payFee(CODES.adultExam, 'fee-key-0203', elder), 403, 'FORBIDDEN_RESOURCE')
    await notice(CODES.adultExam, elder)
    const other = expectProblem(await payFee(CODES.adultExam, 'fee-key-0204', elder), 409, 'ITEM_IN_OPEN_PAYMENT')
    expect(other.openPaymentId).toBeUndefined()
  })
})
