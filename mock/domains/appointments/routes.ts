// /api/v1/appointments: halls of a city (public), bookable dates and slots with remaining places
// (public), booking and joining a waitlist (Idempotency-Key), my appointments, cancel, check-in,
// and my standing (no-show warning / block).
import { Type } from '@sinclair/typebox'
import {
  BookableDatesQuerySchema,
  BookableDatesSchema,
  BookingListQuerySchema,
  BookingListSchema,
  BookingParamsSchema,
  BookingResultSchema,
  BookingSchema,
  HallListQuerySchema,
  HallListSchema,
  HallParamsSchema,
  HallSchema,
  IDEMPOTENCY_KEY_HEADER,
  IdempotencyKeySchema,
  NoContentSchema,
  SlotListSchema,
  SlotRefBodySchema,
  SlotsQuerySchema,
  StandingSchema,
  WaitlistEntrySchema,
  WaitlistListSchema,
  WaitlistParamsSchema,
  type SlotRefBody,
} from '../../../contract'
import { hallById, hallsOf } from '../../data/halls'
import type { FastifyRequest } from 'fastify'
import { problems } from '../../http/problem'
import { BODY_PROBLEMS, responses } from '../../http/responses'
import { currentUser, type DomainRoutes } from '../../http/types'
import { toIso } from '../../lib/clock'
import { cstDate } from '../../lib/china-time'
import { dayKind } from '../../lib/working-days'
import { toBooking, toHall, toStanding, toWaitlistEntry } from './present'
import { appointmentProblems } from './problems'
import { appointmentsRepo, requestHash, type BookingRow, type ResolvedSlot, type WaitlistRow } from './repo'
import { bookableDates, distanceMeters, instantOf, weekdayName } from './rules'

const tags = ['appointments']
const security = [{ bearerAuth: [] }]

// Request headers are an open set; a missing key is IDEMPOTENCY_KEY_MISSING (checked before
// validation), a malformed one a VALIDATION_FAILED field error on `idempotency-key`.
const IdempotentHeaders = Type.Object({ [IDEMPOTENCY_KEY_HEADER]: IdempotencyKeySchema })

export const appointmentRoutes: DomainRoutes = async (app, { ctx }) => {
  const repo = appointmentsRepo(ctx.db)
  // No-shows, blocks, reminders and expired waitlist entries are applied before anything is read.
  app.addHook('preHandler', async () => {
    repo.sweep(ctx.clock.now())
  })

  const requireKey = async (request: FastifyRequest) => {
    const key = request.headers[IDEMPOTENCY_KEY_HEADER]
    if (key === undefined || (typeof key === 'string' && key.trim() === '')) throw appointmentProblems.idempotencyKeyMissing()
  }

  function hallOr404(hallId: string) {
    const hall = hallById(hallId)
    if (!hall) throw appointmentProblems.hallNotFound()
    return hall
  }

  /** Resolves a slot the caller named; `bookable` also requires its date to be bookable now. */
  function resolveSlot(body: SlotRefBody, fields: { hall: string; service: string; date: string }): ResolvedSlot {
    const hall = hallById(body.hallId)
    if (!hall) throw appointmentProblems.unknownHall(fields.hall)
    const service = repo.hallService(hall.id, body.serviceCode)
    if (!service) throw appointmentProblems.serviceNotHandled(fields.service)
    const dates = bookableDates(ctx.clock.now())
    if (!dates.includes(body.date)) throw appointmentProblems.dateNotBookable(fields.date, dates[0], dates[dates.length - 1])
    const slot = repo.dayOf(hall, service, body.date).find((s) => s.time.start === body.start)
    if (!slot) throw appointmentProblems.noSuchSlot()
    return { hall, service, date: body.date, time: slot.time }
  }

  function ownBooking(id: string, userId: string): BookingRow {
    const row = repo.booking(id)
    if (!row) throw appointmentProblems.bookingNotFound()
    if (row.user_id !== userId) throw problems.forbiddenResource('该预约')
    return row
  }

  const presentBooking = (row: BookingRow) => toBooking(row, repo.personaName(row.user_id), ctx.clock.now())
  const presentEntry = (row: WaitlistRow) =>
    toWaitlistEntry(row, row.status === 'waiting' ? repo.positionOf(row) : null, repo.slotOfRow(row)?.time.end ?? row.start)

  app.get(
    '/appointments/halls',
    {
      schema: {
        tags,
        summary: "A city's service halls and the items they take appointments for (public); nearest first when a location is given",
        querystring: HallListQuerySchema,
        response: responses({ 200: HallListSchema }),
      },
    },
    async (request) => {
      const { city, latitude, longitude } = request.query
      const halls = hallsOf(city)
      if (halls.length === 0) throw appointmentProblems.unknownCity()
      const located = latitude !== undefined && longitude !== undefined
      const items = halls.map((hall) =>
        toHall(hall, repo.hallServices(hall.id), located ? distanceMeters({ latitude, longitude }, hall) : null),
      )
      if (located) items.sort((a, b) => (a.distanceMeters as number) - (b.distanceMeters as number))
      return { items, sortedBy: located ? ('distance' as const) : ('default' as const) }
    },
  )

  app.get(
    '/appointments/halls/:hallId',
    {
      schema: { tags, summary: 'One service hall (public)', params: HallParamsSchema, response: responses({ 200: HallSchema }, 404) },
    },
    async (request) => {
      const hall = hallOr404(request.params.hallId)
      return toHall(hall, repo.hallServices(hall.id), null)
    },
  )

  app.get(
    '/appointments/halls/:hallId/dates',
    {
      schema: {
        tags,
        summary: 'Bookable dates for an item at a hall (public): the next 5 working days, with the places left on each',
        params: HallParamsSchema,
        querystring: BookableDatesQuerySchema,
        response: responses({ 200: BookableDatesSchema }, 404),
      },
    },
    async (request) => {
      const hall = hallOr404(request.params.hallId)
      const service = repo.hallService(hall.id, request.query.service)
      if (!service) throw appointmentProblems.serviceNotHandled('service')
      const now = ctx.clock.now()
      return {
        today: cstDate(now),
        items: bookableDates(now).map((date) => ({
          date,
          weekday: weekdayName(date),
          makeUpWorkday: dayKind(date) === 'makeup-workday',
          remaining: repo.dayOf(hall, service, date).reduce((sum, s) => sum + s.remaining, 0),
        })),
      }
    },
  )

  app.get(
    '/appointments/halls/:hallId/slots',
    {
      schema: {
        tags,
        summary: 'Slots of one bookable date (public), with capacity, places left and people on the waitlist',
        params: HallParamsSchema,
        querystring: SlotsQuerySchema,
        response: responses({ 200: SlotListSchema }, 404),
      },
    },
    async (request) => {
      const hall = hallOr404(request.params.hallId)
      const service = repo.hallService(hall.id, request.query.service)
      if (!service) throw appointmentProblems.serviceNotHandled('service')
      const dates = bookableDates(ctx.clock.now())
      const { date } = request.query
      if (!dates.includes(date)) throw appointmentProblems.dateNotBookable('date', dates[0], dates[dates.length - 1])
      return {
        items: repo.dayOf(hall, service, date).map((s) => ({
          date,
          start: s.time.start,
          end: s.time.end,
          startsAt: toIso(instantOf(date, s.time.start)),
          capacity: s.capacity,
          remaining: s.remaining,
          waitlisted: s.waitlisted,
        })),
      }
    },
  )

  app.post(
    '/appointments',
    {
      onRequest: ctx.authenticate,
      preValidation: requireKey,
      schema: {
        tags,
        security,
        summary: 'Book a slot (Idempotency-Key): one booking per person per day; a full slot is 409 SLOT_FULL with nextFreeSlots',
        description:
          '201 new booking; 200 + idempotent-replayed: true with the ORIGINAL booking (current state) for the same key and slot; ' +
          '409 IDEMPOTENCY_KEY_REUSED for another slot. 409 BOOKING_BLOCKED (blockedUntil), ONE_BOOKING_PER_DAY (existingId), ' +
          'SLOT_FULL (nextFreeSlots). 400 DATE_NOT_BOOKABLE outside the next 5 working days.',
        headers: IdempotentHeaders,
        body: SlotRefBodySchema,
        response: responses({ 200: BookingResultSchema, 201: BookingResultSchema }, 401, 409, ...BODY_PROBLEMS),
      },
    },
    async (request, reply) => {
      const userId = currentUser(request).userId
      const key = request.headers[IDEMPOTENCY_KEY_HEADER] as string
      const hash = requestHash('booking', request.body)
      const now = ctx.clock.now()
      // A replay answers with the original booking even once its date is no longer bookable.
      const slot = resolveSlotOrReplay(request.body, userId, key, hash)
      const { booking, replayed } = slot ? repo.book(userId, key, slot, hash, now) : { booking: replayOf(userId, key, hash), replayed: true }
      if (replayed) reply.code(200).header('idempotent-replayed', 'true')
      else reply.code(201).header('location', `/api/v1/appointments/${booking.id}`)
      return { booking: presentBooking(booking), standing: toStanding(repo.standing(userId, now)) }
    },
  )

  /** The slot to book, or null when the key was already used for this very request (a replay). */
  function resolveSlotOrReplay(body: SlotRefBody, userId: string, key: string, hash: string): ResolvedSlot | null {
    const previous = repo.bookingsOf(userId).find((b) => b.idempotency_key === key)
    if (previous) {
      if (previous.request_hash !== hash) throw appointmentProblems.idempotencyKeyReused()
      return null
    }
    return resolveSlot(body, { hall: 'hallId', service: 'serviceCode', date: 'date' })
  }

  function replayOf(userId: string, key: string, hash: string): BookingRow {
    const row = repo.bookingsOf(userId).find((b) => b.idempotency_key === key && b.request_hash === hash)
    if (!row) throw new Error('replayOf: no booking for this key')
    return row
  }

  app.get(
    '/appointments',
    {
      onRequest: ctx.authenticate,
      schema: {
        tags,
        security,
        summary: 'My appointments (upcoming soonest first; past and cancelled newest first) and my standing',
        querystring: BookingListQuerySchema,
        response: responses({ 200: BookingListSchema }, 401),
      },
    },
    async (request) => {
      const userId = currentUser(request).userId
      const now = ctx.clock.now()
      const status = request.query.status ?? 'all'
      const rows = repo.bookingsOf(userId)
      const upcoming = (b: BookingRow) => (b.status === 'booked' || b.status === 'checked_in') && b.ends_at > now
      const filtered = rows.filter((b) => {
        if (status === 'upcoming') return upcoming(b)
        if (status === 'cancelled') return b.status === 'cancelled'
        if (status === 'past') return b.status !== 'cancelled' && !upcoming(b)
        return true
      })
      if (status !== 'upcoming') filtered.reverse()
      return { items: filtered.map(presentBooking), standing: toStanding(repo.standing(userId, now)) }
    },
  )

  app.get(
    '/appointments/standing',
    {
      onRequest: ctx.authenticate,
      schema: {
        tags,
        security,
        summary: 'My no-show standing: a warning after the first no-show, the block (and its end date) after the second',
        response: responses({ 200: StandingSchema }, 401),
      },
    },
    async (request) => toStanding(repo.standing(currentUser(request).userId, ctx.clock.now())),
  )

  app.get(
    '/appointments/waitlist',
    {
      onRequest: ctx.authenticate,
      schema: { tags, security, summary: 'My waitlist entries (候补), soonest first', response: responses({ 200: WaitlistListSchema }, 401) },
    },
    async (request) => ({ items: repo.waitlistOf(currentUser(request).userId).map(presentEntry) }),
  )

  app.post(
    '/appointments/waitlist',
    {
      onRequest: ctx.authenticate,
      preValidation: requireKey,
      schema: {
        tags,
        security,
        summary: 'Join the waitlist of a full slot (Idempotency-Key); a freed place becomes a booking automatically',
        description:
          '201 new entry; 200 + idempotent-replayed: true for the same key and slot. 409 SLOT_NOT_FULL (book instead), ' +
          'ALREADY_WAITLISTED (existingId), ONE_BOOKING_PER_DAY, BOOKING_BLOCKED, IDEMPOTENCY_KEY_REUSED.',
        headers: IdempotentHeaders,
        body: SlotRefBodySchema,
        response: responses({ 200: WaitlistEntrySchema, 201: WaitlistEntrySchema }, 401, 409, ...BODY_PROBLEMS),
      },
    },
    async (request, reply) => {
      const userId = currentUser(request).userId
      const key = request.headers[IDEMPOTENCY_KEY_HEADER] as string
      const hash = requestHash('waitlist', request.body)
      const previous = repo.waitlistOf(userId).find((w) => w.idempotency_key === key)
      let entry: WaitlistRow
      if (previous) {
        if (previous.request_hash !== hash) throw appointmentProblems.idempotencyKeyReused()
        entry = previous
        reply.code(200).header('idempotent-replayed', 'true')
      } else {
        const slot = resolveSlot(request.body, { hall: 'hallId', service: 'serviceCode', date: 'date' })
        entry = repo.joinWaitlist(userId, key, slot, hash, ctx.clock.now()).entry
        reply.code(201).header('location', `/api/v1/appointments/waitlist/${entry.id}`)
      }
      return presentEntry(entry)
    },
  )

  app.delete(
    '/appointments/waitlist/:id',
    {
      onRequest: ctx.authenticate,
      schema: {
        tags,
        security,
        summary: 'Leave a waitlist',
        params: WaitlistParamsSchema,
        response: responses({ 204: NoContentSchema }, 401, 403, 404, 409),
      },
    },
    async (request, reply) => {
      const row = repo.waitlistEntry(request.params.id)
      if (!row) throw appointmentProblems.waitlistNotFound()
      if (row.user_id !== currentUser(request).userId) throw problems.forbiddenResource('该候补')
      if (!repo.leaveWaitlist(row.id)) throw appointmentProblems.notActive('的候补已结束')
      return reply.code(204).send(null)
    },
  )

  app.get(
    '/appointments/:id',
    {
      onRequest: ctx.authenticate,
      schema: {
        tags,
        security,
        summary: 'One of my appointments',
        params: BookingParamsSchema,
        response: responses({ 200: BookingSchema }, 401, 403, 404),
      },
    },
    async (request) => presentBooking(ownBooking(request.params.id, currentUser(request).userId)),
  )

  app.post(
    '/appointments/:id/cancel',
    {
      onRequest: ctx.authenticate,
      schema: {
        tags,
        security,
        summary: 'Cancel up to 2 hours before the slot; the place goes to the first person on its waitlist',
        params: BookingParamsSchema,
        response: responses({ 200: BookingSchema }, 401, 403, 404, 409),
      },
    },
    async (request) => {
      const row = ownBooking(request.params.id, currentUser(request).userId)
      return presentBooking(repo.cancel(row, ctx.clock.now(), hallById(row.hall_id)?.phone ?? '12345'))
    },
  )

  app.post(
    '/appointments/:id/reschedule',
    {
      onRequest: ctx.authenticate,
      preValidation: requireKey,
      schema: {
        tags,
        security,
        summary: '改约 (Idempotency-Key): move a booking to another slot; the new place is taken and the old one released together',
        description:
          '201 the new booking (the old one is cancelled and its place goes to its waitlist); 200 + idempotent-replayed: true ' +
          'with the same booking for the same key and slot; 409 IDEMPOTENCY_KEY_REUSED for another slot. Nothing changes on ' +
          '409 SLOT_FULL (nextFreeSlots), ONE_BOOKING_PER_DAY, CANCEL_TOO_LATE (2 hours before the old slot), BOOKING_NOT_ACTIVE, ' +
          'SAME_SLOT, BOOKING_BLOCKED, or 400 DATE_NOT_BOOKABLE.',
        headers: IdempotentHeaders,
        params: BookingParamsSchema,
        body: SlotRefBodySchema,
        response: responses({ 200: BookingResultSchema, 201: BookingResultSchema }, 401, 403, 404, 409, ...BODY_PROBLEMS),
      },
    },
    async (request, reply) => {
      const userId = currentUser(request).userId
      const key = request.headers[IDEMPOTENCY_KEY_HEADER] as string
      const old = ownBooking(request.params.id, userId)
      const hash = requestHash(`reschedule:${old.id}`, request.body)
      const now = ctx.clock.now()
      const slot = resolveSlotOrReplay(request.body, userId, key, hash)
      const phone = hallById(old.hall_id)?.phone ?? '12345'
      const { booking, replayed } = slot
        ? repo.reschedule(old, key, slot, hash, now, phone)
        : { booking: replayOf(userId, key, hash), replayed: true }
      if (replayed) reply.code(200).header('idempotent-replayed', 'true')
      else reply.code(201).header('location', `/api/v1/appointments/${booking.id}`)
      return { booking: presentBooking(booking), standing: toStanding(repo.standing(userId, now)) }
    },
  )

  app.post(
    '/appointments/:id/check-in',
    {
      onRequest: ctx.authenticate,
      schema: {
        tags,
        security,
        summary: 'Check in on the day (from 30 minutes before the slot until it ends) for a queue number; repeating it returns the same number',
        params: BookingParamsSchema,
        response: responses({ 200: BookingSchema }, 401, 403, 404, 409),
      },
    },
    async (request) => {
      const row = ownBooking(request.params.id, currentUser(request).userId)
      return presentBooking(repo.checkIn(row, ctx.clock.now()))
    },
  )
}
