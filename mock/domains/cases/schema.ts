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
  `)
}
