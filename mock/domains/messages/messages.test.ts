// 消息中心: events produce messages; each push goes created → sent → delivered | failed (GOV.UK
// Notify), delivered only against a one-time subscription the user accepted.
import type { MessageList, Payment } from '../../../contract'
import { createManualClock, type ManualClock } from '../../lib/clock'
import { bearer, buildTestServer, expectProblem, login, type TestServer } from '../../test/helpers'
import { billsOf, createPayment, getPayment, railPay, RESIDENT_WATER } from '../../test/payment-helpers'
import { openDatabase } from '../../db/database'
import { NOT_SUBSCRIBED } from './delivery'
import { notify } from './notify'
import { migrate } from './schema'

const NOW = Date.UTC(2026, 10, 27, 2)

let t: TestServer
let clock: ManualClock
let token: string
let elderToken: string

beforeEach(async () => {
  clock = createManualClock(NOW)
  t = await buildTestServer({ clock, admin: true, paymentNotifyDelayMs: 1000 })
  token = (await login(t.app, 'resident')).accessToken
  elderToken = (await login(t.app, 'elder')).accessToken
})

afterEach(async () => {
  await t.app.close()
})

async function messages(accessToken = token): Promise<MessageList> {
  const res = await t.app.inject({ url: '/api/v1/messages', headers: bearer(accessToken) })
  expect(res.statusCode).toBe(200)
  return res.json<MessageList>()
}

let period = 0
function issueBill(accountNumber = '3100428517', providerId = '330100-water-1') {
  period += 1
  return t.app.inject({
    method: 'POST',
    url: '/__admin/utilities/bills',
    payload: { providerId, accountNumber, period: `2027-0${period}`, amountFen: 8640, dueDate: '2027-12-20' },
  })
}

function subscribe(kinds: string[], accepted = true, channel = 'weapp') {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/messages/subscriptions',
    headers: bearer(token),
    payload: { channel, decisions: kinds.map((kind) => ({ kind, accepted })) },
  })
}

test('a new bill tells whoever bound the account; without a subscription the push fails, the message stays', async () => {
  expect((await issueBill()).statusCode).toBe(201)
  let list = await messages()
  expect(list.items).toHaveLength(1)
  expect(list.items[0]).toMatchObject({ kind: 'bill_issued', title: '水费新账单', state: 'created', read: false, failureReason: null })
  expect(list.items[0].body).toContain('¥86.40')
  expect(list.items[0].subject).toEqual({ kind: 'utility-account', id: expect.stringMatching(/^ha_/) })
  expect(list.unreadCount).toBe(1)

  clock.advance(1000)
  expect((await messages()).items[0].state).toBe('sent')
  clock.advance(2000)
  list = await messages()
  expect(list.items[0]).toMatchObject({ state: 'failed', failureReason: NOT_SUBSCRIBED })
  // The elder has not bound that water account: nothing for them.
  expect((await messages(elderToken)).items).toEqual([])
})

test('each accepted one-time subscription lets exactly one push through', async () => {
  expect((await subscribe(['bill_issued'])).statusCode).toBe(204)
  expect((await subscribe(['bill_issued'], false)).statusCode).toBe(204) // a refusal adds nothing
  const quota = await t.app.inject({ url: '/api/v1/messages/subscriptions', headers: bearer(token) })
  expect(quota.json()).toEqual({ items: [{ kind: 'bill_issued', channel: 'weapp', remaining: 1 }] })

  await issueBill()
  await issueBill()
  clock.advance(3000)
  const states = (await messages()).items.map((message) => message.state)
  expect(states.sort()).toEqual(['delivered', 'failed'])
  const after = await t.app.inject({ url: '/api/v1/messages/subscriptions', headers: bearer(token) })
  expect(after.json()).toEqual({ items: [{ kind: 'bill_issued', channel: 'weapp', remaining: 0 }] })
})

test('a successful payment is announced once, with the payment as its subject', async () => {
  const [bill] = await billsOf(t.app, token, RESIDENT_WATER, 'unpaid')
  const created = await createPayment(t.app, token, 'key-messages-0001', [bill.id], 'weapp')
  expect(created.statusCode).toBe(201)
  const payment = created.json<Payment>()
  await railPay(t.app, payment)
  clock.advance(1000)
  // The client asks the server for the result (the only truth); that applies the rail's notification.
  expect((await getPayment(t.app, token, payment.id)).status).toBe('success')
  await getPayment(t.app, token, payment.id)
  const paid = (await messages()).items.filter((message) => message.kind === 'payment_succeeded')
  expect(paid).toHaveLength(1)
  expect(paid[0].subject).toEqual({ kind: 'payment', id: payment.id })
})

test('read one, read all; another user cannot touch my message', async () => {
  await issueBill()
  await issueBill()
  const [first] = (await messages()).items
  const other = await t.app.inject({ method: 'POST', url: `/api/v1/messages/${first.id}/read`, headers: bearer(elderToken) })
  expectProblem(other, 404, 'MESSAGE_NOT_FOUND')
  const read = await t.app.inject({ method: 'POST', url: `/api/v1/messages/${first.id}/read`, headers: bearer(token) })
  expect(read.json()).toMatchObject({ id: first.id, read: true })
  expect((await t.app.inject({ url: '/api/v1/messages/unread-count', headers: bearer(token) })).json()).toEqual({ unreadCount: 1 })
  await t.app.inject({ method: 'POST', url: '/api/v1/messages/read-all', headers: bearer(token) })
  expect((await messages()).unreadCount).toBe(0)
})

test('notify with the same dedupe key stores one message', () => {
  const userId = (t.app.sandbox.db.prepare("SELECT user_id FROM personas WHERE id = 'resident'").get() as { user_id: string }).user_id
  const message = { userId, kind: 'appointment_reminder' as const, title: '预约提醒', body: '明天上午 9:00', dedupeKey: 'reminder:x' }
  expect(notify(t.app.sandbox.db, message, NOW)).toMatch(/^msg_/)
  expect(notify(t.app.sandbox.db, message, NOW + 10_000)).toBeNull()
})

test('bad subscription bodies are 400 with a field error, never 500', async () => {
  const res = await subscribe(['no_such_kind'])
  expectProblem(res, 400, 'VALIDATION_FAILED')
  const empty = await t.app.inject({ method: 'POST', url: '/api/v1/messages/subscriptions', headers: bearer(token), payload: { channel: 'h5', decisions: [] } })
  expect(empty.statusCode).toBe(400)
})

describe('a database written before messages carried a subject', () => {
  it('gives each stored message the subject its old page path named, once', () => {
    const db = openDatabase(':memory:')
    // The table as it was: a client page path in `target`, no subject columns.
    db.exec(`CREATE TABLE messages (
      id TEXT PRIMARY KEY, user_id TEXT NOT NULL, kind TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL,
      target TEXT, dedupe_key TEXT UNIQUE, state TEXT NOT NULL, failure_reason TEXT, created_at INTEGER NOT NULL,
      sent_at INTEGER, delivered_at INTEGER, failed_at INTEGER, read_at INTEGER)`)
    const insert = db.prepare("INSERT INTO messages (id, user_id, kind, title, body, target, state, created_at) VALUES (?, 'u1', 'case_stage', 't', 'b', ?, 'created', 1)")
    insert.run('m1', '/features/cases/pages/detail/index?id=CASE-1%2F2')
    insert.run('m2', '/features/payments/pages/receipt/index?paymentId=pay_1')
    insert.run('m3', '/features/certificates/pages/apply/index?type=driving_licence_renewal')
    insert.run('m4', '/features/gone/pages/old/index?id=x')
    insert.run('m5', null)
    migrate(db)
    migrate(db) // a second start changes nothing
    const rows = db.prepare('SELECT id, subject_kind, subject_id, target FROM messages ORDER BY id').all()
    expect(rows).toEqual([
      { id: 'm1', subject_kind: 'case', subject_id: 'CASE-1/2', target: null },
      { id: 'm2', subject_kind: 'payment', subject_id: 'pay_1', target: null },
      { id: 'm3', subject_kind: 'certificate-form', subject_id: 'driving_licence_renewal', target: null },
      { id: 'm4', subject_kind: null, subject_id: null, target: null },
      { id: 'm5', subject_kind: null, subject_id: null, target: null },
    ])
    db.close()
  })
})
