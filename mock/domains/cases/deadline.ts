// The promised deadline (承诺时限) of a case, in working days (mock/lib/working-days.ts).
//
// - The count starts the day after acceptance (受理): the due date is the n-th working day after
//   the CST date of acceptance (行政许可法 art. 42 counts 承诺期限 in working days from 受理).
// - 特别程序 (听证、检验检测、专家评审、公示 …, art. 45) does not count: the working days in
//   (startedOn, endedOn] — or up to today while it lasts — are added to the due date, so the days
//   left stay frozen while the clock is paused.
// - Once the case stops (办结, 不予受理, 退回) the figures are those of the stop date.
import type { CaseDeadline } from '../../../contract'
import { addWorkingDays, workingDaysBetween } from '../../lib/working-days'

export interface DeadlineInput {
  promisedWorkingDays: number
  /** CST date of 受理, or null before acceptance (no deadline yet). */
  acceptedOn: string | null
  /** CST date the clock stopped (办结 / 不予受理 / 退回), or null while the case runs. */
  stoppedOn: string | null
  specials: { startedOn: string; endedOn: string | null }[]
  /** CST date of "now". */
  today: string
}

export function computeDeadline(input: DeadlineInput): CaseDeadline | null {
  if (input.acceptedOn === null) return null
  const asOf = input.stoppedOn ?? input.today
  let paused = 0
  let open = false
  for (const special of input.specials) {
    const end = special.endedOn === null || special.endedOn > asOf ? asOf : special.endedOn
    if (special.endedOn === null) open = true
    paused += workingDaysBetween(special.startedOn, end)
  }
  const dueDate = addWorkingDays(input.acceptedOn, input.promisedWorkingDays + paused)
  const overdue = asOf > dueDate
  return {
    promisedWorkingDays: input.promisedWorkingDays,
    acceptedOn: input.acceptedOn,
    dueDate,
    pausedWorkingDays: paused,
    clock: input.stoppedOn !== null ? 'stopped' : open ? 'paused' : 'running',
    remainingWorkingDays: overdue ? -workingDaysBetween(dueDate, asOf) : workingDaysBetween(asOf, dueDate),
    overdue,
  }
}
