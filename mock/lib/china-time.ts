// Calendar dates, billing periods and receipt dates are China Standard Time (UTC+8, no DST),
// whatever the zone of the machine running the sandbox.

const CST_OFFSET_MS = 8 * 60 * 60 * 1000

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** The CST calendar fields of an instant. */
export function cstParts(ms: number): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const d = new Date(ms + CST_OFFSET_MS)
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  }
}

/** 2025-01-06 */
export function cstDate(ms: number): string {
  const p = cstParts(ms)
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`
}

/** 20250106091500, as payment rails stamp their order numbers. */
export function cstCompact(ms: number): string {
  const p = cstParts(ms)
  return `${p.year}${pad(p.month)}${pad(p.day)}${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`
}

/** The instant of a CST wall-clock time (month is 1-based and may overflow into the next year). */
export function cstInstant(year: number, month: number, day: number, hour = 0, minute = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute) - CST_OFFSET_MS
}

/** A billing period 'YYYY-MM', `offset` months after (year, month). */
export function period(year: number, month: number, offset = 0): string {
  const index = year * 12 + (month - 1) + offset
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`
}

/** 'YYYY-MM' → [year, month]. */
export function parsePeriod(value: string): [number, number] {
  const [y, m] = value.split('-').map(Number)
  return [y, m]
}
