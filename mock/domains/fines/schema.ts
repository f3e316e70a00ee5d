import type { Db } from '../../db/database'

// The vehicle registry (what the traffic police know: plate, plate type, city, engine number and
// VIN in full — only ever compared, never sent), users' bindings, violations, and the decision
// lookups that let a caller pay a fine by its 决定书编号 without binding the vehicle.
export function migrate(db: Db): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS fine_vehicles (
      plate       TEXT PRIMARY KEY,
      plate_type  TEXT NOT NULL,
      city_code   TEXT NOT NULL,
      owner_name  TEXT NOT NULL,
      engine_no   TEXT NOT NULL,
      vin         TEXT NOT NULL CHECK (length(vin) = 17)
    );
    CREATE TABLE IF NOT EXISTS fine_vehicle_bindings (
      id       TEXT PRIMARY KEY,
      user_id  TEXT NOT NULL REFERENCES personas (user_id),
      plate    TEXT NOT NULL REFERENCES fine_vehicles (plate),
      bound_at INTEGER NOT NULL,
      UNIQUE (user_id, plate)
    );
    CREATE INDEX IF NOT EXISTS fine_vehicle_bindings_plate ON fine_vehicle_bindings (plate);
    CREATE TABLE IF NOT EXISTS fine_violations (
      id                   TEXT PRIMARY KEY,
      plate                TEXT NOT NULL REFERENCES fine_vehicles (plate),
      occurred_at          INTEGER NOT NULL,
      place                TEXT NOT NULL,
      act                  TEXT NOT NULL,
      code                 TEXT NOT NULL,
      fine_fen             INTEGER NOT NULL CHECK (fine_fen > 0),
      points               INTEGER NOT NULL CHECK (points BETWEEN 0 AND 12),
      status               TEXT NOT NULL CHECK (status IN ('unprocessed', 'awaiting_payment', 'paid')),
      decision_number      TEXT UNIQUE,
      decision_received_on TEXT,
      paid_at              INTEGER,
      paid_via             TEXT CHECK (paid_via IN ('payment', 'elsewhere')),
      payment_id           TEXT REFERENCES payments (id),
      charged_on           TEXT,
      CHECK ((status = 'unprocessed') = (decision_number IS NULL)),
      CHECK ((decision_number IS NULL) = (decision_received_on IS NULL)),
      CHECK ((status = 'paid') = (paid_at IS NOT NULL)),
      CHECK ((paid_at IS NULL) = (paid_via IS NULL)),
      CHECK ((paid_at IS NULL) = (charged_on IS NULL)),
      CHECK ((COALESCE(paid_via, '') = 'payment') = (payment_id IS NOT NULL))
    );
    CREATE INDEX IF NOT EXISTS fine_violations_plate ON fine_violations (plate, occurred_at);
    CREATE TABLE IF NOT EXISTS fine_decision_lookups (
      user_id       TEXT NOT NULL REFERENCES personas (user_id),
      violation_id  TEXT NOT NULL REFERENCES fine_violations (id),
      looked_up_at  INTEGER NOT NULL,
      PRIMARY KEY (user_id, violation_id)
    );
  `)
}
