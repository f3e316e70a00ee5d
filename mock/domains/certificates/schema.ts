import type { Db } from '../../db/database'

// 电子证照: certificates held by users; each user's 亮证密码 (hash only) and failed attempts; showing
// windows opened by a correct PIN; presentation tokens (hash only, 300 s); verifications (用证记录);
// certificate applications (each opens a case through createCase()).
export function migrate(db: Db): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS certificates (
      id             TEXT PRIMARY KEY,
      user_id        TEXT NOT NULL REFERENCES personas (user_id),
      type           TEXT NOT NULL CHECK (type IN ('id_card', 'driving_licence', 'vehicle_licence',
                       'social_security_card', 'residence_permit', 'business_licence')),
      holder_name    TEXT NOT NULL,
      number         TEXT NOT NULL,
      issuer         TEXT NOT NULL,
      valid_from     TEXT NOT NULL,
      valid_to       TEXT,
      abnormal_reason TEXT,
      trust_level    INTEGER NOT NULL CHECK (trust_level BETWEEN 1 AND 3),
      fields_json    TEXT NOT NULL,
      sort_order     INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS certificates_by_user ON certificates (user_id, sort_order);
    CREATE INDEX IF NOT EXISTS certificates_by_valid_to ON certificates (valid_to) WHERE valid_to IS NOT NULL;
    CREATE TABLE IF NOT EXISTS certificate_pins (
      user_id         TEXT PRIMARY KEY REFERENCES personas (user_id),
      pin_hash        TEXT NOT NULL,
      failed_attempts INTEGER NOT NULL DEFAULT 0,
      locked_until    INTEGER
    );
    CREATE TABLE IF NOT EXISTS certificate_showings (
      id_hash        TEXT PRIMARY KEY,
      user_id        TEXT NOT NULL REFERENCES personas (user_id),
      certificate_id TEXT NOT NULL REFERENCES certificates (id),
      opened_at      INTEGER NOT NULL,
      expires_at     INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS certificate_presentations (
      id             TEXT PRIMARY KEY,
      token_hash     TEXT NOT NULL UNIQUE,
      certificate_id TEXT NOT NULL REFERENCES certificates (id),
      generated_at   INTEGER NOT NULL,
      expires_at     INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS certificate_usages (
      id              TEXT PRIMARY KEY,
      certificate_id  TEXT NOT NULL REFERENCES certificates (id),
      presentation_id TEXT REFERENCES certificate_presentations (id),
      organisation    TEXT NOT NULL,
      verified_at     INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS certificate_usages_by_cert ON certificate_usages (certificate_id, verified_at DESC);
    CREATE TABLE IF NOT EXISTS certificate_applications (
      id              TEXT PRIMARY KEY,
      user_id         TEXT NOT NULL REFERENCES personas (user_id),
      type_id         TEXT NOT NULL,
      city_code       TEXT NOT NULL,
      case_id         TEXT NOT NULL REFERENCES cases (id),
      case_number     TEXT NOT NULL,
      delivery_text   TEXT NOT NULL,
      idempotency_key TEXT,
      submitted_at    INTEGER NOT NULL,
      UNIQUE (user_id, idempotency_key)
    );
  `)
}
