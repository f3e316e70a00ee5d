// 删除我的数据: bindings, lookups, addresses and messages go; sessions end everywhere; payment
// records and receipts stay (financial records), and the answer says what stayed and why.
import type { DataErasure, Payment } from '../../../contract'
import { bearer, buildTestServer, expectProblem, login, type TestServer } from '../../test/helpers'
import { billsOf, count, createPayment, RESIDENT_WATER } from '../../test/payment-helpers'

let t: TestServer

beforeEach(async () => {
  t = await buildTestServer({ admin: true })
})

afterEach(async () => {
  await t.app.close()
})

test("erases the resident's bindings and ends every session, keeps payments; the elder's shared account stays bound", async () => {
  const phone = (await login(t.app, 'resident')).accessToken
  const laptop = (await login(t.app, 'resident')).accessToken
  const elder = (await login(t.app, 'elder')).accessToken
  const [bill] = await billsOf(t.app, phone, RESIDENT_WATER, 'unpaid')
  const payment = (await createPayment(t.app, phone, 'erasure-key-0001', [bill.id])).json<Payment>()
  const userId = (t.app.sandbox.db.prepare("SELECT user_id FROM personas WHERE id = 'resident'").get() as { user_id: string }).user_id
  const elderAccountsBefore = count(t.app, "utility_bindings g JOIN personas p ON p.user_id = g.user_id WHERE p.id = 'elder'")

  const res = await t.app.inject({ method: 'POST', url: '/api/v1/me/data-erasure', headers: bearer(phone) })
  expect(res.statusCode).toBe(200)
  const body = res.json<DataErasure>()
  expect(body.sessionsEnded).toBe(2)
  expect(body.removed).toEqual(expect.arrayContaining([{ item: '生活缴费户号', count: 3 }, { item: '绑定的车辆', count: 1 }]))
  expect(body.kept.join()).toContain('缴费记录')

  // Both devices are logged out.
  for (const token of [phone, laptop]) {
    const me = await t.app.inject({ url: '/api/v1/me', headers: bearer(token) })
    expect(me.statusCode).toBe(401)
  }
  // Nothing bound remains; the payment record stays.
  expect(count(t.app, 'utility_bindings WHERE user_id = ?', userId)).toBe(0)
  expect(count(t.app, 'fine_vehicle_bindings WHERE user_id = ?', userId)).toBe(0)
  expect(count(t.app, 'payments WHERE id = ?', payment.id)).toBe(1)
  // A fresh login sees an empty account list; the elder's own binding of the shared gas account is untouched.
  const again = (await login(t.app, 'resident')).accessToken
  const accounts = await t.app.inject({ url: '/api/v1/utilities/accounts', headers: bearer(again) })
  expect(accounts.json()).toEqual({ items: [] })
  expect(count(t.app, "utility_bindings g JOIN personas p ON p.user_id = g.user_id WHERE p.id = 'elder'")).toBe(elderAccountsBefore)
  const elderMe = await t.app.inject({ url: '/api/v1/me', headers: bearer(elder) })
  expect(elderMe.statusCode).toBe(200)
})

test('needs a login', async () => {
  expectProblem(await t.app.inject({ method: 'POST', url: '/api/v1/me/data-erasure' }), 401, 'TOKEN_MISSING')
})
