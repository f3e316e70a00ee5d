// Working-day arithmetic on CST calendar dates ('YYYY-MM-DD'): Monday to Friday, minus public
// holidays, plus the official make-up working days (cn-holidays.ts). Used for the bookable dates of
// service halls and for promised case deadlines (承诺时限, counted in working days).
import { cstDate } from './china-time'
import { HOLIDAYS } from './cn-holidays'

const DAY_MS = 24 * 60 * 60 * 1000

const holidayNames = new Map<string, string>()
const makeUpDays = new Set<string>()
for (const period of HOLIDAYS) {
  for (let d = period.from; d <= period.to; d = addCalendarDays(d, 1)) holidayNames.set(d, period.name)
  for (const d of period.makeUpWorkdays) makeUpDays.add(d)
}

function toUtcMs(date: string): number {
  const [y, m, d] = date.split('-').map(Number)
  return Date.UTC(y, m - 1, d)
}

function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

/** `date` moved by `days` calendar days (negative moves back). */
export function addCalendarDays(date: string, days: number): string {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS)
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(toUtcMs(date)).getUTCDay()
}

export type DayKind = 'workday' | 'makeup-workday' | 'weekend' | 'holiday'

export function dayKind(date: string): DayKind {
  if (holidayNames.has(date)) return 'holiday'
  if (makeUpDays.has(date)) return 'makeup-workday'
  const wd = weekday(date)
  return wd === 0 || wd === 6 ? 'weekend' : 'workday'
}

/** The holiday's name (e.g. '国庆节') when `date` is a day off of one, else undefined. */
export function holidayName(date: string): string | undefined {
  return holidayNames.get(date)
}

export function isWorkingDay(date: string): boolean {
  const kind = dayKind(date)
  return kind === 'workday' || kind === 'makeup-workday'
}

/** The n-th working day after `date` (`date` itself is not counted); n = 0 returns `date`. */
export function addWorkingDays(date: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`addWorkingDays: n must be a non-negative integer, got ${n}`)
  let d = date
  for (let left = n; left > 0; ) {
    d = addCalendarDays(d, 1)
    if (isWorkingDay(d)) left -= 1
  }
  return d
}

/** Working days in (from, to]: 0 when `to` <= `from`. */
export function workingDaysBetween(from: string, to: string): number {
  let count = 0
  for (let d = addCalendarDays(from, 1); d <= to; d = addCalendarDays(d, 1)) if (isWorkingDay(d)) count += 1
  return count
}

/** The next `count` working days strictly after `from` (so at least one day ahead). */
export function nextWorkingDays(from: string, count: number): string[] {
  const days: string[] = []
  for (let d = addCalendarDays(from, 1); days.length < count; d = addCalendarDays(d, 1)) if (isWorkingDay(d)) days.push(d)
  return days
}

/** The CST calendar date of an instant, for callers holding milliseconds. */
export function cstToday(nowMs: number): string {
  return cstDate(nowMs)
}
