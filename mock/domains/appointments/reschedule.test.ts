// 改约: POST /appointments/{id}/reschedule moves a booking to another slot in one transaction. Each
// refusal leaves the old booking as it was; the freed place goes to the old slot's waitlist.
import type { LightMyRequestResponse } from 'fastify'
import type { BookingResult, Booking, Problem } from '../../../contract'
import { cstInstant } from '../../lib/china-time'
import { createManualClock } from '../../lib/clock'
import { bearer, buildTestServer, expectProblem, login, type TestServer } from '../../test/helpers'

const HALL = 'hall-330100-1'
const ID_CARD = 'id-card'
/** Fri 2026-11-27 09:00 CST: bookable dates are Mon 11-30 … Fri 12-04. */
const FRIDAY_0900 = cstInstant(2026, 11, 27, 9)

let t: TestServer
let token: string
let seq = 0
const key = () => `resched-key-${++seq}-${Math.random().toString(36).slice(2, 10)}`

beforeEach(async () => {
  const clock = createManualClock(FRIDAY_0900)
  t = { ...(await buildTestServer({ admin: true, clock })), clock }
  token = (await login(t.app, 'resident')).accessToken
})
afterEach(async () => {
  await t?.app.close()
})

const slotRef = (date: string, start: string) => ({ hallId: HALL, serviceCode: ID_CARD, date, start })
const post = (url: string, payload: object | undefined, auth: string, idempotencyKey?: string) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1${url}`,
    headers: { ...bearer(auth), ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}) },
    ...(payload ? { payload } : {}),
  })
const book = async (date: string, start: string, auth = token) => {
  const res = await post('/appointments', slotRef(date, start), auth, key())
  expect(res.statusCode).toBe(201)
  return res.json<BookingResult>().booking
}
const reschedule = (id: string, date: string, start: string, k: string | undefined = key(), auth = token) =>
  post(`/appointments/${id}/reschedule`, slotRef(date, start), auth, k)
const getBooking = async (id: string) =>
  (await t.app.inject({ url: `/api/v1/appointments/${id}`, headers: bearer(token) })).json<Booking>()
const setCapacity = (date: string, start: string, capacity: number) =>
  t.app.inject({ method: 'PUT', url: '/__admin/appointments/slot-capacity', payload: { ...slotRef(date, start), capacity } })
const taken = (date: string, start: string) =>
  (
    t.app.sandbox.db
      .prepare("SELECT COUNT(*) AS n FROM appt_bookings WHERE hall_id = ? AND service_code = ? AND date = ? AND start = ? AND status <> 'cancelled'")
      .get(HALL, ID_CARD, date, start) as { n: number }
  ).n
const newBooking = (res: LightMyRequestResponse) => res.json<BookingResult>().booking

/** The old booking is still booked and holds its place; the new slot has no booking of ours. */
async function expectUnchanged(old: Booking, date: string, start: string, before: number) {
  expect((await getBooking(old.id)).status).toBe('booked')
  expect(taken(old.date, old.start)).toBe(1)
  expect(taken(date, start)).toBe(before)
}

it('moves the booking: new slot taken, old place released, a message sent, the same key replays', async () => {
  const old = await book('2026-11-30', '09:00')
  const k = key()
  const res = await reschedule(old.id, '2026-12-01', '10:00', k)
  expect(res.statusCode).toBe(201)
  const moved = newBooking(res)
  expect(moved).toMatchObject({ status: 'booked', date: '2026-12-01', start: '10:00', hallId: HALL, serviceCode: ID_CARD })
  expect(moved.id).not.toBe(old.id)
  expect(old.changeable).toBe(true)
  expect(moved.changeable).toBe(true)
  expect((await getBooking(old.id)).status).toBe('cancelled')
  expect(taken('2026-11-30', '09:00')).toBe(0)
  expect(taken('2026-12-01', '10:00')).toBe(1)
  const told = t.app.sandbox.db
    .prepare("SELECT title, body, subject_id FROM messages WHERE user_id = (SELECT user_id FROM personas WHERE id = 'resident') AND title = '预约已改约'")
    .all() as { title: string; body: string; subject_id: string }[]
  expect(told).toHaveLength(1)
  expect(told[0].subject_id).toBe(moved.id)
  expect(told[0].body).toContain('10:00')

  const again = await reschedule(old.id, '2026-12-01', '10:00', k)
  expect(again.statusCode).toBe(200)
  expect(again.headers['idempotent-replayed']).toBe('true')
  expect(newBooking(again).id).toBe(moved.id)
  expectProblem(await reschedule(old.id, '2026-12-01', '10:30', k), 409, 'IDEMPOTENCY_KEY_REUSED')
  expect(taken('2026-12-01', '10:00')).toBe(1)
})

it('moves within the same day (the one-per-day rule does not count the booking being moved)', async () => {
  const old = await book('2026-11-30', '09:00')
  expect((await reschedule(old.id, '2026-11-30', '14:00')).statusCode).toBe(201)
  expect(taken('2026-11-30', '09:00')).toBe(0)
  expect(taken('2026-11-30', '14:00')).toBe(1)
})

it('keeps the old place when the new slot is full (SLOT_FULL with nextFreeSlots)', async () => {
  const old = await book('2026-11-30', '09:00')
  expect((await setCapacity('2026-12-01', '10:00', 0)).statusCode).toBe(200)
  const problem = expectProblem(await reschedule(old.id, '2026-12-01', '10:00'), 409, 'SLOT_FULL') as Problem
  expect(problem.nextFreeSlots?.[0]).toMatchObject({ date: '2026-12-01', start: '10:30' })
  await expectUnchanged(old, '2026-12-01', '10:00', 0)
})

it('keeps the old place when the date is not bookable', async () => {
  const old = await book('2026-11-30', '09:00')
  expectProblem(await reschedule(old.id, '2026-12-05', '09:00'), 400, 'DATE_NOT_BOOKABLE')
  await expectUnchanged(old, '2026-12-05', '09:00', 0)
})

it('keeps the old place when the new date already has another booking of mine', async () => {
  const old = await book('2026-11-30', '09:00')
  const other = await book('2026-12-01', '09:00')
  const problem = expectProblem(await reschedule(old.id, '2026-12-01', '10:00'), 409, 'ONE_BOOKING_PER_DAY') as Problem & { existingId?: string }
  expect(problem.existingId).toBe(other.id)
  await expectUnchanged(old, '2026-12-01', '10:00', 0)
})

it('keeps the old place after the cancel deadline (2 hours before the old slot)', async () => {
  const old = await book('2026-11-30', '11:00')
  t.clock.set(cstInstant(2026, 11, 30, 9, 1))
  token = (await login(t.app, 'resident')).accessToken
  expect((await getBooking(old.id)).changeable).toBe(false)
  const problem = expectProblem(await reschedule(old.id, '2026-12-01', '10:00'), 409, 'CANCEL_TOO_LATE')
  expect(problem.detail).toContain('改约')
  await expectUnchanged(old, '2026-12-01', '10:00', 0)
})

it('refuses the same slot, a cancelled booking, a missing key and somebody else’s booking', async () => {
  const old = await book('2026-11-30', '09:00')
  expectProblem(await reschedule(old.id, '2026-11-30', '09:00'), 409, 'SAME_SLOT')
  expectProblem(await reschedule(old.id, '2026-12-01', '09:00', ''), 400, 'IDEMPOTENCY_KEY_MISSING')
  const newcomer = (await login(t.app, 'newcomer')).accessToken
  expect((await reschedule(old.id, '2026-12-01', '09:00', key(), newcomer)).statusCode).toBe(403)
  expect((await post(`/appointments/${old.id}/cancel`, undefined, token)).statusCode).toBe(200)
  expectProblem(await reschedule(old.id, '2026-12-01', '09:00'), 409, 'BOOKING_NOT_ACTIVE')
  expect(taken('2026-12-01', '09:00')).toBe(0)
})

it('gives the freed place to the first person on the old slot’s waitlist', async () => {
  expect((await setCapacity('2026-11-30', '09:00', 1)).statusCode).toBe(200)
  const old = await book('2026-11-30', '09:00')
  const newcomer = (await login(t.app, 'newcomer')).accessToken
  const waiting = await post('/appointments/waitlist', slotRef('2026-11-30', '09:00'), newcomer, key())
  expect(waiting.statusCode).toBe(201)
  expect((await reschedule(old.id, '2026-12-01', '10:00')).statusCode).toBe(201)
  const promoted = t.app.sandbox.db
    .prepare("SELECT * FROM appt_bookings WHERE user_id = (SELECT user_id FROM personas WHERE id = 'newcomer') AND date = '2026-11-30' AND start = '09:00' AND status = 'booked'")
    .all() as { via_waitlist: number }[]
  expect(promoted).toHaveLength(1)
  expect(promoted[0].via_waitlist).toBe(1)
})

it('makes one change for two simultaneous requests with one key', async () => {
  const old = await book('2026-11-30', '09:00')
  const k = key()
  const answers = await Promise.all([reschedule(old.id, '2026-12-01', '10:00', k), reschedule(old.id, '2026-12-01', '10:00', k)])
  expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 201])
  expect(new Set(answers.map((a) => newBooking(a).id)).size).toBe(1)
  expect(taken('2026-12-01', '10:00')).toBe(1)
  const mine = t.app.sandbox.db.prepare("SELECT COUNT(*) AS n FROM appt_bookings WHERE user_id = (SELECT user_id FROM personas WHERE id = 'resident') AND status = 'booked'").get() as { n: number }
  expect(mine.n).toBe(1)
})
