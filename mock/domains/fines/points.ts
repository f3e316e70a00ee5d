// 驾驶证记分: what other domains may ask of the fines registry about a person's points. The
// certificates domain shows 本周期累积记分 on the 驾驶证 from here instead of a stored figure.
import type { Db } from '../../db/database'

/**
 * Points of the violations on the vehicles this user has bound that occurred on or after
 * `cycleStartMs` (the start of the licence's 12-month scoring cycle). Only processed violations
 * carry points: a 未处理 one has no decision yet.
 */
export function pointsInCycle(db: Db, userId: string, cycleStartMs: number): number {
  const row = db
    .prepare(
      `SELECT COALESCE(SUM(v.points), 0) AS points
         FROM fine_violations v JOIN fine_vehicle_bindings b ON b.plate = v.plate
        WHERE b.user_id = ? AND v.status <> 'unprocessed' AND v.occurred_at >= ?`,
    )
    .get(userId, cycleStartMs) as { points: number }
  return row.points
}
