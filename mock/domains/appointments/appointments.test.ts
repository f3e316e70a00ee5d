import type { LightMyRequestResponse } from 'fastify'
import type { BookableDates, Booking, BookingList, BookingResult, HallList, Inbox, Slot, SlotList, Standing, WaitlistEntry, WaitlistList } from '../../../contract'
import { cstInstant } from '../../lib/china-time'
import { createManualClock } from '../../lib/clock'
import { bearer, buildTestServer, expectProblem, login, type TestServer } from '../../test/helpers'

const HOUR = 60 * 60 * 1000
const HALL = 'hall-330100-1'
const ID_CARD = 'id-card'

let t: TestServer
let token: string
let keySeq = 0
const key = () => `test-key-${++keySeq}-${Math.random().toString(36).slice(2, 10)}`

/** Fri 2026-11-27 09:00 CST: bookable dates are Mon 11-30 … Fri 12-04. */
const FRIDAY_0900 = cstInstant(2026, 11, 27, 9)

async function start(nowMs = FRIDAY_0900) {
  const clock = createManualClock(nowMs)
  t = { ...(await buildTestServer({ admin: true, clock })), clock }
  token = (await login(t.app, 'resident')).accessToken
}
/** Moves the clock (sessions expire over such jumps, so the resident logs in again). */
async function at(ms: number) {
  t.clock.set(ms)
  token = (await login(t.app, 'resident')).accessToken
}
afterEach(async () => {
  await t?.app.close()
})

const get = (url: string, auth: string | null = token) => t.app.inject({ url: `/api/v1${url}`, headers: auth === null ? {} : bearer(auth) })
const post = (url: string, payload?: object, auth = token, idempotencyKey?: string) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1${url}`,
    headers: { ...bearer(auth), ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}) },
    ...(payload ? { payload } : {}),
  })
const slotRef = (date: string, start: string, hallId = HALL, serviceCode = ID_CARD) => ({ hallId, serviceCode, date, start })
const book = (date: string, start: string, auth = token, k = key()) => post('/appointments', slotRef(date, start), auth, k)
const setCapacity = (date: string, start: string, capacity: number, serviceCode = ID_CARD) =>
  t.app.inject({ method: 'PUT', url: '/__admin/appointments/slot-capacity', payload: { ...slotRef(date, start, HALL, serviceCode), capacity } })
const bookingOf = (res: LightMyRequestResponse) => res.json<BookingResult>().booking
const storedCount = (date: string, start: string) =>
  (
    t.app.sandbox.db
      .prepare("SELECT COUNT(*) AS n FROM appt_bookings WHERE hall_id = ? AND service_code = ? AND date = ? AND start = ? AND status <> 'cancelled'")
      .get(HALL, ID_CARD, date, start) as { n: number }
  ).n
const messages = (userId: string, kind: string) =>
  t.app.sandbox.db.prepare('SELECT * FROM messages WHERE user_id = ? AND kind = ? ORDER BY created_at').all(userId, kind) as {
    title: string
    body: string
    subject_kind: string
    subject_id: string
    dedupe_key: string
  }[]

describe('halls and the items they handle', () => {
  beforeEach(() => start())

  it('lists the halls of the current city with their items, slot lengths and capacities', async () => {
    const res = await get('/appointments/halls?city=330100', null)
    expect(res.statusCode).toBe(200)
    const list = res.json<HallList>()
    expect(list.sortedBy).toBe('default')
    expect(list.items.map((h) => h.name)).toEqual(['杭州市民中心行政服务大厅', '拱墅区政务服务中心', '西湖区政务服务中心'])
    const main = list.items[0]
    expect(main.services.map((s) => s.name)).toEqual(['身份证办理', '居住证办理', '驾驶证业务', '社保业务', '不动产登记', '公积金提取', '出入境证件'])
    expect(main.services[0]).toEqual({ code: 'id-card', name: '身份证办理', slotMinutes: 30, capacity: 4 })
    expect(main.distanceMeters).toBeNull()
    expect(main.hours).toContain('09:00')
    // District halls handle the everyday items only.
    expect(list.items[2].services.map((s) => s.code)).not.toContain('exit-entry')
  })

  it('sorts the halls nearest first when a location is given', async () => {
    // Next to 西湖区政务服务中心 (文二西路).
    const res = await get('/appointments/halls?city=330100&latitude=30.281&longitude=120.097', null)
    const list = res.json<HallList>()
    expect(list.sortedBy).toBe('distance')
    expect(list.items[0].name).toBe('西湖区政务服务中心')
    expect(list.items[0].distanceMeters).toBeLessThan(500)
    const distances = list.items.map((h) => h.distanceMeters as number)
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
  })

  it('refuses an unknown city and an item the hall does not handle', async () => {
    expectProblem(await get('/appointments/halls?city=110100', null), 400, 'VALIDATION_FAILED')
    expectProblem(await get('/appointments/halls/hall-330100-3/dates?service=exit-entry', null), 400, 'VALIDATION_FAILED')
    expectProblem(await get('/appointments/halls/hall-330100-9/dates?service=id-card', null), 404, 'NOT_FOUND')
  })

  it('offers slots within the opening hours, none over the lunch break, with the places left', async () => {
    const res = await get(`/appointments/halls/${HALL}/slots?service=id-card&date=2026-11-30`, null)
    expect(res.statusCode).toBe(200)
    const slots = res.json<SlotList>().items
    expect(slots.map((s) => s.start)).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '13:00', '13:30', '14:00', '14:30', '15:00', '15:30', '16:00', '16:30'])
    expect(slots[slots.length - 1].end).toBe('17:00')
    expect(slots[0]).toEqual({ date: '2026-11-30', start: '09:00', end: '09:30', startsAt: '2026-11-30T01:00:00.000Z', capacity: 4, remaining: 4, waitlisted: 0 })
    const social = (await get(`/appointments/halls/${HALL}/slots?service=social-security&date=2026-11-30`, null)).json<SlotList>().items
    expect(social.map((s) => s.start)).toEqual(['09:00', '10:00', '11:00', '13:00', '14:00', '15:00', '16:00'])
  })
})

describe('bookable dates: the next 5 working days, at least one day ahead', () => {
  const datesAt = async (nowMs: number) => {
    await start(nowMs)
    return (await get(`/appointments/halls/${HALL}/dates?service=id-card`, null)).json<BookableDates>()
  }

  it('skips the weekend', async () => {
    const dates = await datesAt(FRIDAY_0900)
    expect(dates.today).toBe('2026-11-27')
    expect(dates.items.map((d) => `${d.date} ${d.weekday}`)).toEqual([
      '2026-11-30 周一', '2026-12-01 周二', '2026-12-02 周三', '2026-12-03 周四', '2026-12-04 周五',
    ])
    expect(dates.items[0].remaining).toBe(14 * 4)
  })

  it('skips 国庆 and counts the Saturday make-up working day (2026-10-10)', async () => {
    const dates = await datesAt(cstInstant(2026, 9, 28, 10))
    expect(dates.items.map((d) => d.date)).toEqual(['2026-09-29', '2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10'])
    expect(dates.items.map((d) => d.makeUpWorkday)).toEqual([false, false, false, false, true])
    expect(dates.items[4].weekday).toBe('周六')
  })

  it('skips 春节 and counts the make-up Saturday before it (2026-02-14)', async () => {
    const dates = await datesAt(cstInstant(2026, 2, 12, 16))
    expect(dates.items.map((d) => d.date)).toEqual(['2026-02-13', '2026-02-14', '2026-02-24', '2026-02-25', '2026-02-26'])
    expect(dates.items[1].makeUpWorkday).toBe(true)
  })

  it('works through the holiday itself: on 10-03 the first date is 10-08', async () => {
    const dates = await datesAt(cstInstant(2026, 10, 3, 12))
    expect(dates.items.map((d) => d.date)).toEqual(['2026-10-08', '2026-10-09', '2026-10-10', '2026-10-12', '2026-10-13'])
  })

  it('refuses today, a holiday and a day beyond the fifth working day', async () => {
    await start(cstInstant(2026, 9, 28, 10))
    for (const date of ['2026-09-28', '2026-10-01', '2026-10-11', '2026-10-12']) {
      const problem = expectProblem(await book(date, '09:00'), 400, 'DATE_NOT_BOOKABLE')
      expect(problem.errors?.[0].field).toBe('date')
      expect(problem.detail).toContain('2026年9月29日 至 2026年10月10日')
    }
    expectProblem(await get(`/appointments/halls/${HALL}/slots?service=id-card&date=2026-10-01`, null), 400, 'DATE_NOT_BOOKABLE')
    expect((await book('2026-10-10', '09:00')).statusCode).toBe(201)
  })
})

describe('booking', () => {
  beforeEach(() => start())

  it('books with the masked name and the reminder at 18:00 the day before', async () => {
    const res = await book('2026-11-30', '10:00')
    expect(res.statusCode).toBe(201)
    const { booking, standing } = res.json<BookingResult>()
    expect(res.headers.location).toBe(`/api/v1/appointments/${booking.id}`)
    expect(booking).toMatchObject({
      status: 'booked',
      hallName: '杭州市民中心行政服务大厅',
      serviceName: '身份证办理',
      date: '2026-11-30',
      start: '10:00',
      end: '10:30',
      startsAt: '2026-11-30T02:00:00.000Z',
      name: '*大友',
      viaWaitlist: false,
      cancellableUntil: '2026-11-30T00:00:00.000Z',
      checkInOpensAt: '2026-11-30T01:30:00.000Z',
      reminderAt: '2026-11-29T10:00:00.000Z',
      queueNumber: null,
    })
    expect(standing).toEqual({ noShows: 0, blockedUntil: null, warning: null })
    expect(JSON.stringify(res.json())).not.toContain('王大友')
    const slot = (await get(`/appointments/halls/${HALL}/slots?service=id-card&date=2026-11-30`, null)).json<SlotList>().items.find((s) => s.start === '10:00') as Slot
    expect(slot.remaining).toBe(3)
  })

  it('reminds 2 hours before when booked after 18:00 the day before', async () => {
    await at(cstInstant(2026, 11, 29, 19, 30)) // Sunday evening; Monday is bookable
    const booking = bookingOf(await book('2026-11-30', '09:00'))
    expect(booking.reminderAt).toBe(new Date(cstInstant(2026, 11, 30, 7)).toISOString())
  })

  it('is idempotent per key: a retry returns the original booking, another slot with the same key is refused', async () => {
    const k = key()
    const first = await book('2026-11-30', '10:00', token, k)
    const again = await book('2026-11-30', '10:00', token, k)
    expect(again.statusCode).toBe(200)
    expect(again.headers['idempotent-replayed']).toBe('true')
    expect(bookingOf(again).id).toBe(bookingOf(first).id)
    expectProblem(await book('2026-12-01', '10:00', token, k), 409, 'IDEMPOTENCY_KEY_REUSED')
    expectProblem(await post('/appointments', slotRef('2026-12-01', '10:00')), 400, 'IDEMPOTENCY_KEY_MISSING')
    expect(storedCount('2026-11-30', '10:00')).toBe(1)
  })

  it('allows one booking per person per day', async () => {
    const first = bookingOf(await book('2026-11-30', '10:00'))
    const problem = expectProblem(await book('2026-11-30', '14:00'), 409, 'ONE_BOOKING_PER_DAY')
    expect(problem.existingId).toBe(first.id)
    expect(problem.detail).toContain('2026年11月30日')
    expect((await book('2026-12-01', '14:00')).statusCode).toBe(201)
    // A cancelled booking frees the day.
    expect((await post(`/appointments/${first.id}/cancel`)).statusCode).toBe(200)
    expect((await book('2026-11-30', '14:00')).statusCode).toBe(201)
  })

  it('answers a full slot with 409 and the next free slots; the capacity is never exceeded', async () => {
    expect((await setCapacity('2026-11-30', '16:30', 1)).json<Slot>()).toMatchObject({ capacity: 1, remaining: 1 })
    expect((await setCapacity('2026-12-01', '09:00', 0)).statusCode).toBe(200)
    expect((await book('2026-11-30', '16:30')).statusCode).toBe(201)
    const newcomer = (await login(t.app, 'newcomer')).accessToken
    const problem = expectProblem(await book('2026-11-30', '16:30', newcomer), 409, 'SLOT_FULL')
    // 16:30 is the day's last slot and 12-01 09:00 is closed: the next free ones are 09:30 onwards.
    expect(problem.nextFreeSlots).toEqual([
      { date: '2026-12-01', start: '09:30', end: '10:00', remaining: 4 },
      { date: '2026-12-01', start: '10:00', end: '10:30', remaining: 4 },
      { date: '2026-12-01', start: '10:30', end: '11:00', remaining: 4 },
    ])
    expect(problem.detail).toContain('12月1日 09:30')
    expect(storedCount('2026-11-30', '16:30')).toBe(1)
  })

  it('refuses a slot the hall does not have and bad input with field errors', async () => {
    expectProblem(await book('2026-11-30', '12:00'), 400, 'VALIDATION_FAILED')
    const bad = expectProblem(await post('/appointments', { ...slotRef('2026-11-30', '9:00') }, token, key()), 400, 'VALIDATION_FAILED')
    expect(bad.errors?.[0].field).toBe('start')
    expectProblem(await post('/appointments', { ...slotRef('2026-11-30', '09:00'), extra: 1 }, token, key()), 400, 'UNKNOWN_FIELD')
    expectProblem(await post('/appointments', slotRef('2026-11-30', '09:00', 'hall-330100-3', 'exit-entry'), token, key()), 400, 'VALIDATION_FAILED')
    expectProblem(await t.app.inject({ method: 'POST', url: '/api/v1/appointments', payload: slotRef('2026-11-30', '09:00') }), 401, 'TOKEN_MISSING')
  })

  it('lists my appointments as upcoming, past and cancelled; others cannot see them', async () => {
    const a = bookingOf(await book('2026-11-30', '09:00'))
    const b = bookingOf(await book('2026-12-01', '09:00'))
    await post(`/appointments/${b.id}/cancel`)
    const list = (status: string) => get(`/appointments?status=${status}`).then((r) => r.json<BookingList>().items.map((x) => x.id))
    expect(await list('upcoming')).toEqual([a.id])
    expect(await list('cancelled')).toEqual([b.id])
    expect(await list('past')).toEqual([])
    const elder = (await login(t.app, 'elder')).accessToken
    expectProblem(await get(`/appointments/${a.id}`, elder), 403, 'FORBIDDEN_RESOURCE')
    expectProblem(await post(`/appointments/${a.id}/cancel`, undefined, elder), 403, 'FORBIDDEN_RESOURCE')
    expectProblem(await get('/appointments/apt_unknown'), 404, 'NOT_FOUND')
  })
})

describe('cancelling and the waitlist', () => {
  beforeEach(() => start())

  it('cancels up to 2 hours before the slot, refuses later with the reason', async () => {
    const booking = bookingOf(await book('2026-11-30', '10:00'))
    await at(cstInstant(2026, 11, 30, 8, 0) + 1)
    const problem = expectProblem(await post(`/appointments/${booking.id}/cancel`), 409, 'CANCEL_TOO_LATE')
    expect(problem.detail).toContain('11月30日 08:00')
    expect(problem.detail).toContain('0571-')
    await at(cstInstant(2026, 11, 30, 8, 0))
    // The app sends an empty JSON object, as for payments.
    const res = await post(`/appointments/${booking.id}/cancel`, {})
    expect(res.statusCode).toBe(200)
    expect(res.json<Booking>()).toMatchObject({ status: 'cancelled', cancelledAt: '2026-11-30T00:00:00.000Z' })
    expectProblem(await post(`/appointments/${booking.id}/cancel`), 409, 'BOOKING_NOT_ACTIVE')
  })

  it('gives the freed place to the first person on the waitlist who can take it, and tells them', async () => {
    await setCapacity('2026-11-30', '10:00', 1)
    const resident = bookingOf(await book('2026-11-30', '10:00'))
    const newcomer = (await login(t.app, 'newcomer')).accessToken
    const elder = (await login(t.app, 'elder')).accessToken

    expectProblem(await post('/appointments/waitlist', slotRef('2026-11-30', '10:30'), newcomer, key()), 409, 'SLOT_NOT_FULL')
    const k = key()
    const w1 = await post('/appointments/waitlist', slotRef('2026-11-30', '10:00'), newcomer, k)
    expect(w1.statusCode).toBe(201)
    expect(w1.json<WaitlistEntry>()).toMatchObject({ status: 'waiting', position: 1, bookingId: null, start: '10:00', end: '10:30' })
    expect((await post('/appointments/waitlist', slotRef('2026-11-30', '10:00'), newcomer, k)).statusCode).toBe(200)
    expectProblem(await post('/appointments/waitlist', slotRef('2026-11-30', '10:00'), newcomer, key()), 409, 'ALREADY_WAITLISTED')
    expectProblem(await post('/appointments/waitlist', slotRef('2026-11-30', '10:00'), newcomer), 400, 'IDEMPOTENCY_KEY_MISSING')
    const w2 = (await post('/appointments/waitlist', slotRef('2026-11-30', '10:00'), elder, key())).json<WaitlistEntry>()
    expect(w2.position).toBe(2)
    const slot = (await get(`/appointments/halls/${HALL}/slots?service=id-card&date=2026-11-30`, null)).json<SlotList>().items[2]
    expect(slot).toMatchObject({ start: '10:00', remaining: 0, waitlisted: 2 })

    // The newcomer books another slot that day: they can no longer take this place, so the elder gets it.
    expect((await book('2026-11-30', '15:00', newcomer)).statusCode).toBe(201)
    expect((await post(`/appointments/${resident.id}/cancel`)).statusCode).toBe(200)
    expect(storedCount('2026-11-30', '10:00')).toBe(1)
    const elderEntry = (await get('/appointments/waitlist', elder)).json<WaitlistList>().items[0]
    expect(elderEntry.status).toBe('booked')
    const elderBooking = (await get(`/appointments/${elderEntry.bookingId}`, elder)).json<Booking>()
    expect(elderBooking).toMatchObject({ status: 'booked', viaWaitlist: true, start: '10:00', name: '*秀珍' })
    const told = messages('u100002', 'appointment_waitlist')
    expect(told).toHaveLength(1)
    expect(told[0].title).toBe('候补成功')
    expect(told[0]).toMatchObject({ subject_kind: 'booking', subject_id: elderBooking.id })
    // The newcomer is still waiting, now first.
    expect((await get('/appointments/waitlist', newcomer)).json<WaitlistList>().items[0]).toMatchObject({ status: 'waiting', position: 1 })
    expect(messages('u100004', 'appointment_waitlist')).toHaveLength(0)
  })

  it('gives new places (capacity raised) to the waitlist in order; leaving the list works', async () => {
    await setCapacity('2026-11-30', '10:00', 1)
    await book('2026-11-30', '10:00')
    const newcomer = (await login(t.app, 'newcomer')).accessToken
    const elder = (await login(t.app, 'elder')).accessToken
    const w1 = (await post('/appointments/waitlist', slotRef('2026-11-30', '10:00'), newcomer, key())).json<WaitlistEntry>()
    const w2 = (await post('/appointments/waitlist', slotRef('2026-11-30', '10:00'), elder, key())).json<WaitlistEntry>()
    const left = await t.app.inject({ method: 'DELETE', url: `/api/v1/appointments/waitlist/${w1.id}`, headers: bearer(newcomer) })
    expect(left.statusCode).toBe(204)
    expectProblem(await t.app.inject({ method: 'DELETE', url: `/api/v1/appointments/waitlist/${w2.id}`, headers: bearer(newcomer) }), 403, 'FORBIDDEN_RESOURCE')
    expect((await setCapacity('2026-11-30', '10:00', 2)).json<Slot>()).toMatchObject({ remaining: 0, waitlisted: 0 })
    expect((await get('/appointments/waitlist', elder)).json<WaitlistList>().items[0].status).toBe('booked')
    expect((await get('/appointments/waitlist', newcomer)).json<WaitlistList>().items[0].status).toBe('left')
  })

  it('expires waitlist entries once the slot has started', async () => {
    await setCapacity('2026-11-30', '10:00', 1)
    await book('2026-11-30', '10:00')
    const newcomer = (await login(t.app, 'newcomer')).accessToken
    await post('/appointments/waitlist', slotRef('2026-11-30', '10:00'), newcomer, key())
    await at(cstInstant(2026, 11, 30, 10, 0))
    expect((await get('/appointments/waitlist', (await login(t.app, 'newcomer')).accessToken)).json<WaitlistList>().items[0]).toMatchObject({ status: 'expired', position: null })
  })
})

describe('check-in, no-shows and the block', () => {
  beforeEach(() => start())

  it('checks in from 30 minutes before the slot and hands out queue numbers in order', async () => {
    const mine = bookingOf(await book('2026-11-30', '10:00'))
    const newcomer = (await login(t.app, 'newcomer')).accessToken
    const theirs = bookingOf(await book('2026-11-30', '10:30', newcomer))
    await at(cstInstant(2026, 11, 30, 9, 29))
    // Issue 15.16: the booking says whether check-in is open by the SERVER's clock (the button's state).
    expect((await get(`/appointments/${mine.id}`)).json<Booking>().checkInOpen).toBe(false)
    const early = expectProblem(await post(`/appointments/${mine.id}/check-in`), 409, 'CHECK_IN_NOT_OPEN')
    expect(early.detail).toContain('11月30日 09:30')
    await at(cstInstant(2026, 11, 30, 9, 30))
    expect((await get(`/appointments/${mine.id}`)).json<Booking>().checkInOpen).toBe(true)
    const res = await post(`/appointments/${mine.id}/check-in`, {})
    expect(res.statusCode).toBe(200)
    expect(res.json<Booking>()).toMatchObject({ status: 'checked_in', queueNumber: 'A001', checkedInAt: '2026-11-30T01:30:00.000Z' })
    // Repeating it returns the same number.
    expect((await post(`/appointments/${mine.id}/check-in`)).json<Booking>().queueNumber).toBe('A001')
    await at(cstInstant(2026, 11, 30, 10, 5))
    expect((await post(`/appointments/${theirs.id}/check-in`, undefined, (await login(t.app, 'newcomer')).accessToken)).json<Booking>().queueNumber).toBe('A002')
    // A checked-in booking cannot be cancelled, and counts as past once its slot is over.
    expectProblem(await post(`/appointments/${mine.id}/cancel`), 409, 'BOOKING_NOT_ACTIVE')
    await at(cstInstant(2026, 11, 30, 10, 30))
    expect((await get('/appointments?status=past')).json<BookingList>().items.map((b) => b.status)).toEqual(['checked_in'])
  })

  it('marks a booking not checked in by the end of its slot as a no-show: the first warns, the second blocks for 3 months', async () => {
    const first = bookingOf(await book('2026-11-30', '10:00'))
    await book('2026-12-01', '09:00')
    await at(cstInstant(2026, 11, 30, 10, 30) - 1)
    expect((await get(`/appointments/${first.id}`)).json<Booking>().status).toBe('booked')
    await at(cstInstant(2026, 11, 30, 10, 30))
    expectProblem(await post(`/appointments/${first.id}/check-in`), 409, 'CHECK_IN_CLOSED')
    expect((await get(`/appointments/${first.id}`)).json<Booking>().status).toBe('no_show')
    const warned = (await get('/appointments')).json<BookingList>().standing
    expect(warned.noShows).toBe(1)
    expect(warned.blockedUntil).toBeNull()
    expect(warned.warning).toContain('再爽约 1 次')
    // The warning also comes with the next booking's answer.
    const next = await book('2026-12-07', '09:00')
    expect(next.statusCode).toBe(201)
    expect(next.json<BookingResult>().standing.warning).toContain('再爽约 1 次')

    await at(cstInstant(2026, 12, 1, 9, 30)) // 12-01 09:00 slot ended, not checked in
    const standing = (await get('/appointments/standing')).json<Standing>()
    expect(standing).toMatchObject({ noShows: 2, blockedUntil: '2027-02-28' })
    expect(standing.warning).toContain('2027年2月28日')
    const problem = expectProblem(await book('2026-12-08', '09:00'), 409, 'BOOKING_BLOCKED')
    expect(problem.blockedUntil).toBe('2027-02-28')
    expect(problem.detail).toContain('2027年2月28日')
    expectProblem(await post('/appointments/waitlist', slotRef('2026-12-08', '09:00'), token, key()), 409, 'BOOKING_BLOCKED')

    // The 12-07 booking (made before the block) is missed during the block: the block absorbs it.
    await at(cstInstant(2026, 12, 7, 10))
    expect((await get('/appointments/standing')).json<Standing>().blockedUntil).toBe('2027-02-28')
    // The block ends after 2027-02-28; the no-shows before it no longer count.
    await at(cstInstant(2027, 3, 1, 9))
    const after = (await get('/appointments/standing')).json<Standing>()
    expect(after).toEqual({ noShows: 0, blockedUntil: null, warning: null })
    expect((await book('2027-03-02', '09:00')).statusCode).toBe(201)
  })

  it('the sweep also finds no-shows without any request', async () => {
    const booking = bookingOf(await book('2026-11-30', '10:00'))
    await at(cstInstant(2026, 11, 30, 11))
    t.app.sandbox.sweep()
    const row = t.app.sandbox.db.prepare('SELECT status, no_show_at FROM appt_bookings WHERE id = ?').get(booking.id)
    expect(row).toEqual({ status: 'no_show', no_show_at: cstInstant(2026, 11, 30, 10, 30) })
  })
})

describe('reminders and the to-do inbox', () => {
  beforeEach(() => start())

  it('sends the reminder once when it is due (sweep), never before', async () => {
    const booking = bookingOf(await book('2026-11-30', '10:00'))
    const due = Date.parse(booking.reminderAt)
    await at(due - 1)
    t.app.sandbox.sweep()
    expect(messages('u100001', 'appointment_reminder')).toHaveLength(0)
    await at(due)
    t.app.sandbox.sweep()
    t.app.sandbox.sweep()
    await get('/appointments')
    const sent = messages('u100001', 'appointment_reminder')
    expect(sent).toHaveLength(1)
    expect(sent[0].dedupe_key).toBe(`appointment-reminder:${booking.id}`)
    expect(sent[0].body).toContain('11月30日 10:00')
    expect(sent[0].body).not.toContain('王大友')
  })

  it('does not remind a cancelled booking', async () => {
    const booking = bookingOf(await book('2026-11-30', '10:00'))
    await post(`/appointments/${booking.id}/cancel`)
    await at(Date.parse(booking.reminderAt) + HOUR)
    t.app.sandbox.sweep()
    expect(messages('u100001', 'appointment_reminder')).toHaveLength(0)
  })

  it('shows upcoming bookings in GET /inbox, with 去签到 once check-in is open, and drops them when done', async () => {
    const booking = bookingOf(await book('2026-11-30', '10:00'))
    const inboxItems = async () => (await get('/inbox')).json<Inbox>().items.filter((i) => i.kind === 'appointment')
    let items = await inboxItems()
    expect(items).toEqual([
      {
        id: `appointment:${booking.id}`,
        kind: 'appointment',
        title: '身份证办理 11月30日 10:00',
        detail: '杭州市民中心行政服务大厅 · 已预约',
        amountFen: null,
        dueAt: '2026-11-30T02:00:00.000Z',
        urgency: 'later',
        action: '查看预约',
        subject: { kind: 'booking', id: booking.id },
      },
    ])
    await at(cstInstant(2026, 11, 30, 9, 35))
    items = await inboxItems()
    expect(items[0]).toMatchObject({ urgency: 'today', action: '去签到', detail: '杭州市民中心行政服务大厅 · 现在可以签到取号' })
    await post(`/appointments/${booking.id}/check-in`)
    expect(await inboxItems()).toEqual([])
  })

  it('shows a waiting waitlist entry in the inbox', async () => {
    await setCapacity('2026-11-30', '10:00', 0)
    const entry = (await post('/appointments/waitlist', slotRef('2026-11-30', '10:00'), token, key())).json<WaitlistEntry>()
    const items = (await get('/inbox')).json<Inbox>().items.filter((i) => i.kind === 'appointment')
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({ id: `appointment-waitlist:${entry.id}`, action: '查看候补', title: '候补中：身份证办理 11月30日 10:00' })
  })
})
