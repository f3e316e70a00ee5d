// createCase(): the one way any service opens a case (办件). Certificate applications call it;
// the case then shows in 我的办件, the public lookup and the to-do inbox like every other case.
import { randomInt } from 'node:crypto'
import type { Db } from '../../db/database'
import { cstCompact } from '../../lib/china-time'
import { newId } from '../../lib/tokens'
import { hashQueryPassword } from './query-password'

export type NewCaseDelivery =
  | { method: 'pickup'; /** e.g. '杭州市民中心 C 区 3 楼' */ hallName: string }
  | { method: 'ems'; /** The full address as entered; shown masked. */ address: string }

export interface NewCase {
  userId: string
  serviceName: string
  department: string
  cityCode: string
  /** immediate 即办件 (decided on the spot), promised 承诺件 (a deadline in working days). */
  kind: 'immediate' | 'promised'
  /** The promised deadline in working days, counted from acceptance; 0 for 即办件. */
  promisedWorkingDays: number
  delivery: NewCaseDelivery
  /** What created the case, e.g. { kind: 'certificate_application', id: 'capp_…' }. */
  source?: { kind: string; id: string }
  /** Seeds only: a documented password and its precomputed scrypt record (no KDF run while seeding). */
  fixedPassword?: { password: string; record: string }
  /** The submitted form (already validated by the caller), kept for 补正 and the clerk. */
  form?: Record<string, unknown>
}

export interface CreatedCase {
  id: string
  /** 办件编号: region code + CST date and time + 4 random digits, 24 digits. */
  caseNumber: string
  /** 查询密码: 6 digits, shown once to the applicant; only its hash is stored. */
  queryPassword: string
}

export { hashQueryPassword }

/** Opens a case in stage 申报 with its first timeline event. Synchronous; use inside a transaction. */
export function createCase(db: Db, input: NewCase, nowMs: number): CreatedCase {
  const persona = db.prepare('SELECT name FROM personas WHERE user_id = ?').get(input.userId) as { name: string } | undefined
  if (!persona) throw new Error(`createCase: unknown user ${input.userId}`)
  const id = newId('case')
  let caseNumber = ''
  do {
    caseNumber = `${input.cityCode}${cstCompact(nowMs)}${String(randomInt(0, 10_000)).padStart(4, '0')}`
  } while (db.prepare('SELECT 1 FROM cases WHERE case_number = ?').get(caseNumber))
  const queryPassword = input.fixedPassword?.password ?? String(randomInt(0, 1_000_000)).padStart(6, '0')
  const deliveryDetail = input.delivery.method === 'pickup' ? input.delivery.hallName : input.delivery.address
  db.prepare(
    `INSERT INTO cases (id, case_number, query_password_hash, user_id, applicant_name, service_name, department,
       city_code, kind, promised_working_days, stage, submitted_at, delivery_method, delivery_detail,
       source_kind, source_id, form_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'submitted', ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    caseNumber,
    input.fixedPassword?.record ?? hashQueryPassword(caseNumber, queryPassword),
    input.userId,
    persona.name,
    input.serviceName,
    input.department,
    input.cityCode,
    input.kind,
    input.promisedWorkingDays,
    nowMs,
    input.delivery.method,
    deliveryDetail,
    input.source?.kind ?? null,
    input.source?.id ?? null,
    input.form === undefined ? null : JSON.stringify(input.form),
  )
  db.prepare('INSERT INTO case_events (case_id, stage, at, department, note) VALUES (?, ?, ?, ?, ?)').run(
    id,
    'submitted',
    nowMs,
    input.department,
    '申请已提交，等待受理',
  )
  return { id, caseNumber, queryPassword }
}
