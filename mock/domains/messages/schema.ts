import type { Subject, SubjectKind } from '../../../contract'
import type { Db } from '../../db/database'

// Messages of the 消息中心 and the channel subscriptions that decide whether a push can be delivered.
export function migrate(db: Db): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS messages (
      id             TEXT PRIMARY KEY,
      user_id        TEXT NOT NULL REFERENCES personas (user_id),
      kind           TEXT NOT NULL,
      title          TEXT NOT NULL,
      body           TEXT NOT NULL,
      subject_kind   TEXT,
      subject_id     TEXT,
      dedupe_key     TEXT UNIQUE,
      state          TEXT NOT NULL CHECK (state IN ('created', 'sent', 'delivered', 'failed')),
      failure_reason TEXT,
      created_at     INTEGER NOT NULL,
      sent_at        INTEGER,
      delivered_at   INTEGER,
      failed_at      INTEGER,
      read_at        INTEGER
    );
    CREATE INDEX IF NOT EXISTS messages_by_user ON messages (user_id, created_at DESC);
    -- One-time subscriptions (WeChat 一次性订阅, Alipay 一次性订阅): every acceptance lets one
    -- later push of that kind through; a delivery uses one up.
    CREATE TABLE IF NOT EXISTS message_subscription_quota (
      user_id     TEXT NOT NULL REFERENCES personas (user_id),
      kind        TEXT NOT NULL,
      channel     TEXT NOT NULL CHECK (channel IN ('weapp', 'alipay')),
      remaining   INTEGER NOT NULL CHECK (remaining >= 0),
      updated_at  INTEGER NOT NULL,
      PRIMARY KEY (user_id, kind, channel)
    );
  `)
  migrateTargetsToSubjects(db)
}

/**
 * Databases written before messages carried a subject stored a client page path in `target`.
 * Each such row gets the subject that path named (a path naming no known page: no subject, the
 * message still shows), then the column is cleared so this runs once per row.
 */
function migrateTargetsToSubjects(db: Db): void {
  const columns = new Set((db.prepareUncached('PRAGMA table_info(messages)').all() as Array<{ name: string }>).map((c) => c.name))
  if (!columns.has('subject_kind')) db.exec('ALTER TABLE messages ADD COLUMN subject_kind TEXT')
  if (!columns.has('subject_id')) db.exec('ALTER TABLE messages ADD COLUMN subject_id TEXT')
  if (!columns.has('target')) return
  const rows = db.prepareUncached('SELECT id, target FROM messages WHERE target IS NOT NULL').all() as Array<{ id: string; target: string }>
  const update = db.prepareUncached('UPDATE messages SET subject_kind = ?, subject_id = ?, target = NULL WHERE id = ?')
  db.transaction(() => {
    for (const row of rows) {
      const subject = subjectOfLegacyTarget(row.target)
      update.run(subject?.kind ?? null, subject?.id ?? null, row.id)
    }
  })()
}

/** The pages old messages linked to ('<feature>/<page>') and the subject each showed. */
const LEGACY_PAGE_SUBJECTS: Record<string, SubjectKind> = {
  'bills/account': 'utility-account',
  'payments/receipt': 'payment',
  'appointments/detail': 'booking',
  'cases/detail': 'case',
  'certificates/certificate': 'certificate',
  'certificates/apply': 'certificate-form',
  'certificates/result': 'certificate-application',
}

export function subjectOfLegacyTarget(target: string): Subject | null {
  const match = /^\/features\/([a-z-]+)\/pages\/([a-z-]+)\/index\?(.*)$/.exec(target)
  const kind = match ? LEGACY_PAGE_SUBJECTS[`${match[1]}/${match[2]}`] : undefined
  if (!match || !kind) return null
  const query = new URLSearchParams(match[3])
  const id = query.get('id') ?? query.get('paymentId') ?? query.get('type')
  return id ? { kind, id } : null
}
