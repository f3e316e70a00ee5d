// SQL for cases, their timeline, corrections, special procedures, ratings and rectifications.
import type { CaseAnswer, CaseChecklistItem, CaseStage, RatingIndicators, RatingLevel, RectificationStatus } from '../../../contract'
import type { Db } from '../../db/database'

export interface CaseRow {
  id: string
  case_number: string
  query_password_hash: string
  user_id: string
  applicant_name: string
  service_name: string
  department: string
  city_code: string
  kind: 'immediate' | 'promised'
  promised_working_days: number
  stage: CaseStage
  submitted_at: number
  delivery_method: 'pickup' | 'ems'
  delivery_detail: string
  tracking_number: string | null
  source_kind: string | null
  source_id: string | null
  accepted_at: number | null
  closed_at: number | null
  outcome_reason: string | null
}

export interface EventRow {
  id: number
  case_id: string
  stage: CaseStage
  at: number
  department: string
  note: string
}

export interface CorrectionRow {
  id: number
  case_id: string
  requested_at: number
  due_date: string
  items: CaseChecklistItem[]
  resubmitted_at: number | null
  answers: CaseAnswer[] | null
  idempotency_key: string | null
  from_stage: CaseStage
}

export interface SpecialRow {
  id: number
  case_id: string
  reason: string
  started_on: string
  until_date: string
  ended_on: string | null
  resume_stage: CaseStage
}

export interface RatingRow {
  id: number
  case_id: string
  round: 'initial' | 'follow_up'
  level: RatingLevel
  comment: string | null
  indicators: RatingIndicators
  rated_at: number
}

export interface RectificationRow {
  case_id: string
  status: RectificationStatus
  opened_at: number
  callback_due_date: string
  callback_at: number | null
  callback_note: string | null
  fix_due_date: string
  rectified_at: number | null
  rectified_note: string | null
}

type RawCorrection = Omit<CorrectionRow, 'items' | 'answers'> & { items_json: string; answers_json: string | null }
type RawRating = Omit<RatingRow, 'indicators'> & { indicators_json: string }

const toCorrection = (raw: RawCorrection): CorrectionRow => {
  const { items_json, answers_json, ...rest } = raw
  return { ...rest, items: JSON.parse(items_json) as CaseChecklistItem[], answers: answers_json === null ? null : (JSON.parse(answers_json) as CaseAnswer[]) }
}
const toRating = (raw: RawRating): RatingRow => {
  const { indicators_json, ...rest } = raw
  return { ...rest, indicators: JSON.parse(indicators_json) as RatingIndicators }
}

function createCasesRepo(db: Db) {
  const byId = db.prepare('SELECT * FROM cases WHERE id = ?')
  const byNumber = db.prepare('SELECT * FROM cases WHERE case_number = ?')
  const byUser = db.prepare('SELECT * FROM cases WHERE user_id = ? ORDER BY submitted_at DESC, id')
  const events = db.prepare('SELECT * FROM case_events WHERE case_id = ? ORDER BY at, id')
  const lastEventAt = db.prepare('SELECT MAX(at) AS at FROM case_events WHERE case_id = ?')
  const corrections = db.prepare('SELECT * FROM case_corrections WHERE case_id = ? ORDER BY id DESC LIMIT 1')
  const specials = db.prepare('SELECT * FROM case_special_procedures WHERE case_id = ? ORDER BY id')
  const ratings = db.prepare('SELECT * FROM case_ratings WHERE case_id = ? ORDER BY id')
  const rectification = db.prepare('SELECT * FROM case_rectifications WHERE case_id = ?')

  return {
    byId: (id: string) => byId.get(id) as CaseRow | undefined,
    byNumber: (caseNumber: string) => byNumber.get(caseNumber) as CaseRow | undefined,
    byUser: (userId: string) => byUser.all(userId) as CaseRow[],
    events: (caseId: string) => events.all(caseId) as EventRow[],
    updatedAt: (row: CaseRow) => (lastEventAt.get(row.id) as { at: number | null }).at ?? row.submitted_at,
    /** The latest correction of the case (open or answered). */
    correction: (caseId: string) => {
      const raw = corrections.get(caseId) as RawCorrection | undefined
      return raw === undefined ? undefined : toCorrection(raw)
    },
    specials: (caseId: string) => specials.all(caseId) as SpecialRow[],
    ratings: (caseId: string) => (ratings.all(caseId) as RawRating[]).map(toRating),
    rectification: (caseId: string) => rectification.get(caseId) as RectificationRow | undefined,

    addEvent(caseId: string, stage: CaseStage, at: number, department: string, note: string): void {
      db.prepare('INSERT INTO case_events (case_id, stage, at, department, note) VALUES (?, ?, ?, ?, ?)').run(caseId, stage, at, department, note)
    },
    setStage(caseId: string, stage: CaseStage): void {
      db.prepare('UPDATE cases SET stage = ? WHERE id = ?').run(stage, caseId)
    },
    update(caseId: string, fields: Partial<Pick<CaseRow, 'accepted_at' | 'closed_at' | 'outcome_reason' | 'tracking_number'>>): void {
      for (const [column, value] of Object.entries(fields)) {
        db.prepare(`UPDATE cases SET ${column} = ? WHERE id = ?`).run(value, caseId)
      }
    },
    insertCorrection(row: Omit<CorrectionRow, 'id' | 'resubmitted_at' | 'answers' | 'idempotency_key'>): void {
      db.prepare(
        'INSERT INTO case_corrections (case_id, requested_at, due_date, items_json, from_stage) VALUES (?, ?, ?, ?, ?)',
      ).run(row.case_id, row.requested_at, row.due_date, JSON.stringify(row.items), row.from_stage)
    },
    answerCorrection(id: number, at: number, answers: CaseAnswer[] | null, key: string | null): void {
      db.prepare('UPDATE case_corrections SET resubmitted_at = ?, answers_json = ?, idempotency_key = ? WHERE id = ?').run(
        at,
        answers === null ? null : JSON.stringify(answers),
        key,
        id,
      )
    },
    correctionByKey: (caseId: string, key: string) => {
      const raw = db.prepare('SELECT * FROM case_corrections WHERE case_id = ? AND idempotency_key = ?').get(caseId, key) as RawCorrection | undefined
      return raw === undefined ? undefined : toCorrection(raw)
    },
    insertSpecial(row: Omit<SpecialRow, 'id' | 'ended_on'>): void {
      db.prepare('INSERT INTO case_special_procedures (case_id, reason, started_on, until_date, resume_stage) VALUES (?, ?, ?, ?, ?)').run(
        row.case_id,
        row.reason,
        row.started_on,
        row.until_date,
        row.resume_stage,
      )
    },
    endSpecial(id: number, endedOn: string): void {
      db.prepare('UPDATE case_special_procedures SET ended_on = ? WHERE id = ?').run(endedOn, id)
    },
    openSpecialsDueBefore: (today: string) =>
      db
        .prepare(
          `SELECT s.* FROM case_special_procedures s JOIN cases c ON c.id = s.case_id
           WHERE s.ended_on IS NULL AND c.stage = 'special' AND s.until_date < ? ORDER BY s.id`,
        )
        .all(today) as SpecialRow[],
    insertRating(row: Omit<RatingRow, 'id'>): void {
      db.prepare('INSERT INTO case_ratings (case_id, round, level, comment, indicators_json, rated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
        row.case_id,
        row.round,
        row.level,
        row.comment,
        JSON.stringify(row.indicators),
        row.rated_at,
      )
    },
    insertRectification(row: Pick<RectificationRow, 'case_id' | 'opened_at' | 'callback_due_date' | 'fix_due_date'>): void {
      db.prepare(
        `INSERT INTO case_rectifications (case_id, status, opened_at, callback_due_date, fix_due_date)
         VALUES (?, 'callback_pending', ?, ?, ?)`,
      ).run(row.case_id, row.opened_at, row.callback_due_date, row.fix_due_date)
    },
    markCalledBack(caseId: string, at: number, note: string): void {
      db.prepare("UPDATE case_rectifications SET status = 'rectifying', callback_at = ?, callback_note = ? WHERE case_id = ?").run(at, note, caseId)
    },
    markRectified(caseId: string, at: number, note: string): void {
      db.prepare("UPDATE case_rectifications SET status = 'rectified', rectified_at = ?, rectified_note = ? WHERE case_id = ?").run(at, note, caseId)
    },

    /** Lookup failures inside the window, oldest first. */
    failuresByNumber: (caseNumber: string, sinceMs: number) =>
      (db.prepare('SELECT at FROM case_lookup_failures WHERE case_number = ? AND at > ? ORDER BY at').all(caseNumber, sinceMs) as { at: number }[]).map((r) => r.at),
    failuresByClient: (client: string, sinceMs: number) =>
      (db.prepare('SELECT at FROM case_lookup_failures WHERE client = ? AND at > ? ORDER BY at').all(client, sinceMs) as { at: number }[]).map((r) => r.at),
    recordFailure(caseNumber: string, client: string, at: number): void {
      db.prepare('INSERT INTO case_lookup_failures (case_number, client, at) VALUES (?, ?, ?)').run(caseNumber, client, at)
    },
    clearFailures(caseNumber: string, client: string): void {
      db.prepare('DELETE FROM case_lookup_failures WHERE case_number = ? AND client = ?').run(caseNumber, client)
    },
    pruneFailures(beforeMs: number): void {
      db.prepare('DELETE FROM case_lookup_failures WHERE at <= ?').run(beforeMs)
    },
  }
}

export type CasesRepo = ReturnType<typeof createCasesRepo>

const repos = new WeakMap<Db, CasesRepo>()

/** One repository per database (built on first use), not one per request. */
export function casesRepo(db: Db): CasesRepo {
  let repo = repos.get(db)
  if (repo === undefined) {
    repo = createCasesRepo(db)
    repos.set(db, repo)
  }
  return repo
}
