// The push of each message through the channel, in the states of GOV.UK Notify:
// created → sent (handed to WeChat / Alipay, SENT_AFTER_MS after creation) → delivered | failed
// (DELIVERY_AFTER_MS later). A push is delivered when the user holds a one-time subscription for
// that kind on a channel (it is used up), else it fails with the reason; the message stays in the
// in-app 消息中心 either way. Time-driven, applied lazily from the injected clock and by the sweep.
import type { Db } from '../../db/database'

export const SENT_AFTER_MS = 1_000
export const DELIVERY_AFTER_MS = 2_000
export const NOT_SUBSCRIBED = '用户未订阅此类消息，仅在消息中心显示'

interface Pending {
  id: string
  user_id: string
  kind: string
  sent_at: number
}

export function advanceDeliveries(db: Db, nowMs: number): void {
  db.transaction(() => {
    db.prepare(`UPDATE messages SET state = 'sent', sent_at = created_at + ? WHERE state = 'created' AND created_at + ? <= ?`).run(
      SENT_AFTER_MS,
      SENT_AFTER_MS,
      nowMs,
    )
    const due = db
      .prepare(`SELECT id, user_id, kind, sent_at FROM messages WHERE state = 'sent' AND sent_at + ? <= ? ORDER BY created_at, id`)
      .all(DELIVERY_AFTER_MS, nowMs) as Pending[]
    const useQuota = db.prepare(
      `UPDATE message_subscription_quota SET remaining = remaining - 1, updated_at = ?
       WHERE rowid = (SELECT rowid FROM message_subscription_quota
                      WHERE user_id = ? AND kind = ? AND remaining > 0 ORDER BY channel LIMIT 1)`,
    )
    const delivered = db.prepare(`UPDATE messages SET state = 'delivered', delivered_at = ? WHERE id = ?`)
    const failed = db.prepare(`UPDATE messages SET state = 'failed', failed_at = ?, failure_reason = ? WHERE id = ?`)
    for (const message of due) {
      const at = message.sent_at + DELIVERY_AFTER_MS
      if (useQuota.run(at, message.user_id, message.kind).changes === 1) delivered.run(at, message.id)
      else failed.run(at, NOT_SUBSCRIBED, message.id)
    }
  })()
}
