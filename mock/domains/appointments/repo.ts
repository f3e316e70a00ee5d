// SQL of the appointments domain and its transactions: booking (capacity and one-per-day checked
// in the same SQLite transaction as the insert, so a slot is never overbooked), cancelling (which
// hands the freed place to the first eligible person on the slot's waitlist), check-in (queue
// number), and the time-driven work (no-shows, blocks, reminders, expired waitlist entries).
import { createHash } from 'node:crypto'
import { NO_SHOW_WINDOW_DAYS, type FreeSlot, type SlotRefBody } from '../../../contract'
import type { Db } from '../../db/database'
import { hallById, type Hall } from '../../data/halls'
import { cstDate } from '../../lib/china-time'
import { addCalendarDays } from '../../lib/working-days'
import { newId } from '../../lib/tokens'
import { notify } from '../messages/notify'
import { serviceItem } from './data/services'
import { appointmentProblems } from './problems'
import {
  blockEndsOn,
  bookableDates,
  cancellableUntil,
  checkInOpensAt,
  formatCst,
  formatDate,
  instantOf,
  reminderAt,
  slotTimes,
  type SlotTime,
} from './rules'

const DAY_MS = 24 * 60 * 60 * 1000
/** The number of no-shows (since the last block, within the window) that starts a block. */
export const NO_SHOW_BLOCK_THRESHOLD = 2

/**
 * The instant a block is over (midnight CST after its last day). A block absorbs the no-shows that
 * fall in it (bookings made before it began); after it, the count starts from zero.
 */
const blockOver = (endsOn: string) => instantOf(addCalendarDays(endsOn, 1), '00:00')

export type BookingStatus = 'booked' | 'checked_in' | 'cancelled' | 'no_show'

export interface BookingRow {
  id: string
  user_id: string
  hall_id: string
  service_code: string
  date: string
  start: string
  end_time: string
  starts_at: number
  ends_at: number
  status: BookingStatus
  idempotency_key: string | null
  request_hash: string | null
  via_waitlist: 0 | 1
  created_at: number
  reminder_at: number
  cancelled_at: number | null
  checked_in_at: number | null
  queue_number: string | null
  no_show_at: number | null
}

export interface WaitlistRow {
  id: string
  user_id: string
  hall_id: string
  service_code: string
  date: string
  start: string
  starts_at: number
  status: 'waiting' | 'booked' | 'left' | 'expired'
  idempotency_key: string
  request_hash: string
  booking_id: string | null
  created_at: number
  seq: number
}

export interface HallServiceRow {
  hall_id: string
  service_code: string
  slot_minutes: number
  capacity: number
}

export interface Standing {
  noShows: number
  blockedUntil: string | null
}

/** A slot the caller named, resolved against the hall's configuration. */
export interface ResolvedSlot {
  hall: Hall
  service: HallServiceRow
  date: string
  time: SlotTime
}

/** The fingerprint an Idempotency-Key is bound to (same key + other slot → 409). */
export function requestHash(kind: 'booking' | 'waitlist' | `reschedule:${string}`, body: SlotRefBody): string {
  return createHash('sha256').update(JSON.stringify([kind, body.hallId, body.serviceCode, body.date, body.start]), 'utf8').digest('hex')
}

export type BookOutcome = { booking: BookingRow; replayed: boolean }
export type WaitlistOutcome = { entry: WaitlistRow; replayed: boolean }

function createRepo(db: Db) {
  const stmts = {
    hallServices: db.prepare('SELECT * FROM appt_hall_services WHERE hall_id = ? ORDER BY rowid'),
    hallService: db.prepare('SELECT * FROM appt_hall_services WHERE hall_id = ? AND service_code = ?'),
    capacityOverride: db.prepare(
      'SELECT capacity FROM appt_slot_capacity WHERE hall_id = ? AND service_code = ? AND date = ? AND start = ?',
    ),
    overridesOfDay: db.prepare('SELECT start, capacity FROM appt_slot_capacity WHERE hall_id = ? AND service_code = ? AND date = ?'),
    setOverride: db.prepare(`
      INSERT INTO appt_slot_capacity (hall_id, service_code, date, start, capacity) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (hall_id, service_code, date, start) DO UPDATE SET capacity = excluded.capacity`),
    takenInSlot: db.prepare(
      "SELECT COUNT(*) AS n FROM appt_bookings WHERE hall_id = ? AND service_code = ? AND date = ? AND start = ? AND status <> 'cancelled'",
    ),
    takenOfDay: db.prepare(
      "SELECT start, COUNT(*) AS n FROM appt_bookings WHERE hall_id = ? AND service_code = ? AND date = ? AND status <> 'cancelled' GROUP BY start",
    ),
    waitingOfDay: db.prepare(
      "SELECT start, COUNT(*) AS n FROM appt_waitlist WHERE hall_id = ? AND service_code = ? AND date = ? AND status = 'waiting' GROUP BY start",
    ),
    booking: db.prepare('SELECT * FROM appt_bookings WHERE id = ?'),
    bookingByKey: db.prepare('SELECT * FROM appt_bookings WHERE user_id = ? AND idempotency_key = ?'),
    activeOnDate: db.prepare("SELECT * FROM appt_bookings WHERE user_id = ? AND date = ? AND status <> 'cancelled'"),
    bookingsOf: db.prepare('SELECT * FROM appt_bookings WHERE user_id = ? ORDER BY starts_at, created_at'),
    insertBooking: db.prepare(`
      INSERT INTO appt_bookings (id, user_id, hall_id, service_code, date, start, end_time, starts_at, ends_at, status,
        idempotency_key, request_hash, via_waitlist, created_at, reminder_at)
      VALUES (@id, @user_id, @hall_id, @service_code, @date, @start, @end_time, @starts_at, @ends_at, 'booked',
        @idempotency_key, @request_hash, @via_waitlist, @created_at, @reminder_at)`),
    cancel: db.prepare("UPDATE appt_bookings SET status = 'cancelled', cancelled_at = ? WHERE id = ? AND status = 'booked'"),
    checkedInCount: db.prepare(
      "SELECT COUNT(*) AS n FROM appt_bookings WHERE hall_id = ? AND service_code = ? AND date = ? AND checked_in_at IS NOT NULL",
    ),
    checkIn: db.prepare(
      "UPDATE appt_bookings SET status = 'checked_in', checked_in_at = ?, queue_number = ? WHERE id = ? AND status = 'booked'",
    ),
    dueNoShows: db.prepare("SELECT * FROM appt_bookings WHERE status = 'booked' AND ends_at <= ? ORDER BY ends_at, id"),
    markNoShow: db.prepare("UPDATE appt_bookings SET status = 'no_show', no_show_at = ends_at WHERE id = ? AND status = 'booked'"),
    dueReminders: db.prepare(
      "SELECT * FROM appt_bookings WHERE status = 'booked' AND reminder_at <= ? AND starts_at > ? ORDER BY reminder_at, id",
    ),
    lastBlock: db.prepare('SELECT * FROM appt_blocks WHERE user_id = ? ORDER BY starts_at DESC LIMIT 1'),
    insertBlock: db.prepare('INSERT OR IGNORE INTO appt_blocks (user_id, starts_at, ends_on) VALUES (?, ?, ?)'),
    noShowsSince: db.prepare("SELECT COUNT(*) AS n FROM appt_bookings WHERE user_id = ? AND status = 'no_show' AND no_show_at > ?"),
    waitlistEntry: db.prepare('SELECT * FROM appt_waitlist WHERE id = ?'),
    waitlistByKey: db.prepare('SELECT * FROM appt_waitlist WHERE user_id = ? AND idempotency_key = ?'),
    waitingFor: db.prepare(
      "SELECT * FROM appt_waitlist WHERE user_id = ? AND hall_id = ? AND service_code = ? AND date = ? AND start = ? AND status = 'waiting'",
    ),
    waitingInSlot: db.prepare(
      "SELECT * FROM appt_waitlist WHERE hall_id = ? AND service_code = ? AND date = ? AND start = ? AND status = 'waiting' ORDER BY seq",
    ),
    waitlistOf: db.prepare('SELECT * FROM appt_waitlist WHERE user_id = ? ORDER BY starts_at, seq'),
    nextSeq: db.prepare('SELECT COALESCE(MAX(seq), 0) + 1 AS n FROM appt_waitlist'),
    insertWaitlist: db.prepare(`
      INSERT INTO appt_waitlist (id, user_id, hall_id, service_code, date, start, starts_at, status, idempotency_key,
        request_hash, created_at, seq)
      VALUES (@id, @user_id, @hall_id, @service_code, @date, @start, @starts_at, 'waiting', @idempotency_key,
        @request_hash, @created_at, @seq)`),
    waitlistBooked: db.prepare("UPDATE appt_waitlist SET status = 'booked', booking_id = ? WHERE id = ? AND status = 'waiting'"),
    waitlistLeave: db.prepare("UPDATE appt_waitlist SET status = 'left' WHERE id = ? AND status = 'waiting'"),
    waitlistExpire: db.prepare("UPDATE appt_waitlist SET status = 'expired' WHERE status = 'waiting' AND starts_at <= ?"),
    positionOf: db.prepare(
      "SELECT COUNT(*) AS n FROM appt_waitlist WHERE hall_id = ? AND service_code = ? AND date = ? AND start = ? AND status = 'waiting' AND seq <= ?",
    ),
    personaName: db.prepare('SELECT name FROM personas WHERE user_id = ?'),
  }

  const hallService = (hallId: string, code: string) => stmts.hallService.get(hallId, code) as HallServiceRow | undefined

  function capacityOf(slot: ResolvedSlot): number {
    const override = stmts.capacityOverride.get(slot.hall.id, slot.service.service_code, slot.date, slot.time.start) as
      | { capacity: number }
      | undefined
    return override?.capacity ?? slot.service.capacity
  }

  function taken(slot: ResolvedSlot): number {
    return (stmts.takenInSlot.get(slot.hall.id, slot.service.service_code, slot.date, slot.time.start) as { n: number }).n
  }

  /** Every slot of a day with its capacity, places taken and people waiting. */
  function dayOf(hall: Hall, service: HallServiceRow, date: string) {
    const overrides = new Map(
      (stmts.overridesOfDay.all(hall.id, service.service_code, date) as { start: string; capacity: number }[]).map((r) => [
        r.start,
        r.capacity,
      ]),
    )
    const takenBy = new Map(
      (stmts.takenOfDay.all(hall.id, service.service_code, date) as { start: string; n: number }[]).map((r) => [r.start, r.n]),
    )
    const waitingBy = new Map(
      (stmts.waitingOfDay.all(hall.id, service.service_code, date) as { start: string; n: number }[]).map((r) => [r.start, r.n]),
    )
    return slotTimes(hall.opens, hall.closes, service.slot_minutes).map((time) => {
      const capacity = overrides.get(time.start) ?? service.capacity
      return {
        time,
        capacity,
        remaining: Math.max(0, capacity - (takenBy.get(time.start) ?? 0)),
        waitlisted: waitingBy.get(time.start) ?? 0,
      }
    })
  }

  /** Up to 3 slots with places left after `slot`, on the bookable dates (same hall and item). */
  function nextFreeSlots(slot: ResolvedSlot, nowMs: number): FreeSlot[] {
    const free: FreeSlot[] = []
    for (const date of bookableDates(nowMs)) {
      if (date < slot.date) continue
      for (const s of dayOf(slot.hall, slot.service, date)) {
        if (date === slot.date && s.time.start <= slot.time.start) continue
        if (s.remaining > 0) free.push({ date, start: s.time.start, end: s.time.end, remaining: s.remaining })
        if (free.length === 3) return free
      }
    }
    return free
  }

  function standing(userId: string, nowMs: number): Standing {
    const block = stmts.lastBlock.get(userId) as { starts_at: number; ends_on: string } | undefined
    if (block && cstDate(nowMs) <= block.ends_on) return { noShows: NO_SHOW_BLOCK_THRESHOLD, blockedUntil: block.ends_on }
    const since = Math.max(block ? blockOver(block.ends_on) : 0, nowMs - NO_SHOW_WINDOW_DAYS * DAY_MS)
    return { noShows: (stmts.noShowsSince.get(userId, since) as { n: number }).n, blockedUntil: null }
  }

  function insertBooking(userId: string, slot: ResolvedSlot, nowMs: number, key: string | null, hash: string | null, viaWaitlist: boolean) {
    const startsAt = instantOf(slot.date, slot.time.start)
    const row: BookingRow = {
      id: newId('apt'),
      user_id: userId,
      hall_id: slot.hall.id,
      service_code: slot.service.service_code,
      date: slot.date,
      start: slot.time.start,
      end_time: slot.time.end,
      starts_at: startsAt,
      ends_at: instantOf(slot.date, slot.time.end),
      status: 'booked',
      idempotency_key: key,
      request_hash: hash,
      via_waitlist: viaWaitlist ? 1 : 0,
      created_at: nowMs,
      reminder_at: reminderAt(slot.date, startsAt, nowMs),
      cancelled_at: null,
      checked_in_at: null,
      queue_number: null,
      no_show_at: null,
    }
    stmts.insertBooking.run(row)
    return row
  }

  /**
   * Hands free places of a slot to the waitlist, first come first served, skipping people who
   * cannot take it now (already booked that day, or blocked); they stay on the list.
   */
  function promoteWaitlist(slot: ResolvedSlot, nowMs: number): void {
    if (instantOf(slot.date, slot.time.start) <= nowMs) return
    let free = capacityOf(slot) - taken(slot)
    if (free <= 0) return
    const waiting = stmts.waitingInSlot.all(slot.hall.id, slot.service.service_code, slot.date, slot.time.start) as WaitlistRow[]
    for (const entry of waiting) {
      if (free <= 0) break
      if (standing(entry.user_id, nowMs).blockedUntil !== null) continue
      if (stmts.activeOnDate.get(entry.user_id, slot.date) !== undefined) continue
      const booking = insertBooking(entry.user_id, slot, nowMs, null, null, true)
      stmts.waitlistBooked.run(booking.id, entry.id)
      free -= 1
      const item = serviceItem(slot.service.service_code)
      notify(
        db,
        {
          userId: entry.user_id,
          kind: 'appointment_waitlist',
          title: '候补成功',
          body: `您候补的${item?.name ?? '事项'}（${slot.hall.name}，${formatDate(slot.date)} ${slot.time.start}）有人取消，已自动为您预约。请按时前往，不能前往请提前 2 小时取消。`,
          subject: { kind: 'booking', id: booking.id },
          dedupeKey: `appointment-waitlist:${entry.id}`,
        },
        nowMs,
      )
    }
  }

  /** The slot of a stored booking or waitlist entry. */
  function slotOfRow(row: { hall_id: string; service_code: string; date: string; start: string }): ResolvedSlot | undefined {
    const hall = hallById(row.hall_id)
    const service = hall && hallService(hall.id, row.service_code)
    if (!hall || !service) return undefined
    const time = slotTimes(hall.opens, hall.closes, service.slot_minutes).find((t) => t.start === row.start)
    return time && { hall, service, date: row.date, time }
  }

  const book = db.transaction((userId: string, key: string, slot: ResolvedSlot, hash: string, nowMs: number): BookOutcome => {
    const existing = stmts.bookingByKey.get(userId, key) as BookingRow | undefined
    if (existing) {
      if (existing.request_hash !== hash) throw appointmentProblems.idempotencyKeyReused()
      return { booking: existing, replayed: true }
    }
    const { blockedUntil } = standing(userId, nowMs)
    if (blockedUntil !== null) throw appointmentProblems.blocked(blockedUntil)
    const sameDay = stmts.activeOnDate.get(userId, slot.date) as BookingRow | undefined
    if (sameDay) throw appointmentProblems.onePerDay(sameDay.id, slot.date)
    if (taken(slot) >= capacityOf(slot)) throw appointmentProblems.slotFull(nextFreeSlots(slot, nowMs))
    return { booking: insertBooking(userId, slot, nowMs, key, hash, false), replayed: false }
  })

  /**
   * 改约: the new slot is taken and the old booking released in one transaction (the new booking
   * carries the key). Any refusal throws before anything is written, so the old place is kept. The
   * freed place goes to the old slot's waitlist like a cancellation.
   */
  const reschedule = db.transaction(
    (old: BookingRow, key: string, slot: ResolvedSlot, hash: string, nowMs: number, phone: string): BookOutcome => {
      const existing = stmts.bookingByKey.get(old.user_id, key) as BookingRow | undefined
      if (existing) {
        if (existing.request_hash !== hash) throw appointmentProblems.idempotencyKeyReused()
        return { booking: existing, replayed: true }
      }
      const current = stmts.booking.get(old.id) as BookingRow
      if (current.status !== 'booked') throw appointmentProblems.notActive(STATUS_TEXT[current.status])
      if (nowMs > cancellableUntil(current.starts_at)) throw appointmentProblems.rescheduleTooLate(cancellableUntil(current.starts_at), phone)
      const { blockedUntil } = standing(current.user_id, nowMs)
      if (blockedUntil !== null) throw appointmentProblems.blocked(blockedUntil)
      const sameDay = stmts.activeOnDate.get(current.user_id, slot.date) as BookingRow | undefined
      if (sameDay && sameDay.id !== current.id) throw appointmentProblems.onePerDay(sameDay.id, slot.date)
      const sameSlot =
        current.hall_id === slot.hall.id && current.service_code === slot.service.service_code && current.date === slot.date && current.start === slot.time.start
      if (sameSlot) throw appointmentProblems.sameSlot()
      if (taken(slot) >= capacityOf(slot)) throw appointmentProblems.slotFull(nextFreeSlots(slot, nowMs))
      stmts.cancel.run(nowMs, current.id)
      const booking = insertBooking(current.user_id, slot, nowMs, key, hash, false)
      const oldSlot = slotOfRow(current)
      if (oldSlot) promoteWaitlist(oldSlot, nowMs)
      const item = serviceItem(slot.service.service_code)
      notify(
        db,
        {
          userId: current.user_id,
          kind: 'appointment_reminder',
          title: '预约已改约',
          body: `您的${item?.name ?? '事项'}预约已由 ${formatDate(current.date)} ${current.start} 改为 ${formatDate(slot.date)} ${slot.time.start}（${slot.hall.name}），原时段已释放。`,
          subject: { kind: 'booking', id: booking.id },
          dedupeKey: `appointment-reschedule:${booking.id}`,
        },
        nowMs,
      )
      return { booking, replayed: false }
    },
  )

  const joinWaitlist = db.transaction((userId: string, key: string, slot: ResolvedSlot, hash: string, nowMs: number): WaitlistOutcome => {
    const existing = stmts.waitlistByKey.get(userId, key) as WaitlistRow | undefined
    if (existing) {
      if (existing.request_hash !== hash) throw appointmentProblems.idempotencyKeyReused()
      return { entry: existing, replayed: true }
    }
    const { blockedUntil } = standing(userId, nowMs)
    if (blockedUntil !== null) throw appointmentProblems.blocked(blockedUntil)
    const already = stmts.waitingFor.get(userId, slot.hall.id, slot.service.service_code, slot.date, slot.time.start) as
      | WaitlistRow
      | undefined
    if (already) throw appointmentProblems.alreadyWaitlisted(already.id)
    const sameDay = stmts.activeOnDate.get(userId, slot.date) as BookingRow | undefined
    if (sameDay) throw appointmentProblems.onePerDay(sameDay.id, slot.date)
    if (taken(slot) < capacityOf(slot)) throw appointmentProblems.slotNotFull()
    const entry: WaitlistRow = {
      id: newId('wl'),
      user_id: userId,
      hall_id: slot.hall.id,
      service_code: slot.service.service_code,
      date: slot.date,
      start: slot.time.start,
      starts_at: instantOf(slot.date, slot.time.start),
      status: 'waiting',
      idempotency_key: key,
      request_hash: hash,
      booking_id: null,
      created_at: nowMs,
      seq: (stmts.nextSeq.get() as { n: number }).n,
    }
    stmts.insertWaitlist.run(entry)
    return { entry, replayed: false }
  })

  const cancel = db.transaction((booking: BookingRow, nowMs: number, phone: string): BookingRow => {
    const current = stmts.booking.get(booking.id) as BookingRow
    if (current.status !== 'booked') throw appointmentProblems.notActive(STATUS_TEXT[current.status])
    if (nowMs > cancellableUntil(current.starts_at)) throw appointmentProblems.cancelTooLate(cancellableUntil(current.starts_at), phone)
    stmts.cancel.run(nowMs, current.id)
    const slot = slotOfRow(current)
    if (slot) promoteWaitlist(slot, nowMs)
    return stmts.booking.get(current.id) as BookingRow
  })

  const checkIn = db.transaction((booking: BookingRow, nowMs: number): BookingRow => {
    const current = stmts.booking.get(booking.id) as BookingRow
    if (current.status === 'checked_in') return current
    if (current.status === 'no_show') throw appointmentProblems.checkInClosed()
    if (current.status !== 'booked') throw appointmentProblems.notActive(STATUS_TEXT[current.status])
    if (nowMs < checkInOpensAt(current.starts_at)) throw appointmentProblems.checkInNotOpen(checkInOpensAt(current.starts_at))
    if (nowMs >= current.ends_at) throw appointmentProblems.checkInClosed()
    const n = (stmts.checkedInCount.get(current.hall_id, current.service_code, current.date) as { n: number }).n + 1
    const prefix = serviceItem(current.service_code)?.queuePrefix ?? 'Z'
    stmts.checkIn.run(nowMs, `${prefix}${String(n).padStart(3, '0')}`, current.id)
    return stmts.booking.get(current.id) as BookingRow
  })

  const leaveWaitlist = (id: string) => stmts.waitlistLeave.run(id).changes === 1

  /** Sets a slot's capacity (admin) and gives any new places to the waitlist. */
  const setCapacity = db.transaction((slot: ResolvedSlot, capacity: number, nowMs: number) => {
    stmts.setOverride.run(slot.hall.id, slot.service.service_code, slot.date, slot.time.start, capacity)
    promoteWaitlist(slot, nowMs)
  })

  /**
   * Time-driven work, in order: bookings not checked in by the end of their slot become no-shows
   * (the second within the window starts a 3-month block); due reminders are sent once; waitlist
   * entries whose slot has started expire.
   */
  const sweep = db.transaction((nowMs: number) => {
    for (const row of stmts.dueNoShows.all(nowMs) as BookingRow[]) {
      stmts.markNoShow.run(row.id)
      const block = stmts.lastBlock.get(row.user_id) as { starts_at: number; ends_on: string } | undefined
      if (block && cstDate(row.ends_at) <= block.ends_on) continue
      const since = Math.max(block ? blockOver(block.ends_on) : 0, row.ends_at - NO_SHOW_WINDOW_DAYS * DAY_MS)
      const count = (stmts.noShowsSince.get(row.user_id, since) as { n: number }).n
      if (count >= NO_SHOW_BLOCK_THRESHOLD) stmts.insertBlock.run(row.user_id, row.ends_at, blockEndsOn(row.date))
    }
    for (const row of stmts.dueReminders.all(nowMs, nowMs) as BookingRow[]) {
      const hall = hallById(row.hall_id)
      notify(
        db,
        {
          userId: row.user_id,
          kind: 'appointment_reminder',
          title: '预约办事提醒',
          body: `您预约了${serviceItem(row.service_code)?.name ?? '事项'}：${formatCst(row.starts_at)}–${row.end_time}，${hall?.name ?? ''}（${hall?.address ?? ''}）。请带好证件，提前 30 分钟可签到取号；不能前往请在开始前 2 小时取消。`,
          subject: { kind: 'booking', id: row.id },
          dedupeKey: `appointment-reminder:${row.id}`,
        },
        nowMs,
      )
    }
    stmts.waitlistExpire.run(nowMs)
  })

  return {
    hallServices: (hallId: string) => stmts.hallServices.all(hallId) as HallServiceRow[],
    hallService,
    dayOf,
    capacityOf,
    taken,
    standing,
    booking: (id: string) => stmts.booking.get(id) as BookingRow | undefined,
    bookingsOf: (userId: string) => stmts.bookingsOf.all(userId) as BookingRow[],
    waitlistEntry: (id: string) => stmts.waitlistEntry.get(id) as WaitlistRow | undefined,
    waitlistOf: (userId: string) => stmts.waitlistOf.all(userId) as WaitlistRow[],
    positionOf: (entry: WaitlistRow) =>
      (stmts.positionOf.get(entry.hall_id, entry.service_code, entry.date, entry.start, entry.seq) as { n: number }).n,
    personaName: (userId: string) => (stmts.personaName.get(userId) as { name: string } | undefined)?.name ?? '',
    slotOfRow,
    book,
    joinWaitlist,
    reschedule,
    leaveWaitlist,
    cancel,
    checkIn,
    setCapacity,
    sweep,
  }
}

const STATUS_TEXT: Record<BookingStatus, string> = {
  booked: '仍在预约中',
  checked_in: '已签到',
  cancelled: '已取消',
  no_show: '已结束（未签到）',
}

export type AppointmentsRepo = ReturnType<typeof createRepo>

const repos = new WeakMap<Db, AppointmentsRepo>()

/** One repo (prepared statements) per database. */
export function appointmentsRepo(db: Db): AppointmentsRepo {
  let repo = repos.get(db)
  if (!repo) {
    repo = createRepo(db)
    repos.set(db, repo)
  }
  return repo
}

/** The sweep as the DomainModule calls it (also run lazily before every appointments request). */
export function sweepAppointments(db: Db, nowMs: number): void {
  appointmentsRepo(db).sweep(nowMs)
}
