// The to-do inbox's 'case' items: cases waiting for the applicant — an open 补正 (去补正, urgency
// from its due date), a finished case not rated yet and a rectified one awaiting its follow-up
// rating (去评价).
import type { InboxItem } from '../../../contract'
import type { Db } from '../../db/database'
import { cstInstant } from '../../lib/china-time'
import { toIso } from '../../lib/clock'
import { urgencyOf } from '../inbox/sources'
import { ratableOf } from './present'
import { casesRepo } from './repo'

/** The last instant of a CST calendar day ('YYYY-MM-DD'). */
function endOfDay(date: string): number {
  const [y, m, d] = date.split('-').map(Number)
  return cstInstant(y, m, d + 1) - 1
}

export function caseInboxItems(db: Db, userId: string, nowMs: number): InboxItem[] {
  const repo = casesRepo(db)
  const items: InboxItem[] = []
  for (const row of repo.byUser(userId)) {
    if (row.stage === 'correction') {
      const correction = repo.correction(row.id)
      if (correction && correction.resubmitted_at === null) {
        const dueMs = endOfDay(correction.due_date)
        items.push({
          id: `case:${row.id}:correction`,
          kind: 'case',
          title: `办件需补正：${row.service_name}`,
          detail: `${row.department} · ${correction.items.length} 项待补正 · ${correction.due_date} 前提交`,
          amountFen: null,
          dueAt: toIso(dueMs),
          urgency: urgencyOf(dueMs, nowMs),
          action: '去补正',
          subject: { kind: 'case-correction', id: row.id },
        })
      }
      continue
    }
    const ratable = ratableOf(row, repo.ratings(row.id), repo.rectification(row.id))
    if (ratable !== null) {
      items.push({
        id: `case:${row.id}:${ratable === 'initial' ? 'rating' : 'follow-up'}`,
        kind: 'case',
        title: ratable === 'initial' ? `请评价：${row.service_name}` : `整改已完成，请再次评价：${row.service_name}`,
        detail: ratable === 'initial' ? `${row.department} · 已办结，欢迎评价本次服务` : `${row.department} · 差评已整改`,
        amountFen: null,
        dueAt: null,
        urgency: 'later',
        action: '去评价',
        subject: { kind: 'case-rating', id: row.id },
      })
    }
  }
  return items
}
