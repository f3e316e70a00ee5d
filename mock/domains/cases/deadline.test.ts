import { computeDeadline } from './deadline'

const base = { specials: [], stoppedOn: null }

describe('computeDeadline: working days from 受理, 特别程序 pauses the clock', () => {
  it('has no deadline before acceptance', () => {
    expect(computeDeadline({ ...base, promisedWorkingDays: 10, acceptedOn: null, today: '2026-11-27' })).toBeNull()
  })

  it('counts working days from the day after acceptance, across 国庆节 and its make-up Saturday', () => {
    // Accepted Mon 2026-09-28: 9-29, 9-30, (10-01..10-07 off), 10-08, 10-09, Sat 10-10 (调休上班).
    const d = computeDeadline({ ...base, promisedWorkingDays: 5, acceptedOn: '2026-09-28', today: '2026-09-28' })!
    expect(d).toEqual({
      promisedWorkingDays: 5,
      acceptedOn: '2026-09-28',
      dueDate: '2026-10-10',
      pausedWorkingDays: 0,
      clock: 'running',
      remainingWorkingDays: 5,
      overdue: false,
    })
    expect(computeDeadline({ ...base, promisedWorkingDays: 5, acceptedOn: '2026-09-28', today: '2026-10-05' })!.remainingWorkingDays).toBe(3)
    expect(computeDeadline({ ...base, promisedWorkingDays: 5, acceptedOn: '2026-09-28', today: '2026-10-10' })).toMatchObject({ remainingWorkingDays: 0, overdue: false })
    // Sunday 10-11 is not a working day: still 0 overdue days, but past the due date.
    expect(computeDeadline({ ...base, promisedWorkingDays: 5, acceptedOn: '2026-09-28', today: '2026-10-13' })).toMatchObject({ remainingWorkingDays: -2, overdue: true })
  })

  it('即办件 are due on the day of acceptance', () => {
    expect(computeDeadline({ ...base, promisedWorkingDays: 0, acceptedOn: '2026-11-27', today: '2026-11-27' })).toMatchObject({ dueDate: '2026-11-27', remainingWorkingDays: 0 })
  })

  it('freezes the days left while 特别程序 lasts and moves the due date by the days it took', () => {
    const at = (today: string, endedOn: string | null = null) =>
      computeDeadline({ promisedWorkingDays: 10, acceptedOn: '2026-11-02', stoppedOn: null, specials: [{ startedOn: '2026-11-04', endedOn }], today })!
    const before = computeDeadline({ ...base, promisedWorkingDays: 10, acceptedOn: '2026-11-02', today: '2026-11-04' })!
    expect(before).toMatchObject({ dueDate: '2026-11-16', remainingWorkingDays: 8, clock: 'running' })
    expect(at('2026-11-04')).toMatchObject({ dueDate: '2026-11-16', remainingWorkingDays: 8, pausedWorkingDays: 0, clock: 'paused' })
    expect(at('2026-11-06')).toMatchObject({ dueDate: '2026-11-18', remainingWorkingDays: 8, pausedWorkingDays: 2, clock: 'paused' })
    // A weekend inside the pause changes nothing.
    expect(at('2026-11-08')).toMatchObject({ dueDate: '2026-11-18', remainingWorkingDays: 8, pausedWorkingDays: 2 })
    expect(at('2026-11-13')).toMatchObject({ dueDate: '2026-11-25', remainingWorkingDays: 8, pausedWorkingDays: 7 })
    // Ended on 11-06: the clock runs again from the next working day.
    expect(at('2026-11-10', '2026-11-06')).toMatchObject({ dueDate: '2026-11-18', remainingWorkingDays: 6, pausedWorkingDays: 2, clock: 'running' })
  })

  it('stops at 办结: the figures are those of the stop date', () => {
    const d = computeDeadline({ promisedWorkingDays: 10, acceptedOn: '2026-11-02', stoppedOn: '2026-11-12', specials: [], today: '2026-12-30' })!
    expect(d).toMatchObject({ dueDate: '2026-11-16', clock: 'stopped', remainingWorkingDays: 2, overdue: false })
    const late = computeDeadline({ promisedWorkingDays: 10, acceptedOn: '2026-11-02', stoppedOn: '2026-11-18', specials: [], today: '2026-12-30' })!
    expect(late).toMatchObject({ clock: 'stopped', remainingWorkingDays: -2, overdue: true })
  })
})
