// What the case screens say about a case. The server decides every figure (deadline, what the user
// may do next); this only words it, in Chinese, with text that never relies on colour.
import type { CaseDeadline, CaseDelivery, CaseFilter, CaseStage, CaseWaitingFor, RatingIndicators, RatingLevel, RectificationStatus } from '@contract'
import { CASE_STAGE_NAMES, MAIN_CASE_STAGES } from '@contract/rules/case-stages'

export const STAGE_TEXT = CASE_STAGE_NAMES

/** The standard stages, for the progress line. */
export const STANDARD_STAGES = MAIN_CASE_STAGES

export type StageTone = 'progress' | 'attention' | 'done' | 'stopped'

export function stageTone(stage: CaseStage): StageTone {
  if (stage === 'correction' || stage === 'special') return 'attention'
  if (stage === 'completed' || stage === 'delivered') return 'done'
  if (stage === 'rejected' || stage === 'returned') return 'stopped'
  return 'progress'
}

/** How far along the standard stages a case got (side states count as the stage they interrupt). */
export function reachedStages(timeline: { stage: CaseStage }[]): Set<CaseStage> {
  return new Set(timeline.map((event) => event.stage).filter((stage) => STANDARD_STAGES.includes(stage)))
}

export const FILTERS: { key: Exclude<CaseFilter, 'all'>; label: string }[] = [
  { key: 'active', label: '进行中' },
  { key: 'waiting', label: '待我处理' },
  { key: 'done', label: '已办结' },
]

export const WAITING_TEXT: Record<CaseWaitingFor, string> = {
  correction: '待补正',
  rating: '待评价',
  follow_up_rating: '待再次评价',
}

export const KIND_TEXT = { immediate: '即办件', promised: '承诺件' } as const

/** One line about the promised deadline, from the server's figures. */
export function deadlineText(deadline: CaseDeadline | null, stage: CaseStage): string {
  if (deadline === null) return stage === 'rejected' ? '未受理，不计时' : '受理后开始计算承诺时限'
  const { dueDate, remainingWorkingDays: left } = deadline
  if (deadline.clock === 'stopped') {
    if (stage === 'returned') return '已退回，停止计时'
    return deadline.overdue ? `已办结，超出承诺时限 ${-left} 个工作日` : `已在承诺时限内办结（承诺 ${dueDate} 前）`
  }
  if (deadline.clock === 'paused') return `特别程序中，暂停计时 · 剩余 ${left} 个工作日`
  if (deadline.overdue) return `已超过承诺时限 ${-left} 个工作日（应于 ${dueDate} 前办结）`
  if (left === 0) return `今天是承诺办结日（${dueDate}）`
  return `剩余 ${left} 个工作日 · ${dueDate} 前办结`
}

export const DELIVERY_TEXT: Record<CaseDelivery['status'], string> = {
  waiting: '办结后送达',
  ready_for_pickup: '可以领取',
  picked_up: '已领取',
  in_transit: '已寄出',
  delivered: '已签收',
}

export const RATING_LEVELS: { key: RatingLevel; label: string }[] = [
  { key: 'very_satisfied', label: '非常满意' },
  { key: 'satisfied', label: '满意' },
  { key: 'basic', label: '基本满意' },
  { key: 'dissatisfied', label: '不满意' },
  { key: 'very_dissatisfied', label: '非常不满意' },
]

export const ratingLabel = (level: RatingLevel) => RATING_LEVELS.find((item) => item.key === level)!.label

/** 不满意 and 非常不满意 start a rectification (差评整改). */
export const isBadRating = (level: RatingLevel) => level === 'dissatisfied' || level === 'very_dissatisfied'

export const INDICATORS: { key: keyof RatingIndicators; label: string }[] = [
  { key: 'overall', label: '整体满意度' },
  { key: 'efficiency', label: '办事效率' },
  { key: 'guideAccuracy', label: '办事指南精确度' },
  { key: 'convenience', label: '办事便捷度' },
  { key: 'usability', label: '平台操作性' },
]

export const RECTIFICATION_STEPS: { key: RectificationStatus; label: string }[] = [
  { key: 'callback_pending', label: '待回访' },
  { key: 'rectifying', label: '整改中' },
  { key: 'rectified', label: '已整改' },
]

/** The 24-digit 办件编号 (spaces ignored, as printed on the receipt). */
export function checkCaseNumber(value: string): string | null {
  const digits = value.replace(/\s/g, '')
  if (digits === '') return '请输入办件编号'
  if (!/^[0-9]+$/.test(digits)) return '办件编号只包含数字'
  if (digits.length !== 24) return `办件编号为 24 位数字，您输入了 ${digits.length} 位`
  return null
}

export function checkQueryPassword(value: string): string | null {
  const v = value.trim()
  if (v === '') return '请输入查询密码'
  if (!/^[0-9]{6}$/.test(v)) return '查询密码为 6 位数字'
  return null
}
