import type { Db } from '../../db/database'

// 办件: one row per case and its timeline. Any service that takes an application (certificate
// applications, …) creates its case through create-case.ts, so every case is tracked and rated the
// same way (七统一: 统一查询, 统一评价).
//
// stage: the standard stages submitted 申报 → accepted 受理 → reviewing 审查 → decided 决定 →
// completed 办结 → delivered 送达, and the side states correction 补正, special 特别程序 (pauses the
// deadline clock), rejected 不予受理, returned 退回.
export function migrate(db: Db): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS cases (
      id                    TEXT PRIMARY KEY,
      case_number           TEXT NOT NULL UNIQUE,
      query_password_hash   TEXT NOT NULL,
      user_id               TEXT NOT NULL REFERENCES personas (user_id),
      applicant_name        TEXT NOT NULL,
      service_name          TEXT NOT NULL,
      department            TEXT NOT NULL,
      city_code             TEXT NOT NULL,
      kind                  TEXT NOT NULL CHECK (kind IN ('immediate', 'promised')),
      promised_working_days INTEGER NOT NULL CHECK (promised_working_days >= 0),
      stage                 TEXT NOT NULL CHECK (stage IN ('submitted', 'accepted', 'reviewing', 'decided',
                              'completed', 'delivered', 'correction', 'special', 'rejected', 'returned')),
      submitted_at          INTEGER NOT NULL,
      delivery_method       TEXT NOT NULL CHECK (delivery_method IN ('pickup', 'ems')),
      delivery_detail       TEXT NOT NULL,
      tracking_number       TEXT,
      source_kind           TEXT,
      source_id             TEXT,
      form_json             TEXT
    );
    CREATE INDEX IF NOT EXISTS cases_by_user ON cases (user_id, submitted_at DESC);
    CREATE TABLE IF NOT EXISTS case_events (
      id         INTEGER PRIMARY KEY AUTOINCREMENT,
      case_id    TEXT NOT NULL REFERENCES cases (id),
      stage      TEXT NOT NULL,
      at         INTEGER NOT NULL,
      department TEXT NOT NULL,
      note       TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS case_events_by_case ON case_events (case_id, at, id);

    -- 补正: the checklist told once (一次性告知) and the applicant's answers.
    CREATE TABLE IF NOT EXISTS case_corrections (
      id              INTEGER PRIMARY KEY AUTOINCREMENT,
      case_id         TEXT NOT NULL REFERENCES cases (id),
      requested_at    INTEGER NOT NULL,
      due_date        TEXT NOT NULL,
      items_json      TEXT NOT NULL,
      resubmitted_at  INTEGER,
      answers_json    TEXT,
      idempotency_key TEXT,
      -- The stage the case was in when the correction was asked for.
      from_stage      TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS case_corrections_by_case ON case_corrections (case_id, id);

    -- 特别程序: working days in (started_on, ended_on or today] do not count toward the deadline.
    CREATE TABLE IF NOT EXISTS case_special_procedures (
      id           INTEGER PRIMARY KEY AUTOINCREMENT,
      case_id      TEXT NOT NULL REFERENCES cases (id),
      reason       TEXT NOT NULL,
      started_on   TEXT NOT NULL,
      until_date   TEXT NOT NULL,
      ended_on     TEXT,
      resume_stage TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS case_special_by_case ON case_special_procedures (case_id, id);

    -- 好差评: one initial rating per case, and one follow-up after a rectification.
    CREATE TABLE IF NOT EXISTS case_ratings (
      id              INTEGER PRIMARY KEY AUTOINCREMENT,
      case_id         TEXT NOT NULL REFERENCES cases (id),
      round           TEXT NOT NULL CHECK (round IN ('initial', 'follow_up')),
      level           TEXT NOT NULL CHECK (level IN ('very_satisfied', 'satisfied', 'basic', 'dissatisfied', 'very_dissatisfied')),
      comment         TEXT,
      indicators_json TEXT NOT NULL,
      rated_at        INTEGER NOT NULL,
      UNIQUE (case_id, round)
    );

    -- 差评整改: 待回访 (1 working day) → 整改中 (15 working days) → 已整改.
    CREATE TABLE IF NOT EXISTS case_rectifications (
      case_id           TEXT PRIMARY KEY REFERENCES cases (id),
      status            TEXT NOT NULL CHECK (status IN ('callback_pending', 'rectifying', 'rectified')),
      opened_at         INTEGER NOT NULL,
      callback_due_date TEXT NOT NULL,
      callback_at       INTEGER,
      callback_note     TEXT,
      fix_due_date      TEXT NOT NULL,
      rectified_at      INTEGER,
      rectified_note    TEXT
    );

    -- Failed public lookups, for the rate limit (per case number and per client).
    CREATE TABLE IF NOT EXISTS case_lookup_failures (
      id          INTEGER PRIMARY KEY AUTOINCREMENT,
      case_number TEXT NOT NULL,
      client      TEXT NOT NULL,
      at          INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS case_lookup_failures_by_number ON case_lookup_failures (case_number, at);
    CREATE INDEX IF NOT EXISTS case_lookup_failures_by_client ON case_lookup_failures (client, at);
  `)
  // Columns added after the table first shipped (nullable, so older databases and createCase()
  // keep working): when the case was accepted (the deadline counts from that CST date), when it
  // stopped (办结, 不予受理 or 退回) and the reason given for 不予受理 / 退回.
  const columns = new Set((db.prepare('PRAGMA table_info(cases)').all() as { name: string }[]).map((c) => c.name))
  for (const [name, type] of [
    ['accepted_at', 'INTEGER'],
    ['closed_at', 'INTEGER'],
    ['outcome_reason', 'TEXT'],
  ] as const) {
    if (!columns.has(name)) db.exec(`ALTER TABLE cases ADD COLUMN ${name} ${type}`)
  }
}
