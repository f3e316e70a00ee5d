// 50 people book the same slot of capacity 3 at once: exactly 3 get it, 47 get 409 SLOT_FULL, and
// the database holds 3 bookings. Each person is a persona of their own (one booking per person per
// day), inserted into this test's in-memory database.
import type { BookingResult, Problem } from '../../../contract'
import { cstInstant } from '../../lib/china-time'
import { createManualClock } from '../../lib/clock'
import { bearer, buildTestServer, login, type TestServer } from '../../test/helpers'

const PEOPLE = 50
const CAPACITY = 3
const SLOT = { hallId: 'hall-330100-1', serviceCode: 'id-card', date: '2026-11-30', start: '09:00' }

let t: TestServer
beforeAll(async () => {
  t = await buildTestServer({ admin: true, clock: createManualClock(cstInstant(2026, 11, 27, 9)) })
  const insert = t.app.sandbox.db.prepare(`
    INSERT INTO personas (id, user_id, kind, label, description, name, id_number, mobile, real_name_level, real_name_method,
      city_code, birth_date, legal_rep_name, sort)
    VALUES (?, ?, 'person', ?, '并发测试用户', ?, ?, ?, 2, 'bank_card', '330100', NULL, NULL, ?)`)
  for (let i = 0; i < PEOPLE; i += 1) {
    const n = String(i).padStart(2, '0')
    insert.run(`load${n}`, `u9000${n}`, `测试${n}`, `测试用户${n}`, `3301061990010100${n}`, `137000000${n}`, 100 + i)
  }
})
afterAll(async () => {
  await t.app.close()
})

it(`lets exactly ${CAPACITY} of ${PEOPLE} simultaneous bookings through`, async () => {
  const capacity = await t.app.inject({ method: 'PUT', url: '/__admin/appointments/slot-capacity', payload: { ...SLOT, capacity: CAPACITY } })
  expect(capacity.statusCode).toBe(200)
  const tokens = await Promise.all(Array.from({ length: PEOPLE }, (_, i) => login(t.app, `load${String(i).padStart(2, '0')}`)))
  expect(new Set(tokens.map((s) => s.accessToken)).size).toBe(PEOPLE)

  const answers = await Promise.all(
    tokens.map((s, i) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/appointments',
        headers: { ...bearer(s.accessToken), 'idempotency-key': `load-test-key-${i}` },
        payload: SLOT,
      }),
    ),
  )
  const statuses = answers.map((r) => r.statusCode)
  expect(statuses.filter((s) => s === 201)).toHaveLength(CAPACITY)
  expect(statuses.filter((s) => s === 409)).toHaveLength(PEOPLE - CAPACITY)
  for (const r of answers.filter((a) => a.statusCode === 409)) {
    const problem = r.json<Problem>()
    expect(problem.code).toBe('SLOT_FULL')
    expect(problem.nextFreeSlots?.[0]).toEqual({ date: '2026-11-30', start: '09:30', end: '10:00', remaining: 4 })
  }
  const winners = answers.filter((a) => a.statusCode === 201).map((a) => a.json<BookingResult>().booking)
  expect(new Set(winners.map((b) => b.name)).size).toBe(CAPACITY)

  const stored = t.app.sandbox.db
    .prepare("SELECT COUNT(*) AS n FROM appt_bookings WHERE hall_id = ? AND service_code = ? AND date = ? AND start = ? AND status <> 'cancelled'")
    .get(SLOT.hallId, SLOT.serviceCode, SLOT.date, SLOT.start) as { n: number }
  expect(stored.n).toBe(CAPACITY)
  const slots = await t.app.inject({ url: `/api/v1/appointments/halls/${SLOT.hallId}/slots?service=id-card&date=${SLOT.date}` })
  expect(slots.json<{ items: { start: string; remaining: number }[] }>().items[0]).toMatchObject({ start: '09:00', remaining: 0 })
})
