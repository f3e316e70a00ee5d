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
}
