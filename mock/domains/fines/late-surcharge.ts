// 加处罚款 (行政处罚法 art. 72 (1)): a party that does not pay a fine within 15 days of receiving the
// decision is charged 3% of the fine per day, never more than the fine itself. A pure function of
// calendar dates (China time: callers pass cstDate(clock.now())), so it is unit-tested at the
// boundaries and every screen shows the same numbers.
import { SURCHARGE_FREE_DAYS, SURCHARGE_PERCENT_PER_DAY, type Charge } from '../../../contract'

const DAY_MS = 24 * 60 * 60 * 1000

function dateMs(date: string): number {
  const [y, m, d] = date.split('-').map(Number)
  return Date.UTC(y, m - 1, d)
}

/** '2025-01-31' + 1 → '2025-02-01'. */
export function addDays(date: string, days: number): string {
  return new Date(dateMs(date) + days * DAY_MS).toISOString().slice(0, 10)
}

/** Calendar days from `from` to `to` (same day = 0; negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dateMs(to) - dateMs(from)) / DAY_MS)
}

/** The surcharge after `overdueDays` charged days. Rounded DOWN to the 分: in the payer's favour. */
function surchargeAfter(fineFen: number, overdueDays: number): number {
  return Math.min(fineFen, Math.floor((fineFen * SURCHARGE_PERCENT_PER_DAY * overdueDays) / 100))
}

/** Charged days after which 3% per day reaches 100% of the fine (3 × 34 = 102 ≥ 100). */
export const DAYS_TO_CAP = Math.ceil(100 / SURCHARGE_PERCENT_PER_DAY)

export interface LateSurchargeInput {
  fineFen: number
  /** The day the decision was received (served), 'YYYY-MM-DD'. */
  receivedOn: string
  /** Today in China time, 'YYYY-MM-DD'. */
  today: string
}

/**
 * What a fine costs on `today`. elapsed = calendar days from receivedOn to today; the first 15 are
 * free; from the 16th day the surcharge is 3% of the fine per day: overdueDays = max(0, elapsed − 15),
 * surchargeFen = min(fineFen, floor(fineFen × 3 × overdueDays / 100)).
 */
export function lateSurcharge({ fineFen, receivedOn, today }: LateSurchargeInput): Charge {
  const elapsed = daysBetween(receivedOn, today)
  const overdueDays = Math.max(0, elapsed - SURCHARGE_FREE_DAYS)
  const surchargeFen = surchargeAfter(fineFen, overdueDays)
  const capped = surchargeFen === fineFen
  // The next day the amount actually grows (tomorrow, or the first charged day; later only for
  // fines under 34 分, whose 3% rounds down to 0).
  let nextIncreaseOn: string | null = null
  if (!capped) {
    for (let d = overdueDays + 1; d <= DAYS_TO_CAP; d += 1) {
      if (surchargeAfter(fineFen, d) > surchargeFen) {
        nextIncreaseOn = addDays(receivedOn, SURCHARGE_FREE_DAYS + d)
        break
      }
    }
  }
  return {
    fineFen,
    surchargeFen,
    totalFen: fineFen + surchargeFen,
    overdueDays,
    dailyIncreaseFen: Math.floor((fineFen * SURCHARGE_PERCENT_PER_DAY) / 100),
    capped,
    nextIncreaseOn,
    capReachedOn: addDays(receivedOn, SURCHARGE_FREE_DAYS + DAYS_TO_CAP),
    surchargeStartsOn: addDays(receivedOn, SURCHARGE_FREE_DAYS + 1),
  }
}
