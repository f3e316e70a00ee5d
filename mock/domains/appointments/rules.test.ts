import { cstInstant } from '../../lib/china-time'
import { addMonths, blockEndsOn, bookableDates, reminderAt, slotTimes } from './rules'

describe('appointment time rules', () => {
  it('cuts the opening hours into slots, none across the lunch break', () => {
    expect(slotTimes('09:00', '17:00', 60).map((s) => s.start)).toEqual(['09:00', '10:00', '11:00', '13:00', '14:00', '15:00', '16:00'])
    expect(slotTimes('09:00', '17:00', 30)).toHaveLength(14)
    // 45-minute slots: 11:15–12:00 fits, 12:00 jumps to 13:00; the last one must end by closing time.
    expect(slotTimes('09:00', '17:00', 45).map((s) => `${s.start}-${s.end}`)).toEqual([
      '09:00-09:45', '09:45-10:30', '10:30-11:15', '11:15-12:00', '13:00-13:45', '13:45-14:30', '14:30-15:15', '15:15-16:00', '16:00-16:45',
    ])
  })

  it('books from the next working day, 5 working days, across 国庆 2026 with the 10-10 make-up day', () => {
    expect(bookableDates(cstInstant(2026, 9, 30, 23, 59))).toEqual(['2026-10-08', '2026-10-09', '2026-10-10', '2026-10-12', '2026-10-13'])
    // A Sunday make-up working day (2026-09-20) is bookable from the Friday before.
    expect(bookableDates(cstInstant(2026, 9, 18, 9))).toEqual(['2026-09-20', '2026-09-21', '2026-09-22', '2026-09-23', '2026-09-24'])
  })

  it('books across 春节 2027 (provisional table)', () => {
    expect(bookableDates(cstInstant(2027, 2, 3, 9))).toEqual(['2027-02-04', '2027-02-15', '2027-02-16', '2027-02-17', '2027-02-18'])
  })

  it('reminds at 18:00 the day before, or 2 hours before when booked later', () => {
    const start = cstInstant(2026, 11, 30, 9)
    expect(reminderAt('2026-11-30', start, cstInstant(2026, 11, 27, 10))).toBe(cstInstant(2026, 11, 29, 18))
    expect(reminderAt('2026-11-30', start, cstInstant(2026, 11, 29, 18, 1))).toBe(cstInstant(2026, 11, 30, 7))
    // Promoted from the waitlist less than 2 hours before: due at once.
    expect(reminderAt('2026-11-30', start, cstInstant(2026, 11, 30, 8))).toBe(cstInstant(2026, 11, 30, 8))
  })

  it('blocks for 3 calendar months, the last day inclusive, clamping month ends', () => {
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28')
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29')
    expect(blockEndsOn('2026-12-01')).toBe('2027-02-28')
    expect(blockEndsOn('2026-10-15')).toBe('2027-01-14')
  })
})
