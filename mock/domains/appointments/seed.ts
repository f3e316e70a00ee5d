// Which items every hall of the 11 cities handles (from data/services.ts). No bookings are seeded:
// bookable dates move with the clock, so every journey starts from an empty diary.
import type { Db } from '../../db/database'
import { HALLS } from '../../data/halls'
import { defaultItemsOf } from './data/services'

export function seed(db: Db): void {
  const insert = db.prepare(
    `INSERT INTO appt_hall_services (hall_id, service_code, slot_minutes, capacity) VALUES (?, ?, ?, ?)
     ON CONFLICT (hall_id, service_code) DO NOTHING`,
  )
  for (const hall of HALLS) for (const item of defaultItemsOf(hall)) insert.run(hall.id, item.code, item.slotMinutes, item.capacity)
}
