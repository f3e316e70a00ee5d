import type { CaseDeadline } from '@contract'
import { checkCaseNumber, checkQueryPassword, deadlineText, isBadRating, reachedStages, stageTone } from './case-text'

const deadline = (over: Partial<CaseDeadline>): CaseDeadline => ({
  promisedWorkingDays: 10,
  acceptedOn: '2026-11-02',
  dueDate: '2026-11-16',
  pausedWorkingDays: 0,
  clock: 'running',
  remainingWorkingDays: 8,
  overdue: false,
  ...over,
})

describe('case text', () => {
  it('words the deadline from the server figures', () => {
    expect(deadlineText(null, 'submitted')).toBe('受理后开始计算承诺时限')
    expect(deadlineText(null, 'rejected')).toBe('未受理，不计时')
    expect(deadlineText(deadline({}), 'reviewing')).toBe('剩余 8 个工作日 · 2026-11-16 前办结')
    expect(deadlineText(deadline({ remainingWorkingDays: 0 }), 'reviewing')).toBe('今天是承诺办结日（2026-11-16）')
    expect(deadlineText(deadline({ remainingWorkingDays: -2, overdue: true }), 'decided')).toBe('已超过承诺时限 2 个工作日（应于 2026-11-16 前办结）')
    expect(deadlineText(deadline({ clock: 'paused' }), 'special')).toBe('特别程序中，暂停计时 · 剩余 8 个工作日')
    expect(deadlineText(deadline({ clock: 'stopped', remainingWorkingDays: 3 }), 'completed')).toBe('已在承诺时限内办结（承诺 2026-11-16 前）')
    expect(deadlineText(deadline({ clock: 'stopped', remainingWorkingDays: -1, overdue: true }), 'delivered')).toBe('已办结，超出承诺时限 1 个工作日')
    expect(deadlineText(deadline({ clock: 'stopped' }), 'returned')).toBe('已退回，停止计时')
  })

  it('validates the lookup fields like the server', () => {
    expect(checkCaseNumber('330100 2026 1116 1005 3000 05')).toBeNull()
    expect(checkCaseNumber('')).toBe('请输入办件编号')
    expect(checkCaseNumber('33010020261116')).toBe('办件编号为 24 位数字，您输入了 14 位')
    expect(checkCaseNumber('3301002026111610053000OS')).toBe('办件编号只包含数字')
    expect(checkQueryPassword(' 135790 ')).toBeNull()
    expect(checkQueryPassword('1357')).toBe('查询密码为 6 位数字')
  })

  it('classifies stages and ratings', () => {
    expect(['correction', 'special', 'completed', 'rejected', 'reviewing'].map((s) => stageTone(s as never))).toEqual(['attention', 'attention', 'done', 'stopped', 'progress'])
    expect([...reachedStages([{ stage: 'submitted' }, { stage: 'accepted' }, { stage: 'correction' }])]).toEqual(['submitted', 'accepted'])
    expect(['satisfied', 'dissatisfied', 'very_dissatisfied'].map((l) => isBadRating(l as never))).toEqual([false, true, true])
  })
})
