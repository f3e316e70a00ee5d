import { distanceLabel, formatDay, formatInstant, formatSlot, remainingLabel, standingNotice } from './present'

describe('appointment wording', () => {
  it('formats days and slots in Chinese', () => {
    expect(formatDay('2026-11-30')).toBe('11月30日 周一')
    expect(formatDay('2026-10-10')).toBe('10月10日 周六')
    expect(formatSlot('2026-12-01', '09:00', '09:30')).toBe('12月1日 周二 09:00–09:30')
  })

  it('shows instants in China time whatever the device zone', () => {
    expect(formatInstant('2026-11-30T00:00:00.000Z')).toBe('11月30日 08:00')
    expect(formatInstant('2026-11-29T16:30:00.000Z')).toBe('11月30日 00:30')
  })

  it('says how many places are left, and that a full slot can be waitlisted', () => {
    expect(remainingLabel(3)).toBe('余 3 个')
    expect(remainingLabel(0)).toBe('已约满 · 可候补')
    expect(remainingLabel(0, 2)).toBe('已约满 · 2 人候补')
  })

  it('shows distances in metres or kilometres', () => {
    expect(distanceLabel(null)).toBeNull()
    expect(distanceLabel(420)).toBe('420 米')
    expect(distanceLabel(12_345)).toBe('12.3 公里')
  })

  it('explains the first no-show and the block in plain words', () => {
    expect(standingNotice({ noShows: 0, blockedUntil: null, warning: null })).toBeNull()
    expect(standingNotice({ noShows: 1, blockedUntil: null, warning: 'x' })?.text).toContain('再爽约 1 次，网上预约将暂停 3 个月')
    const blocked = standingNotice({ noShows: 2, blockedUntil: '2027-02-28', warning: 'x' })
    expect(blocked?.title).toBe('网上预约已暂停至 2027年2月28日')
    expect(blocked?.text).toContain('现场取号')
  })
})
