import type { Db } from '../../db/database'

// Payment notices (缴款通知书) with their 20-digit codes, and who looked which one up (looking a
// code up is what entitles a caller to pay it: the code is printed on the payer's notice).
export function migrate(db: Db): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS fee_notices (
      code        TEXT PRIMARY KEY CHECK (length(code) = 20),
      payer_name  TEXT NOT NULL,
      item        TEXT NOT NULL,
      department  TEXT NOT NULL,
      region_code TEXT NOT NULL,
      amount_fen  INTEGER NOT NULL CHECK (amount_fen > 0),
      deadline    TEXT NOT NULL,
      issued_at   INTEGER NOT NULL,
      paid_at     INTEGER,
      paid_via    TEXT CHECK (paid_via IN ('payment', 'elsewhere')),
      payment_id  TEXT REFERENCES payments (id),
      CHECK ((paid_at IS NULL) = (paid_via IS NULL)),
      CHECK ((COALESCE(paid_via, '') = 'payment') = (payment_id IS NOT NULL))
    );
    CREATE TABLE IF NOT EXISTS fee_lookups (
      user_id      TEXT NOT NULL REFERENCES personas (user_id),
      code         TEXT NOT NULL REFERENCES fee_notices (code),
      looked_up_at INTEGER NOT NULL,
      PRIMARY KEY (user_id, code)
    );
  `)
}
