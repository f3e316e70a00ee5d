import type { Db } from '../../db/database'

// Personas are the sandbox's users. Later domains (bills, vehicles, certificates, cases) attach
// their rows to personas.user_id; new persona attributes go into new columns or side tables.
export function migrate(db: Db): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS personas (
      id               TEXT PRIMARY KEY,
      user_id          TEXT NOT NULL UNIQUE,
      kind             TEXT NOT NULL CHECK (kind IN ('person', 'legal')),
      label            TEXT NOT NULL,
      description      TEXT NOT NULL,
      name             TEXT NOT NULL,
      id_number        TEXT NOT NULL,
      mobile           TEXT NOT NULL,
      real_name_level  INTEGER NOT NULL CHECK (real_name_level BETWEEN 1 AND 3),
      real_name_method TEXT NOT NULL,
      city_code        TEXT NOT NULL,
      birth_date       TEXT,
      legal_rep_name   TEXT,
      sort             INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS auth_sessions (
      id            TEXT PRIMARY KEY,
      user_id       TEXT NOT NULL REFERENCES personas (user_id),
      channel       TEXT NOT NULL,
      created_at    INTEGER NOT NULL,
      revoked_at    INTEGER,
      revoke_reason TEXT
    );
    CREATE TABLE IF NOT EXISTS auth_refresh_tokens (
      token_hash TEXT PRIMARY KEY,
      session_id TEXT NOT NULL REFERENCES auth_sessions (id),
      issued_at  INTEGER NOT NULL,
      expires_at INTEGER NOT NULL,
      rotated_at INTEGER
    );
    CREATE INDEX IF NOT EXISTS auth_refresh_tokens_session ON auth_refresh_tokens (session_id);
    CREATE TABLE IF NOT EXISTS auth_access_tokens (
      token_hash TEXT PRIMARY KEY,
      session_id TEXT NOT NULL REFERENCES auth_sessions (id),
      expires_at INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS auth_access_tokens_session ON auth_access_tokens (session_id);
  `)
  // Refresh grace window (issue 14): the pair a rotation issued, sealed under the rotated token, so
  // a client that lost the answer gets the same pair again. Added to older databases in place.
  const columns = new Set((db.prepare('PRAGMA table_info(auth_refresh_tokens)').all() as { name: string }[]).map((c) => c.name))
  if (!columns.has('successor_hash')) db.exec('ALTER TABLE auth_refresh_tokens ADD COLUMN successor_hash TEXT')
  if (!columns.has('successor_sealed')) db.exec('ALTER TABLE auth_refresh_tokens ADD COLUMN successor_sealed TEXT')
}
