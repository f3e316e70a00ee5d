// Inbox sources: how GET /inbox learns each service's open items without knowing its tables. A
// domain declares one source per kind it owns in its DomainModule (`inboxSources: { bill:
// billInboxSource }`; utilities 'bill', fines 'fine', fees 'fee', appointments 'appointment',
// cases 'case', certificates 'certificate'), conventionally written in its `inbox.ts`.
//
// A source is synchronous and reads only `db`; it returns the caller's open items with urgency
// computed from `nowMs` (the server clock). A source that throws is reported in `unavailable` and
// the others still show.
import type { InboxItem, InboxUrgency } from '../../../contract'
import type { Db } from '../../db/database'

export type InboxSource = (db: Db, userId: string, nowMs: number) => InboxItem[]

const DAY_MS = 24 * 60 * 60 * 1000
const CST_OFFSET_MS = 8 * 60 * 60 * 1000

/**
 * The urgency of something due at `dueMs`: overdue once past, today when due before the end of
 * today (CST), soon within 3 days, later otherwise. Sources may use it or decide themselves.
 */
export function urgencyOf(dueMs: number | null, nowMs: number): InboxUrgency {
  if (dueMs === null) return 'later'
  if (dueMs < nowMs) return 'overdue'
  const endOfTodayCst = Math.floor((nowMs + CST_OFFSET_MS) / DAY_MS) * DAY_MS + DAY_MS - CST_OFFSET_MS
  if (dueMs < endOfTodayCst) return 'today'
  if (dueMs < nowMs + 3 * DAY_MS) return 'soon'
  return 'later'
}

/** The first instant after the CST calendar day `date` ('YYYY-MM-DD'): a deadline "by that day". */
export function endOfCstDay(date: string): number {
  const [y, m, d] = date.split('-').map(Number)
  return Date.UTC(y, m - 1, d + 1) - CST_OFFSET_MS
}
