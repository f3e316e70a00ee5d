// Certificates about to expire: the inbox source 'certificate' (within 90 days, with 去换证 for a
// 驾驶证, which has an application) and the once-only reminder message sent by the sweep.
import type { InboxItem, Subject } from '../../../contract'
import type { Db } from '../../db/database'
import { cstDate, cstInstant } from '../../lib/china-time'
import { notify } from '../messages/notify'
import { urgencyOf } from '../inbox/sources'
import { EXPIRY_NOTICE_DAYS, TYPE_NAMES, type CertificateRow } from './present'
import { certificatesRepo } from './repo'

const DAY_MS = 24 * 60 * 60 * 1000

/** The online application that renews a certificate of this type, if there is one. */
export function renewalSubject(row: CertificateRow): Subject | null {
  return row.type === 'driving_licence' ? { kind: 'certificate-form', id: 'driving_licence_renewal' } : null
}

const certificateSubject = (row: CertificateRow): Subject => ({ kind: 'certificate', id: row.id })

/** End of the valid_to day (CST): the certificate is valid through that day. */
const endOfDay = (date: string) => cstInstant(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)) + 1) - 1

function expiring(db: Db, nowMs: number): CertificateRow[] {
  return certificatesRepo(db).withValidToBetween(cstDate(nowMs), cstDate(nowMs + EXPIRY_NOTICE_DAYS * DAY_MS))
}

export function certificateInboxItems(db: Db, userId: string, nowMs: number): InboxItem[] {
  return certificatesRepo(db)
    .userWithValidToBetween(userId, cstDate(nowMs), cstDate(nowMs + EXPIRY_NOTICE_DAYS * DAY_MS))
    .filter((row) => row.abnormal_reason === null)
    .map((row) => {
      const renewal = renewalSubject(row)
      return {
        id: `certificate-expiring:${row.id}`,
        kind: 'certificate' as const,
        title: `${TYPE_NAMES[row.type]}即将到期`,
        detail: `有效期至 ${row.valid_to}${renewal ? '，可在线申请期满换证' : ''}`,
        amountFen: null,
        dueAt: new Date(endOfDay(row.valid_to!)).toISOString(),
        urgency: urgencyOf(endOfDay(row.valid_to!), nowMs),
        action: renewal ? '去换证' : '查看证照',
        subject: renewal ?? certificateSubject(row),
      }
    })
}

/** Time-driven: one 'certificate_expiring' message per certificate entering its last 90 days. */
export function sweepExpiring(db: Db, nowMs: number): void {
  for (const row of expiring(db, nowMs)) {
    if (row.abnormal_reason !== null) continue
    const renewal = renewalSubject(row)
    notify(
      db,
      {
        userId: row.user_id,
        kind: 'certificate_expiring',
        title: '证照即将到期',
        body: `您的${TYPE_NAMES[row.type]}将于 ${row.valid_to} 到期，${renewal ? '请及时办理期满换证。' : '请及时办理续期。'}`,
        subject: renewal ?? certificateSubject(row),
        dedupeKey: `certificate-expiring:${row.id}`,
      },
      nowMs,
    )
  }
}
