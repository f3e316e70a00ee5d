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
      target         TEXT,
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
    CREATE TABLE IF NOT EXISTS message_subscriptions (
      user_id     TEXT NOT NULL REFERENCES personas (user_id),
      kind        TEXT NOT NULL,
      channel     TEXT NOT NULL,
      accepted    INTEGER NOT NULL CHECK (accepted IN (0, 1)),
      decided_at  INTEGER NOT NULL,
      PRIMARY KEY (user_id, kind, channel)
    );
  `)
}
