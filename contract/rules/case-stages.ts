// What each stage of a case (办件) is called, and the standard order a case goes through. One
// table: the sandbox words its problems and messages with it, the app its badges and timeline.
import type { CaseStage } from '../cases'

export const CASE_STAGE_NAMES: Readonly<Record<CaseStage, string>> = {
  submitted: '申报',
  accepted: '受理',
  reviewing: '审查',
  decided: '决定',
  completed: '办结',
  delivered: '送达',
  correction: '补正',
  special: '特别程序',
  rejected: '不予受理',
  returned: '退回',
}

/** The main line, in order; correction and special interrupt it, rejected and returned end it. */
export const MAIN_CASE_STAGES: readonly CaseStage[] = ['submitted', 'accepted', 'reviewing', 'decided', 'completed', 'delivered']
