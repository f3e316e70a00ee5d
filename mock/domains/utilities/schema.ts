import type { Db } from '../../db/database'

// Providers, household accounts (户号, with the holder's name and address in full: masked on the
// way out), bindings (a user's saved account with a label; several users may bind one account),
// and bills. A bill's status is stored only as "paid or not"; "paying" is derived from the payment
// service's open items.
export function migrate(db: Db): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS utility_providers (
      id              TEXT PRIMARY KEY,
      city_code       TEXT NOT NULL REFERENCES cities (code),
      type            TEXT NOT NULL CHECK (type IN ('water', 'electricity', 'gas')),
      name            TEXT NOT NULL,
      account_length  INTEGER NOT NULL,
      account_prefix  TEXT NOT NULL,
      account_pattern TEXT NOT NULL,
      account_hint    TEXT NOT NULL,
      account_example TEXT NOT NULL,
      sort            INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS utility_providers_city ON utility_providers (city_code, type, sort);
    CREATE TABLE IF NOT EXISTS utility_accounts (
      id             INTEGER PRIMARY KEY,
      provider_id    TEXT NOT NULL REFERENCES utility_providers (id),
      account_number TEXT NOT NULL,
      holder_name    TEXT NOT NULL,
      district       TEXT NOT NULL,
      address_detail TEXT NOT NULL,
      sort           INTEGER NOT NULL,
      UNIQUE (provider_id, account_number)
    );
    CREATE TABLE IF NOT EXISTS utility_bindings (
      id         TEXT PRIMARY KEY,
      user_id    TEXT NOT NULL REFERENCES personas (user_id),
      account_id INTEGER NOT NULL REFERENCES utility_accounts (id),
      label      TEXT NOT NULL,
      bound_at   INTEGER NOT NULL,
      UNIQUE (user_id, account_id)
    );
    CREATE INDEX IF NOT EXISTS utility_bindings_account ON utility_bindings (account_id);
    CREATE TABLE IF NOT EXISTS utility_bills (
      id             TEXT PRIMARY KEY,
      account_id     INTEGER NOT NULL REFERENCES utility_accounts (id),
      period         TEXT NOT NULL,
      amount_fen     INTEGER NOT NULL CHECK (amount_fen > 0),
      due_date       TEXT NOT NULL,
      issued_at      INTEGER NOT NULL,
      usage_quantity REAL,
      paid_at        INTEGER,
      paid_via       TEXT CHECK (paid_via IN ('payment', 'elsewhere')),
      payment_id     TEXT REFERENCES payments (id),
      CHECK ((paid_at IS NULL) = (paid_via IS NULL)),
      CHECK ((COALESCE(paid_via, '') = 'payment') = (payment_id IS NOT NULL)),
      UNIQUE (account_id, period)
    );
  `)
}
