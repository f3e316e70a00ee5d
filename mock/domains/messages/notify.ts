// notify(): how a domain tells a user something happened (a new bill, a case changing stage, an
// appointment reminder …). The message lands in the user's 消息中心 at once; its push follows the
// Notify-like states in the messages domain's sweep. Called inside the caller's transaction when
// there is one (synchronous, `db` only).
import type { MessageKind, Subject } from '../../../contract'
import type { Db } from '../../db/database'
import { newId } from '../../lib/tokens'

export interface NewMessage {
  userId: string
  kind: MessageKind
  /** Short, e.g. '办件进度更新'. No full personal data (names and numbers masked). */
  title: string
  /** One or two sentences, e.g. '您的居住证申领已受理，承诺 12 月 8 日前办结。' */
  body: string
  /** What the message is about, e.g. { kind: 'case', id }; the app decides which page shows it. */
  subject?: Subject
  /**
   * Makes the message once-only: a second notify with the same key is ignored (time-driven events
   * such as reminders are noticed by sweeps that run many times), e.g. 'appointment-reminder:ap_1'.
   */
  dedupeKey?: string
}

/** Stores the message; returns its id, or null when `dedupeKey` was already used. */
export function notify(db: Db, message: NewMessage, nowMs: number): string | null {
  const id = newId('msg')
  const result = db
    .prepare(
      `INSERT INTO messages (id, user_id, kind, title, body, subject_kind, subject_id, dedupe_key, state, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'created', ?)
       ON CONFLICT (dedupe_key) DO NOTHING`,
    )
    .run(id, message.userId, message.kind, message.title, message.body, message.subject?.kind ?? null, message.subject?.id ?? null, message.dedupeKey ?? null, nowMs)
  return result.changes === 1 ? id : null
}
