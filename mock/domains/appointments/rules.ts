// The time rules of appointments, pure functions of CST dates and instants: the slots of a day,
// bookable dates, the cancel deadline, the check-in window, the reminder time and the no-show block.
import { BOOKABLE_WORKING_DAYS, CANCEL_DEADLINE_MS, CHECK_IN_OPENS_BEFORE_MS, NO_SHOW_BLOCK_MONTHS } from '../../../contract'
import { cstDate, cstInstant } from '../../lib/china-time'
import { addCalendarDays, nextWorkingDays } from '../../lib/working-days'
import { LUNCH_BREAK } from './data/services'

const HOUR_MS = 60 * 60 * 1000

export interface SlotTime {
  start: string
  end: string
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))
const fromMinutes = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`

/** The slots of a working day within the opening hours, none across the lunch break. */
export function slotTimes(opens: string, closes: string, slotMinutes: number): SlotTime[] {
  const slots: SlotTime[] = []
  const lunchFrom = toMinutes(LUNCH_BREAK.from)
  const lunchTo = toMinutes(LUNCH_BREAK.to)
  for (let m = toMinutes(opens); m + slotMinutes <= toMinutes(closes); ) {
    if (m < lunchTo && m + slotMinutes > lunchFrom) {
      m = lunchTo
      continue
    }
    slots.push({ start: fromMinutes(m), end: fromMinutes(m + slotMinutes) })
    m += slotMinutes
  }
  return slots
}

/** The instant of a CST wall-clock time on a CST date. */
export function instantOf(date: string, hhmm: string): number {
  const [y, mo, d] = date.split('-').map(Number)
  return cstInstant(y, mo, d, Number(hhmm.slice(0, 2)), Number(hhmm.slice(3, 5)))
}

/** Bookable dates: the next 5 working days after today (so at least one day ahead). */
export function bookableDates(nowMs: number): string[] {
  return nextWorkingDays(cstDate(nowMs), BOOKABLE_WORKING_DAYS)
}

export const cancellableUntil = (startsAt: number) => startsAt - CANCEL_DEADLINE_MS
export const checkInOpensAt = (startsAt: number) => startsAt - CHECK_IN_OPENS_BEFORE_MS

/**
 * When the booking's reminder is due: 18:00 CST the day before the slot; for a booking made after
 * that, 2 hours before the slot (never before the booking was made).
 */
export function reminderAt(date: string, startsAt: number, createdAt: number): number {
  const eveBefore = instantOf(addCalendarDays(date, -1), '18:00')
  if (createdAt < eveBefore) return eveBefore
  return Math.max(createdAt, startsAt - 2 * HOUR_MS)
}

/** `date` plus whole months, the day clamped to the month's length (11-30 + 3 → 02-28). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number)
  const index = y * 12 + (m - 1) + months
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`
}

/** The last day (inclusive) of the block that a no-show on `date` starts. */
export function blockEndsOn(noShowDate: string): string {
  return addCalendarDays(addMonths(noShowDate, NO_SHOW_BLOCK_MONTHS), -1)
}

/** 11月30日 09:30 (CST), for messages and problem details. */
export function formatCst(ms: number): string {
  const d = new Date(ms + 8 * HOUR_MS)
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`
}

/** 2027-02-28 → 2027年2月28日 */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number)
  return `${y}年${m}月${d}日`
}

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']
export const weekdayName = (date: string) => WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]

/** Great-circle distance in metres (haversine), to sort halls nearest first. */
export function distanceMeters(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = (deg: number) => (deg * Math.PI) / 180
  const dLat = rad(b.latitude - a.latitude)
  const dLng = rad(b.longitude - a.longitude)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLng / 2) ** 2
  return Math.round(2 * 6371000 * Math.asin(Math.min(1, Math.sqrt(h))))
}
