import type { Db } from '../../db/database'

// Payments, their items, the items currently held by an open payment, and receipts.
// payment_open_items enforces "an item is in at most one open payment" in the database itself
// (its primary key), on top of the check in the create transaction.
export function migrate(db: Db): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS payments (
      id              TEXT PRIMARY KEY,
      user_id         TEXT NOT NULL REFERENCES personas (user_id),
      idempotency_key TEXT NOT NULL,
      request_hash    TEXT NOT NULL,
      status          TEXT NOT NULL CHECK (status IN ('created', 'started', 'success', 'failed', 'cancelled', 'expired')),
      amount_fen      INTEGER NOT NULL CHECK (amount_fen > 0),
      description     TEXT NOT NULL,
      channel         TEXT NOT NULL CHECK (channel IN ('weapp', 'alipay', 'h5')),
      rail_ref        TEXT NOT NULL UNIQUE,
      channel_params  TEXT NOT NULL,
      created_at      INTEGER NOT NULL,
      expires_at      INTEGER NOT NULL,
      started_at      INTEGER,
      finished_at     INTEGER,
      failure_code    TEXT CHECK (failure_code IN ('CANCELLED_BY_USER', 'EXPIRED', 'DECLINED', 'PAID_ELSEWHERE')),
      notify_at       INTEGER,
      notify_outcome  TEXT CHECK (notify_outcome IN ('success', 'fail')),
      UNIQUE (user_id, idempotency_key)
    );
    CREATE INDEX IF NOT EXISTS payments_user ON payments (user_id, created_at);
    CREATE INDEX IF NOT EXISTS payments_open_expiry ON payments (expires_at) WHERE status IN ('created', 'started');
    CREATE INDEX IF NOT EXISTS payments_open_notify ON payments (notify_at) WHERE status IN ('created', 'started');
    CREATE TABLE IF NOT EXISTS payment_items (
      payment_id  TEXT NOT NULL REFERENCES payments (id),
      position    INTEGER NOT NULL,
      kind        TEXT NOT NULL,
      item_id     TEXT NOT NULL,
      description TEXT NOT NULL,
      amount_fen  INTEGER NOT NULL CHECK (amount_fen > 0),
      breakdown   TEXT,
      PRIMARY KEY (payment_id, position)
    );
    CREATE INDEX IF NOT EXISTS payment_items_item ON payment_items (kind, item_id);
    CREATE TABLE IF NOT EXISTS payment_open_items (
      kind       TEXT NOT NULL,
      item_id    TEXT NOT NULL,
      payment_id TEXT NOT NULL REFERENCES payments (id),
      PRIMARY KEY (kind, item_id)
    );
    CREATE INDEX IF NOT EXISTS payment_open_items_payment ON payment_open_items (payment_id);
    CREATE TABLE IF NOT EXISTS payment_receipts (
      id          TEXT PRIMARY KEY,
      payment_id  TEXT NOT NULL UNIQUE REFERENCES payments (id),
      number      TEXT NOT NULL UNIQUE,
      payer_name  TEXT NOT NULL,
      payer_kind  TEXT NOT NULL CHECK (payer_kind IN ('person', 'legal')),
      amount_fen  INTEGER NOT NULL,
      paid_at     INTEGER NOT NULL,
      issuer      TEXT NOT NULL,
      check_code  TEXT NOT NULL
    );
  `)
  // Databases created before the 加处罚款 breakdown was kept with each item (issue 15.12).
  const columns = new Set((db.prepare('PRAGMA table_info(payment_items)').all() as { name: string }[]).map((c) => c.name))
  if (!columns.has('breakdown')) db.exec('ALTER TABLE payment_items ADD COLUMN breakdown TEXT')
}
