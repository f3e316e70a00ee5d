// GET /inbox: every landed service's open items in one answer, most urgent first; one failing
// source never hides the others.
import { SUBJECT_KINDS, type Inbox } from '../../../contract'
import { createManualClock } from '../../lib/clock'
import { bearer, buildTestServer, login, type TestServer } from '../../test/helpers'
import { SEEDED_FEE_CODES } from '../fees/seed'
import { SEEDED_DECISIONS } from '../fines/seed'
import { sortInbox } from './routes'
import { urgencyOf } from './sources'

const NOW = Date.UTC(2026, 10, 27, 2) // 2026-11-27 10:00 CST

let t: TestServer
let token: string

beforeEach(async () => {
  t = await buildTestServer({ clock: createManualClock(NOW), admin: true })
  token = (await login(t.app, 'resident')).accessToken
})

afterEach(async () => {
  await t.app.close()
})

async function inbox(accessToken = token): Promise<Inbox> {
  const res = await t.app.inject({ method: 'GET', url: '/api/v1/inbox', headers: bearer(accessToken) })
  expect(res.statusCode).toBe(200)
  return res.json<Inbox>()
}

test('needs a login', async () => {
  const res = await t.app.inject({ method: 'GET', url: '/api/v1/inbox' })
  expect(res.statusCode).toBe(401)
})

test("the resident's unpaid bills and fines are there, each linking to the page that resolves it", async () => {
  const { items, unavailable } = await inbox()
  expect(unavailable).toEqual([])
  const bills = items.filter((item) => item.kind === 'bill')
  const fines = items.filter((item) => item.kind === 'fine')
  expect(bills.map((item) => item.title)).toEqual(expect.arrayContaining([expect.stringMatching(/^水费待缴 ¥/), expect.stringMatching(/^电费待缴 ¥/)]))
  for (const bill of bills) {
    expect(bill.subject).toEqual({ kind: 'utility-account', id: expect.stringMatching(/^ha_/) })
    expect(bill.amountFen).toBeGreaterThan(0)
    expect(bill.action).toBe('去缴费')
  }
  expect(fines.length).toBeGreaterThan(0)
  for (const fine of fines) {
    expect(fine.subject).toEqual({ kind: 'violation', id: expect.stringMatching(/^vio_/) })
    expect(fine.detail).toMatch(/^浙A\*\*55T · /)
    // The running total is the one the payment service would charge now.
    const id = fine.subject.id
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/fines/violations/${id}`, headers: bearer(token) })
    expect(res.json<{ charge: { totalFen: number } }>().charge.totalFen).toBe(fine.amountFen)
  }
  expect(items).toEqual(sortInbox(items))
})

test('a paid bill leaves the inbox; the others stay', async () => {
  const before = (await inbox()).items.filter((item) => item.kind === 'bill')
  const water = before.find((item) => item.title.startsWith('水费'))!
  const bindingId = water.subject.id
  const bills = await t.app.inject({ method: 'GET', url: `/api/v1/utilities/accounts/${bindingId}/bills?status=unpaid`, headers: bearer(token) })
  for (const bill of bills.json<{ items: Array<{ id: string }> }>().items) {
    const res = await t.app.inject({ method: 'POST', url: `/__admin/utilities/bills/${bill.id}/paid-elsewhere` })
    expect(res.statusCode).toBeLessThan(300)
  }
  const after = (await inbox()).items.filter((item) => item.kind === 'bill')
  expect(after.map((item) => item.id)).toEqual(before.filter((item) => item.id !== water.id).map((item) => item.id))
})

/** Starts (and abandons) paying a fee notice: the payment is created, then cancelled. */
async function startPayingFee(code: string, accessToken = token): Promise<void> {
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/payments',
    headers: { ...bearer(accessToken), 'idempotency-key': `inbox-fee-${code}` },
    payload: { items: [{ kind: 'fee', id: code }], channel: 'h5' },
  })
  expect(created.statusCode).toBe(201)
  const cancelled = await t.app.inject({ method: 'POST', url: `/api/v1/payments/${created.json<{ id: string }>().id}/cancel`, headers: bearer(accessToken) })
  expect(cancelled.statusCode).toBe(200)
}

test('a fee notice only looked up stays out of the inbox; once the user started paying it, it is there until paid or due', async () => {
  const code = SEEDED_FEE_CODES.teacherExam
  const res = await t.app.inject({ method: 'GET', url: `/api/v1/fees/notices/${code}`, headers: bearer(token) })
  expect(res.statusCode).toBe(200)
  // Whoever types (or guesses) a code must not collect other people's notices in his to-do list.
  expect((await inbox()).items.filter((item) => item.kind === 'fee')).toEqual([])
  await startPayingFee(code)
  const fee = (await inbox()).items.find((item) => item.kind === 'fee')
  expect(fee).toMatchObject({ id: `fee:${code}`, subject: { kind: 'fee-notice', id: code }, amountFen: expect.any(Number), action: '去缴费' })
})

test("a decision looked up by number never brings someone else's fine into the inbox", async () => {
  const newcomer = (await login(t.app, 'newcomer')).accessToken
  const res = await t.app.inject({ url: `/api/v1/fines/decisions/${SEEDED_DECISIONS.running}`, headers: bearer(newcomer) })
  expect(res.statusCode).toBe(200)
  expect((await inbox(newcomer)).items).toEqual([])
})

test("another user's items never show", async () => {
  const newcomer = (await login(t.app, 'newcomer')).accessToken
  expect((await inbox(newcomer)).items).toEqual([])
})

test('a source that fails is named in unavailable and the others still show', async () => {
  t.app.sandbox.db.exec('DROP TABLE fee_lookups')
  const { items, unavailable } = await inbox()
  expect(unavailable).toEqual(['fee'])
  expect(items.some((item) => item.kind === 'bill')).toBe(true)
})

test('one request brings the open items of every landed service, most urgent first', async () => {
  // Make the resident's day: a fee notice looked up, and a hall appointment booked.
  expect((await t.app.inject({ url: `/api/v1/fees/notices/${SEEDED_FEE_CODES.teacherExam}`, headers: bearer(token) })).statusCode).toBe(200)
  await startPayingFee(SEEDED_FEE_CODES.teacherExam)
  const halls = (await t.app.inject({ url: '/api/v1/appointments/halls?city=330100' })).json<{ items: Array<{ id: string; services: Array<{ code: string }> }> }>()
  const hall = halls.items[0]
  const service = hall.services[0].code
  const dates = (await t.app.inject({ url: `/api/v1/appointments/halls/${hall.id}/dates?service=${service}` })).json<{ items: Array<{ date: string }> }>()
  const slots = (
    await t.app.inject({ url: `/api/v1/appointments/halls/${hall.id}/slots?service=${service}&date=${dates.items[0].date}` })
  ).json<{ items: Array<{ start: string; remaining: number }> }>()
  const slot = slots.items.find((candidate) => candidate.remaining > 0)!
  const booked = await t.app.inject({
    method: 'POST',
    url: '/api/v1/appointments',
    headers: { ...bearer(token), 'idempotency-key': 'inbox-every-source-0001' },
    payload: { hallId: hall.id, serviceCode: service, date: dates.items[0].date, start: slot.start },
  })
  expect(booked.statusCode).toBe(201)

  const { items, unavailable } = await inbox()
  expect(unavailable).toEqual([])
  const kinds = new Set(items.map((item) => item.kind))
  expect([...kinds].sort()).toEqual(['appointment', 'bill', 'case', 'certificate', 'fee', 'fine'])
  const actions = Object.fromEntries([...kinds].map((kind) => [kind, items.filter((item) => item.kind === kind).map((item) => item.action)]))
  expect(actions.case).toEqual(expect.arrayContaining(['去补正', '去评价']))
  expect(actions.certificate).toContain('去换证')
  expect(actions.appointment).toContain('查看预约')
  for (const item of items) expect(SUBJECT_KINDS).toContain(item.subject.kind)
  expect(items).toEqual(sortInbox(items))
})

test('urgency: overdue, today (CST), soon within 3 days, later', () => {
  const now = NOW
  expect(urgencyOf(now - 1, now)).toBe('overdue')
  expect(urgencyOf(Date.UTC(2026, 10, 27, 15, 59), now)).toBe('today') // 23:59 CST
  expect(urgencyOf(Date.UTC(2026, 10, 27, 16, 0), now)).toBe('soon') // next day 00:00 CST
  expect(urgencyOf(now + 3 * 86_400_000 + 1, now)).toBe('later')
  expect(urgencyOf(null, now)).toBe('later')
})
