// To-do items for traffic fines: one per violation awaiting payment on a bound vehicle, with its
// running total; urgent when the late surcharge is about to start or grow.
import { formatFen } from '../../../contract/rules/money'
import { cstDate } from '../../lib/china-time'
import { toIso } from '../../lib/clock'
import { maskPlate } from '../../lib/masking'
import { endOfCstDay, urgencyOf, type InboxSource } from '../inbox/sources'
import { paymentRepo } from '../payments/repo'
import { addDays } from './late-surcharge'
import { chargeOf } from './present'
import type { ViolationRow } from './repo'

const monthDay = (date: string) => {
  const [, month, day] = date.split('-').map(Number)
  return `${month}月${day}日`
}

export const fineInboxSource: InboxSource = (db, userId, nowMs) => {
  const today = cstDate(nowMs)
  const rows = db
    .prepare(
      `SELECT v.* FROM fine_violations v
       JOIN fine_vehicle_bindings g ON g.plate = v.plate
       WHERE g.user_id = ? AND v.status = 'awaiting_payment'
       ORDER BY v.occurred_at`,
    )
    .all(userId) as ViolationRow[]
  const open = rows.length > 0 ? paymentRepo(db).ownOpenItems(userId, 'fine') : new Map<string, string>()
  return rows.flatMap((row) => {
    const resume = open.get(row.id)
    const charge = chargeOf(row, today)
    if (!charge) return []
    // Due: the last day before the surcharge starts; once it runs, every day costs more.
    const dueMs = charge.surchargeFen > 0 ? endOfCstDay(addDays(today, -1)) : endOfCstDay(addDays(charge.surchargeStartsOn, -1))
    const growth =
      charge.surchargeFen > 0
        ? `含加处罚款 ${formatFen(charge.surchargeFen)}${charge.capped ? '（已封顶）' : `，每日增加 ${formatFen(charge.dailyIncreaseFen)}`}`
        : `${monthDay(charge.surchargeStartsOn)}起每日加处罚款 ${formatFen(charge.dailyIncreaseFen)}`
    return [
      {
        id: `fine:${row.id}`,
        kind: 'fine' as const,
        title: `交通违法待缴 ${formatFen(charge.totalFen)}`,
        detail: `${maskPlate(row.plate)} · ${row.act} · ${growth}`,
        amountFen: charge.totalFen,
        dueAt: toIso(dueMs),
        urgency: urgencyOf(dueMs, nowMs),
        action: resume ? '继续支付' : '去缴费',
        subject: resume ? { kind: 'open-payment', id: resume } : { kind: 'violation', id: row.id },
      },
    ]
  })
}
