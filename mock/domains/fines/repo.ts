// SQL for the vehicle registry, bindings, violations and decision lookups.
import { MAX_VEHICLES_PER_USER, type ViolationStatus } from '../../../contract'
import type { Db } from '../../db/database'
import { problems } from '../../http/problem'
import { createBindings } from '../bindings'
import { fineProblems } from './problems'

export interface VehicleRow {
  plate: string
  plate_type: string
  city_code: string
  owner_name: string
  engine_no: string
  vin: string
}

export interface BindingRow {
  id: string
  user_id: string
  plate: string
  bound_at: number
}

export interface ViolationRow {
  id: string
  plate: string
  occurred_at: number
  place: string
  act: string
  code: string
  fine_fen: number
  points: number
  status: ViolationStatus
  decision_number: string | null
  decision_received_on: string | null
  paid_at: number | null
  paid_via: 'payment' | 'elsewhere' | null
  payment_id: string | null
  /** The day whose charge was paid (the payment's creation day in China time). */
  charged_on: string | null
}

/** A violation with who paid it through the payment service, if anyone. */
export interface ViolationView extends ViolationRow {
  payer_user_id: string | null
}

const VIOLATION_VIEW = `
  SELECT v.*, pay.user_id AS payer_user_id FROM fine_violations v LEFT JOIN payments pay ON pay.id = v.payment_id`

function createRepo(db: Db) {
  const stmts = {
    vehicle: db.prepare('SELECT * FROM fine_vehicles WHERE plate = ?'),
    insertVehicle: db.prepare(`
      INSERT INTO fine_vehicles (plate, plate_type, city_code, owner_name, engine_no, vin)
      VALUES (@plate, @plate_type, @city_code, @owner_name, @engine_no, @vin)`),
    violations: db.prepare(`${VIOLATION_VIEW} WHERE v.plate = ? ORDER BY v.occurred_at DESC, v.id`),
    violation: db.prepare(`${VIOLATION_VIEW} WHERE v.id = ?`),
    byDecision: db.prepare(`${VIOLATION_VIEW} WHERE v.decision_number = ?`),
    insertViolation: db.prepare(`
      INSERT INTO fine_violations (id, plate, occurred_at, place, act, code, fine_fen, points, status, decision_number,
        decision_received_on, paid_at, paid_via, charged_on)
      VALUES (@id, @plate, @occurred_at, @place, @act, @code, @fine_fen, @points, @status, @decision_number,
        @decision_received_on, @paid_at, @paid_via, @charged_on)`),
    markPaid: db.prepare(`
      UPDATE fine_violations SET status = 'paid', paid_at = @at, paid_via = 'payment', payment_id = @payment, charged_on = @on
      WHERE id = @id AND status = 'awaiting_payment'`),
    lookedUp: db.prepare('SELECT 1 FROM fine_decision_lookups WHERE user_id = ? AND violation_id = ?'),
    recordLookup: db.prepare(
      'INSERT OR IGNORE INTO fine_decision_lookups (user_id, violation_id, looked_up_at) VALUES (?, ?, ?)',
    ),
  }

  const bindings = createBindings<BindingRow, 'plate'>(db, {
    table: 'fine_vehicle_bindings',
    target: 'plate',
    idPrefix: 'veh',
    limit: MAX_VEHICLES_PER_USER,
    problems: {
      notBound: fineProblems.vehicleNotBound,
      forbidden: () => problems.forbiddenResource('该车辆'),
      alreadyBound: fineProblems.alreadyBound,
      limitReached: fineProblems.limitReached,
    },
  })

  return {
    vehicle: (plate: string) => stmts.vehicle.get(plate) as VehicleRow | undefined,
    insertVehicle: (row: VehicleRow) => stmts.insertVehicle.run(row),
    /** The user's vehicle bindings (one per plate, up to MAX_VEHICLES_PER_USER). */
    bindings,
    bindingFor: (userId: string, plate: string) => bindings.find(userId, plate),
    violations: (plate: string) => stmts.violations.all(plate) as ViolationView[],
    violation: (id: string) => stmts.violation.get(id) as ViolationView | undefined,
    byDecision: (number: string) => stmts.byDecision.get(number) as ViolationView | undefined,
    insertViolation: (row: Omit<ViolationRow, 'payment_id'>) => stmts.insertViolation.run(row),
    markPaidByPayment: (id: string, paymentId: string, atMs: number, chargedOn: string) =>
      stmts.markPaid.run({ id, payment: paymentId, at: atMs, on: chargedOn }).changes === 1,
    lookedUp: (userId: string, violationId: string) => stmts.lookedUp.get(userId, violationId) !== undefined,
    recordLookup: (userId: string, violationId: string, nowMs: number) => stmts.recordLookup.run(userId, violationId, nowMs),
  }
}

export type FinesRepo = ReturnType<typeof createRepo>

const repos = new WeakMap<Db, FinesRepo>()

/** One repo (prepared statements) per database. */
export function finesRepo(db: Db): FinesRepo {
  let repo = repos.get(db)
  if (!repo) {
    repo = createRepo(db)
    repos.set(db, repo)
  }
  return repo
}
