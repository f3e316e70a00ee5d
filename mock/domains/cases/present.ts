// Rows → API shapes. Every figure about the deadline and what the user can do next is decided here
// (the client only shows it); personal data leaves masked.
import type { CaseDelivery, CaseDetail, CasePublicView, CaseSummary, CaseWaitingFor, Rectification, Subject } from '../../../contract'
import { CASE_STAGE_NAMES } from '../../../contract/rules/case-stages'
import { cstDate } from '../../lib/china-time'
import { toIso } from '../../lib/clock'
import { maskName } from '../../lib/masking'
import { computeDeadline } from './deadline'
import type { CaseRow, CasesRepo, CorrectionRow, RatingRow, RectificationRow } from './repo'

export const STAGE_NAMES = CASE_STAGE_NAMES

export const detailSubject = (id: string): Subject => ({ kind: 'case', id })

/** 浙江省杭州市西湖区文三路 90 号 3 幢 502 室 → 浙江省杭州市西湖区****: the street part never leaves. */
export function maskAddress(address: string): string {
  const chars = Array.from(address.trim())
  let keep = 0
  for (let i = 0; i < Math.min(chars.length, 14); i += 1) if ('省市区县'.includes(chars[i])) keep = i + 1
  return `${chars.slice(0, keep).join('')}****`
}

/** 1105 2468 1357 9 → 1105*****3579: the public lookup shows only both ends of a tracking number. */
export function maskTrackingNumber(value: string): string {
  if (value.length <= 8) return `****${value.slice(-4)}`
  return `${value.slice(0, 4)}${'*'.repeat(value.length - 8)}${value.slice(-4)}`
}

export function deadlineOf(repo: CasesRepo, row: CaseRow, nowMs: number) {
  return computeDeadline({
    promisedWorkingDays: row.promised_working_days,
    acceptedOn: row.accepted_at === null ? null : cstDate(row.accepted_at),
    stoppedOn: row.closed_at === null ? null : cstDate(row.closed_at),
    specials: repo.specials(row.id).map((s) => ({ startedOn: s.started_on, endedOn: s.ended_on })),
    today: cstDate(nowMs),
  })
}

/** Which rating the applicant may give now: the first one after 办结, or the one follow-up after 已整改. */
export function ratableOf(row: CaseRow, ratings: RatingRow[], rectification: RectificationRow | undefined): 'initial' | 'follow_up' | null {
  const rounds = new Set(ratings.map((r) => r.round))
  if (!rounds.has('initial')) return row.stage === 'completed' || row.stage === 'delivered' ? 'initial' : null
  if (rectification?.status === 'rectified' && !rounds.has('follow_up')) return 'follow_up'
  return null
}

export function waitingForOf(row: CaseRow, correction: CorrectionRow | undefined, ratable: 'initial' | 'follow_up' | null): CaseWaitingFor | null {
  if (row.stage === 'correction' && correction !== undefined && correction.resubmitted_at === null) return 'correction'
  if (ratable === 'initial') return 'rating'
  if (ratable === 'follow_up') return 'follow_up_rating'
  return null
}

function deliveryStatus(row: CaseRow): CaseDelivery['status'] {
  if (row.stage === 'completed') return row.delivery_method === 'ems' ? 'in_transit' : 'ready_for_pickup'
  if (row.stage === 'delivered') return row.delivery_method === 'ems' ? 'delivered' : 'picked_up'
  return 'waiting'
}

function toRectification(r: RectificationRow, today: string): Rectification {
  const due = r.status === 'callback_pending' ? r.callback_due_date : r.status === 'rectifying' ? r.fix_due_date : null
  return {
    status: r.status,
    openedAt: toIso(r.opened_at),
    callbackDueDate: r.callback_due_date,
    callbackAt: r.callback_at === null ? null : toIso(r.callback_at),
    callbackNote: r.callback_note,
    fixDueDate: r.fix_due_date,
    rectifiedAt: r.rectified_at === null ? null : toIso(r.rectified_at),
    rectifiedNote: r.rectified_note,
    overdue: due !== null && today > due,
  }
}

export function toSummary(repo: CasesRepo, row: CaseRow, nowMs: number): CaseSummary {
  const ratable = ratableOf(row, repo.ratings(row.id), repo.rectification(row.id))
  return {
    id: row.id,
    caseNumber: row.case_number,
    serviceName: row.service_name,
    department: row.department,
    kind: row.kind,
    stage: row.stage,
    submittedAt: toIso(row.submitted_at),
    updatedAt: toIso(repo.updatedAt(row)),
    deadline: deadlineOf(repo, row, nowMs),
    waitingFor: waitingForOf(row, repo.correction(row.id), ratable),
    sourceKind: row.source_kind,
  }
}

export function toDetail(repo: CasesRepo, row: CaseRow, nowMs: number): CaseDetail {
  const correction = repo.correction(row.id)
  const specials = repo.specials(row.id)
  const special = specials[specials.length - 1]
  const ratings = repo.ratings(row.id)
  const rectification = repo.rectification(row.id)
  return {
    ...toSummary(repo, row, nowMs),
    applicantName: maskName(row.applicant_name),
    outcomeReason: row.outcome_reason,
    timeline: repo.events(row.id).map((e) => ({ stage: e.stage, at: toIso(e.at), department: e.department, note: e.note })),
    correction:
      correction === undefined
        ? null
        : {
            requestedAt: toIso(correction.requested_at),
            dueDate: correction.due_date,
            items: correction.items,
            resubmittedAt: correction.resubmitted_at === null ? null : toIso(correction.resubmitted_at),
            answers: correction.answers,
          },
    special: special === undefined ? null : { reason: special.reason, startedOn: special.started_on, until: special.until_date, endedOn: special.ended_on },
    delivery: {
      method: row.delivery_method,
      place: row.delivery_method === 'ems' ? maskAddress(row.delivery_detail) : row.delivery_detail,
      trackingNumber: row.tracking_number,
      status: deliveryStatus(row),
    },
    ratings: ratings.map((r) => ({ round: r.round, level: r.level, comment: r.comment, indicators: r.indicators, ratedAt: toIso(r.rated_at) })),
    rectification: rectification === undefined ? null : toRectification(rectification, cstDate(nowMs)),
    ratable: ratableOf(row, ratings, rectification),
  }
}

export function toPublicView(repo: CasesRepo, row: CaseRow, nowMs: number): CasePublicView {
  return {
    caseNumber: row.case_number,
    applicantName: maskName(row.applicant_name),
    serviceName: row.service_name,
    department: row.department,
    kind: row.kind,
    stage: row.stage,
    submittedAt: toIso(row.submitted_at),
    deadline: deadlineOf(repo, row, nowMs),
    timeline: repo.events(row.id).map((e) => ({ stage: e.stage, at: toIso(e.at), department: e.department, note: e.note })),
    delivery: {
      method: row.delivery_method,
      trackingNumber: row.tracking_number === null ? null : maskTrackingNumber(row.tracking_number),
      status: deliveryStatus(row),
    },
  }
}
