// The to-do inbox's 'appointment' items: upcoming bookings (not cancelled, not checked in, slot not
// ended) and waitlist entries still waiting. Urgency comes from the slot time.
import type { InboxItem } from '../../../contract'
import type { Db } from '../../db/database'
import { hallById } from '../../data/halls'
import { toIso } from '../../lib/clock'
import { urgencyOf } from '../inbox/sources'
import { serviceItem } from './data/services'
import { checkInOpensAt, formatCst } from './rules'

export function appointmentInboxItems(db: Db, userId: string, nowMs: number): InboxItem[] {
  const bookings = db
    .prepare("SELECT * FROM appt_bookings WHERE user_id = ? AND status = 'booked' AND ends_at > ? ORDER BY starts_at")
    .all(userId, nowMs) as { id: string; hall_id: string; service_code: string; start: string; end_time: string; starts_at: number }[]
  const waiting = db
    .prepare("SELECT * FROM appt_waitlist WHERE user_id = ? AND status = 'waiting' AND starts_at > ? ORDER BY starts_at")
    .all(userId, nowMs) as { id: string; hall_id: string; service_code: string; starts_at: number }[]
  const items: InboxItem[] = bookings.map((b) => {
    const checkInOpen = nowMs >= checkInOpensAt(b.starts_at)
    return {
      id: `appointment:${b.id}`,
      kind: 'appointment',
      title: `${serviceItem(b.service_code)?.name ?? '预约办事'} ${formatCst(b.starts_at)}`,
      detail: `${hallById(b.hall_id)?.name ?? ''} · ${checkInOpen ? '现在可以签到取号' : '已预约'}`,
      amountFen: null,
      dueAt: toIso(b.starts_at),
      urgency: urgencyOf(b.starts_at, nowMs),
      action: checkInOpen ? '去签到' : '查看预约',
      subject: { kind: 'booking', id: b.id },
    }
  })
  for (const w of waiting) {
    items.push({
      id: `appointment-waitlist:${w.id}`,
      kind: 'appointment',
      title: `候补中：${serviceItem(w.service_code)?.name ?? '预约办事'} ${formatCst(w.starts_at)}`,
      detail: `${hallById(w.hall_id)?.name ?? ''} · 有人取消时自动为您预约`,
      amountFen: null,
      dueAt: toIso(w.starts_at),
      urgency: urgencyOf(w.starts_at, nowMs),
      action: '查看候补',
      subject: { kind: 'waitlist', id: w.id },
    })
  }
  return items
}
