import type { Db } from '../../db/database'

// Which items each hall handles (slot length, places per slot), per-slot capacity overrides (admin),
// bookings and the waitlist (候补), and no-show blocks. A slot is (hall, item, date, start).
// One booking per person per day: a partial unique index over the bookings that hold a place.
export function migrate(db: Db): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS appt_hall_services (
      hall_id      TEXT NOT NULL,
      service_code TEXT NOT NULL,
      slot_minutes INTEGER NOT NULL CHECK (slot_minutes > 0),
      capacity     INTEGER NOT NULL CHECK (capacity >= 0),
      PRIMARY KEY (hall_id, service_code)
    );
    CREATE TABLE IF NOT EXISTS appt_slot_capacity (
      hall_id      TEXT NOT NULL,
      service_code TEXT NOT NULL,
      date         TEXT NOT NULL,
      start        TEXT NOT NULL,
      capacity     INTEGER NOT NULL CHECK (capacity >= 0),
      PRIMARY KEY (hall_id, service_code, date, start)
    );
    CREATE TABLE IF NOT EXISTS appt_bookings (
      id              TEXT PRIMARY KEY,
      user_id         TEXT NOT NULL REFERENCES personas (user_id),
      hall_id         TEXT NOT NULL,
      service_code    TEXT NOT NULL,
      date            TEXT NOT NULL,
      start           TEXT NOT NULL,
      end_time        TEXT NOT NULL,
      starts_at       INTEGER NOT NULL,
      ends_at         INTEGER NOT NULL,
      status          TEXT NOT NULL CHECK (status IN ('booked', 'checked_in', 'cancelled', 'no_show')),
      idempotency_key TEXT,
      request_hash    TEXT,
      via_waitlist    INTEGER NOT NULL DEFAULT 0 CHECK (via_waitlist IN (0, 1)),
      created_at      INTEGER NOT NULL,
      reminder_at     INTEGER NOT NULL,
      cancelled_at    INTEGER,
      checked_in_at   INTEGER,
      queue_number    TEXT,
      no_show_at      INTEGER,
      CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL)),
      CHECK ((status = 'checked_in') = (checked_in_at IS NOT NULL)),
      CHECK ((checked_in_at IS NULL) = (queue_number IS NULL)),
      CHECK ((status = 'no_show') = (no_show_at IS NOT NULL)),
      UNIQUE (user_id, idempotency_key)
    );
    CREATE UNIQUE INDEX IF NOT EXISTS appt_bookings_one_per_day ON appt_bookings (user_id, date) WHERE status <> 'cancelled';
    CREATE INDEX IF NOT EXISTS appt_bookings_slot ON appt_bookings (hall_id, service_code, date, start);
    CREATE INDEX IF NOT EXISTS appt_bookings_user ON appt_bookings (user_id, starts_at);
    CREATE INDEX IF NOT EXISTS appt_bookings_open ON appt_bookings (status, ends_at);
    CREATE TABLE IF NOT EXISTS appt_waitlist (
      id              TEXT PRIMARY KEY,
      user_id         TEXT NOT NULL REFERENCES personas (user_id),
      hall_id         TEXT NOT NULL,
      service_code    TEXT NOT NULL,
      date            TEXT NOT NULL,
      start           TEXT NOT NULL,
      starts_at       INTEGER NOT NULL,
      status          TEXT NOT NULL CHECK (status IN ('waiting', 'booked', 'left', 'expired')),
      idempotency_key TEXT NOT NULL,
      request_hash    TEXT NOT NULL,
      booking_id      TEXT REFERENCES appt_bookings (id),
      created_at      INTEGER NOT NULL,
      seq             INTEGER NOT NULL,
      CHECK ((status = 'booked') = (booking_id IS NOT NULL)),
      UNIQUE (user_id, idempotency_key)
    );
    CREATE UNIQUE INDEX IF NOT EXISTS appt_waitlist_once ON appt_waitlist (user_id, hall_id, service_code, date, start) WHERE status = 'waiting';
    CREATE INDEX IF NOT EXISTS appt_waitlist_slot ON appt_waitlist (hall_id, service_code, date, start, status, seq);
    CREATE TABLE IF NOT EXISTS appt_blocks (
      user_id     TEXT NOT NULL REFERENCES personas (user_id),
      starts_at   INTEGER NOT NULL,
      ends_on     TEXT NOT NULL,
      PRIMARY KEY (user_id, starts_at)
    );
  `)
}
