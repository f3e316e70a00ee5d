// How a case moves: the standard stages 申报 → 受理 → 审查 → 决定 → 办结 → 送达, the side states
// 补正 / 特别程序 / 不予受理 / 退回, the applicant's resubmission, ratings and the rectification of
// a bad rating. Every change writes a timeline event and (unless seeding) tells the applicant
// through notify(). Synchronous; callers wrap them in a transaction.
import { randomInt } from 'node:crypto'
import type { CaseAnswer, CaseChecklistItem, CaseRatingBody, CaseStage, RatingIndicators } from '../../../contract'
import { MAIN_CASE_STAGES } from '../../../contract/rules/case-stages'
import type { Db } from '../../db/database'
import { cstDate } from '../../lib/china-time'
import { addWorkingDays } from '../../lib/working-days'
import { notify } from '../messages/notify'
import { caseProblems } from './problems'
import { STAGE_NAMES, detailSubject, ratableOf } from './present'
import { casesRepo, type CaseRow } from './repo'

export const MAIN_STAGES = MAIN_CASE_STAGES
/** 补正 must be answered within this many working days unless the clerk says otherwise. */
export const CORRECTION_WORKING_DAYS = 5
/** 差评整改 (浙江省好差评制度): call back within 1 working day, rectify within 15. */
export const CALLBACK_WORKING_DAYS = 1
export const FIX_WORKING_DAYS = 15

export interface AdvanceInput {
  to?: CaseStage
  note?: string
  department?: string
  items?: { title: string; hint: string }[]
  correctionWorkingDays?: number
  until?: string
  trackingNumber?: string
}

export interface WorkflowOptions {
  /** Seeds build histories without messaging anybody. */
  silent?: boolean
}

const DEFAULT_CHECKLIST = [{ title: '申请材料补充说明', hint: '请说明申请材料中不清楚或缺少的内容' }]

const lastDigits = (caseNumber: string) => caseNumber.slice(-4)

function tell(db: Db, row: CaseRow, kind: 'case_stage' | 'case_rectification', body: string, nowMs: number, opts: WorkflowOptions, dedupeKey?: string): void {
  if (opts.silent) return
  notify(
    db,
    {
      userId: row.user_id,
      kind,
      title: kind === 'case_stage' ? '办件进度更新' : '差评整改进度',
      body: `您申请的“${row.service_name}”（办件编号尾号 ${lastDigits(row.case_number)}）${body}`,
      subject: detailSubject(row.id),
      dedupeKey,
    },
    nowMs,
  )
}

/** A 13-digit domestic EMS waybill number. */
function newTrackingNumber(): string {
  return `11${String(randomInt(0, 100_000_000)).padStart(8, '0')}${String(randomInt(0, 1000)).padStart(3, '0')}`
}

/** One step of the standard stages (or a side state), with its event and message. */
function enter(db: Db, row: CaseRow, to: CaseStage, input: AdvanceInput, nowMs: number, opts: WorkflowOptions): CaseRow {
  const repo = casesRepo(db)
  const today = cstDate(nowMs)
  const department = input.department ?? row.department
  let note: string
  let message: string
  switch (to) {
    case 'accepted': {
      repo.update(row.id, { accepted_at: nowMs })
      if (row.kind === 'immediate') {
        note = input.note ?? '已受理（即办件，当场办理）'
        message = '已受理，即办件当场办理。'
      } else {
        const due = addWorkingDays(today, row.promised_working_days)
        note = input.note ?? `已受理，承诺 ${row.promised_working_days} 个工作日内办结（${due} 前）`
        message = `已受理，承诺 ${due} 前办结。`
      }
      break
    }
    case 'reviewing':
      note = input.note ?? '材料审查中'
      message = '已进入审查。'
      break
    case 'decided':
      note = input.note ?? '已作出准予许可的决定'
      message = '已作出决定。'
      break
    case 'completed': {
      repo.update(row.id, { closed_at: nowMs })
      if (row.delivery_method === 'ems') {
        repo.update(row.id, { tracking_number: input.trackingNumber ?? row.tracking_number ?? newTrackingNumber() })
        note = input.note ?? '已办结，办理结果已交 EMS 寄出'
        message = '已办结，结果已通过 EMS 寄出，可在办件详情中查看运单号。'
      } else {
        note = input.note ?? `已办结，请携带身份证到${row.delivery_detail}领取`
        message = `已办结，请到${row.delivery_detail}领取。欢迎对本次服务进行评价。`
      }
      break
    }
    case 'delivered':
      note = input.note ?? (row.delivery_method === 'ems' ? '邮件已签收' : '办理结果已领取')
      message = row.delivery_method === 'ems' ? '邮件已签收。' : '办理结果已领取。'
      break
    case 'correction': {
      const items: CaseChecklistItem[] = (input.items ?? DEFAULT_CHECKLIST).map((item, i) => ({ id: `c${i + 1}`, title: item.title, hint: item.hint }))
      const due = addWorkingDays(today, input.correctionWorkingDays ?? CORRECTION_WORKING_DAYS)
      repo.insertCorrection({ case_id: row.id, requested_at: nowMs, due_date: due, items, from_stage: row.stage })
      note = input.note ?? `需要补正 ${items.length} 项：${items.map((i) => i.title).join('、')}；请于 ${due} 前提交`
      message = `需要补正材料，请于 ${due} 前在办件详情中提交补正。`
      break
    }
    case 'special': {
      const reason = input.note ?? '需组织专家评审'
      const until = input.until ?? addWorkingDays(today, 10)
      repo.insertSpecial({ case_id: row.id, reason, started_on: today, until_date: until, resume_stage: row.stage })
      note = `进入特别程序：${reason}，预计 ${until} 结束，期间暂停计时`
      message = `进入特别程序（${reason}），预计 ${until} 结束，期间不计入承诺时限。`
      break
    }
    case 'rejected': {
      const reason = input.note ?? '申请事项不属于本机关职权范围'
      repo.update(row.id, { closed_at: nowMs, outcome_reason: reason })
      note = `不予受理：${reason}`
      message = `不予受理，理由：${reason}。`
      break
    }
    case 'returned': {
      const reason = input.note ?? '申请材料不符合要求'
      repo.update(row.id, { closed_at: nowMs, outcome_reason: reason })
      note = `申请已退回：${reason}`
      message = `已退回，理由：${reason}。`
      break
    }
    default:
      throw caseProblems.stageConflict(row.stage, STAGE_NAMES[to])
  }
  repo.setStage(row.id, to)
  repo.addEvent(row.id, to, nowMs, department, note)
  tell(db, row, 'case_stage', message, nowMs, opts)
  return repo.byId(row.id)!
}

/** Leaves 特别程序 (the clock runs again from the next working day) back to where the case was. */
function endSpecial(db: Db, row: CaseRow, endedOn: string, note: string, atMs: number, opts: WorkflowOptions, dedupeKey?: string): CaseRow {
  const repo = casesRepo(db)
  const open = repo.specials(row.id).find((s) => s.ended_on === null)
  if (!open) throw caseProblems.stageConflict(row.stage, '恢复计时')
  repo.endSpecial(open.id, endedOn)
  repo.setStage(row.id, open.resume_stage)
  repo.addEvent(row.id, open.resume_stage, atMs, row.department, note)
  tell(db, row, 'case_stage', '特别程序已结束，恢复计时。', atMs, opts, dedupeKey)
  return repo.byId(row.id)!
}

const SIDE_FROM: Partial<Record<CaseStage, CaseStage[]>> = {
  correction: ['accepted', 'reviewing'],
  special: ['accepted', 'reviewing', 'decided'],
  rejected: ['submitted'],
  returned: ['accepted', 'reviewing', 'decided', 'correction', 'special'],
}

/**
 * The admin's advance: without `to`, the next standard stage (补正 → 审查 as if the applicant had
 * completed the materials at the counter, 特别程序 → the stage it paused); with `to`, a later
 * standard stage (one event per step) or a side state allowed from the current stage.
 */
export function advanceCase(db: Db, start: CaseRow, input: AdvanceInput, nowMs: number, opts: WorkflowOptions = {}): CaseRow {
  const repo = casesRepo(db)
  let row = start
  const to = input.to
  const conflict = () => caseProblems.stageConflict(row.stage, to === undefined ? '下一阶段' : STAGE_NAMES[to])
  if (to !== undefined && SIDE_FROM[to] !== undefined) {
    if (!SIDE_FROM[to]!.includes(row.stage)) throw conflict()
    if (row.stage === 'special') row = endSpecial(db, row, cstDate(nowMs), '特别程序结束', nowMs, opts)
    if (row.stage === 'correction') {
      const open = repo.correction(row.id)
      if (open && open.resubmitted_at === null) repo.answerCorrection(open.id, nowMs, null, null)
    }
    return enter(db, row, to, input, nowMs, opts)
  }
  if (row.stage === 'special') {
    row = endSpecial(db, row, cstDate(nowMs), input.to === undefined && input.note ? input.note : '特别程序结束，恢复计时', nowMs, opts)
    if (to === undefined || to === row.stage) return row
  } else if (row.stage === 'correction') {
    if (to !== undefined && to !== 'reviewing' && MAIN_STAGES.indexOf(to) < MAIN_STAGES.indexOf('reviewing')) throw conflict()
    const open = repo.correction(row.id)
    if (open && open.resubmitted_at === null) repo.answerCorrection(open.id, nowMs, null, null)
    row = enter(db, row, 'reviewing', { note: '已在窗口补齐材料，重新进入审查', department: input.department }, nowMs, opts)
    if (to === undefined || to === 'reviewing') return row
  }
  const from = MAIN_STAGES.indexOf(row.stage)
  if (from < 0) throw conflict()
  const target = to === undefined ? from + 1 : MAIN_STAGES.indexOf(to)
  if (target <= from || target >= MAIN_STAGES.length) throw conflict()
  for (let i = from + 1; i <= target; i += 1) {
    // Only the last step takes the admin's note and tracking number.
    row = enter(db, row, MAIN_STAGES[i], i === target ? input : { department: input.department }, nowMs, opts)
  }
  return row
}

/** The applicant's answers to an open 补正: the case goes back into 审查. */
export function resubmitCorrection(db: Db, row: CaseRow, answers: CaseAnswer[], key: string | null, nowMs: number, opts: WorkflowOptions = {}): CaseRow {
  const repo = casesRepo(db)
  const open = repo.correction(row.id)
  if (row.stage !== 'correction' || open === undefined || open.resubmitted_at !== null) throw caseProblems.notAwaitingCorrection()
  const errors: { field: string; message: string }[] = []
  const byId = new Map(open.items.map((item) => [item.id, item]))
  const seen = new Set<string>()
  answers.forEach((answer, i) => {
    if (!byId.has(answer.itemId)) errors.push({ field: `answers[${i}].itemId`, message: '补正清单中没有这一项，请刷新后重新填写' })
    else if (seen.has(answer.itemId)) errors.push({ field: `answers[${i}].itemId`, message: '同一项只需填写一次' })
    else if (answer.text.trim() === '') errors.push({ field: `answers[${i}].text`, message: `请填写“${byId.get(answer.itemId)!.title}”的补正说明` })
    seen.add(answer.itemId)
  })
  for (const item of open.items) {
    if (!seen.has(item.id)) errors.push({ field: 'answers', message: `请填写“${item.title}”的补正说明` })
  }
  if (errors.length > 0) throw caseProblems.answers(errors)
  const ordered = open.items.map((item) => ({ itemId: item.id, text: answers.find((a) => a.itemId === item.id)!.text.trim() }))
  repo.answerCorrection(open.id, nowMs, ordered, key)
  return enter(db, row, 'reviewing', { note: `已提交补正（${open.items.length} 项），重新进入审查` }, nowMs, opts)
}

const BAD_LEVELS = new Set(['dissatisfied', 'very_dissatisfied'])

/** One rating after 办结; a bad first rating opens a rectification; one follow-up after 已整改. */
export function rateCase(db: Db, row: CaseRow, body: CaseRatingBody, nowMs: number, opts: WorkflowOptions = {}): 'initial' | 'follow_up' {
  const repo = casesRepo(db)
  const ratings = repo.ratings(row.id)
  const rectification = repo.rectification(row.id)
  const round = ratableOf(row, ratings, rectification)
  if (round === null) {
    if (ratings.length === 0) throw caseProblems.notRatable(row.stage)
    if (rectification !== undefined && rectification.status !== 'rectified') throw caseProblems.rectificationInProgress()
    throw caseProblems.alreadyRated()
  }
  const indicators: RatingIndicators = {}
  for (const [key, value] of Object.entries(body.indicators ?? {})) if (value !== undefined) indicators[key as keyof RatingIndicators] = value
  const comment = body.comment?.trim() ? body.comment.trim() : null
  repo.insertRating({ case_id: row.id, round, level: body.level, comment, indicators, rated_at: nowMs })
  if (round === 'initial' && BAD_LEVELS.has(body.level)) {
    const today = cstDate(nowMs)
    const callbackDue = addWorkingDays(today, CALLBACK_WORKING_DAYS)
    const fixDue = addWorkingDays(today, FIX_WORKING_DAYS)
    repo.insertRectification({ case_id: row.id, opened_at: nowMs, callback_due_date: callbackDue, fix_due_date: fixDue })
    tell(db, row, 'case_rectification', `的差评已转交${row.department}整改，将于 ${callbackDue} 前回访您，${fixDue} 前完成整改。`, nowMs, opts)
  }
  return round
}

/** The admin moves a rectification along: 回访 done → 整改中 → 已整改. */
export function advanceRectification(db: Db, row: CaseRow, to: 'rectifying' | 'rectified', note: string | undefined, nowMs: number, opts: WorkflowOptions = {}): void {
  const repo = casesRepo(db)
  const current = repo.rectification(row.id)
  if (current === undefined) throw caseProblems.stageConflict(row.stage, '整改')
  if (to === 'rectifying') {
    if (current.status !== 'callback_pending') throw caseProblems.stageConflict(row.stage, '整改中')
    repo.markCalledBack(row.id, nowMs, note ?? '已电话回访，了解了您反映的问题')
    tell(db, row, 'case_rectification', `的差评已回访，正在整改，${current.fix_due_date} 前完成。`, nowMs, opts)
  } else {
    if (current.status !== 'rectifying') throw caseProblems.stageConflict(row.stage, '已整改')
    repo.markRectified(row.id, nowMs, note ?? '已完成整改')
    tell(db, row, 'case_rectification', '的差评已整改完成，欢迎再次评价。', nowMs, opts)
  }
}

/** Time-driven: a 特别程序 past its until-date ends on that date and the clock runs again. */
export function sweepCases(db: Db, nowMs: number): void {
  const repo = casesRepo(db)
  for (const special of repo.openSpecialsDueBefore(cstDate(nowMs))) {
    const row = repo.byId(special.case_id)
    if (!row || row.stage !== 'special') continue
    endSpecial(db, row, special.until_date, `特别程序已于 ${special.until_date} 期满，恢复计时`, nowMs, {}, `case-special-end:${special.id}`)
  }
}
