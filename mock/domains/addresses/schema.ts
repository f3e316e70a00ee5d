import type { Db } from '../../db/database'

export function migrate(db: Db): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS addresses (
      id         TEXT PRIMARY KEY,
      user_id    TEXT NOT NULL REFERENCES personas (user_id),
      label      TEXT NOT NULL,
      recipient  TEXT NOT NULL,
      mobile     TEXT NOT NULL,
      region     TEXT NOT NULL,
      detail     TEXT NOT NULL,
      created_at INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS addresses_user ON addresses (user_id, created_at);
  `)
}
