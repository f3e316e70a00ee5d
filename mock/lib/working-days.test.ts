import { addWorkingDays, dayKind, holidayName, isWorkingDay, nextWorkingDays, workingDaysBetween } from './working-days'

describe('working days (2026 official table)', () => {
  it('knows weekends, holidays and make-up working days', () => {
    expect(dayKind('2026-11-27')).toBe('workday') // Friday
    expect(dayKind('2026-11-28')).toBe('weekend')
    expect(dayKind('2026-10-05')).toBe('holiday')
    expect(holidayName('2026-10-05')).toBe('国庆节')
    expect(dayKind('2026-10-10')).toBe('makeup-workday') // Saturday, 国庆 调休
    expect(isWorkingDay('2026-09-20')).toBe(true) // Sunday, 国庆 调休
    expect(isWorkingDay('2026-02-14')).toBe(true) // Saturday before 春节
    expect(isWorkingDay('2026-02-16')).toBe(false) // 除夕
  })

  it('counts across 国庆 with its make-up days', () => {
    // From Wed 2026-09-30: Oct 1–7 off, Thu 8, Fri 9, Sat 10 (make-up), Mon 12, Tue 13.
    expect(nextWorkingDays('2026-09-30', 5)).toEqual(['2026-10-08', '2026-10-09', '2026-10-10', '2026-10-12', '2026-10-13'])
    // From Fri 2026-09-18: Sun 20 is a working day.
    expect(nextWorkingDays('2026-09-18', 3)).toEqual(['2026-09-20', '2026-09-21', '2026-09-22'])
    expect(addWorkingDays('2026-09-29', 3)).toBe('2026-10-09')
  })

  it('counts across 春节 with its make-up days', () => {
    // Fri 13 Feb, Sat 14 (make-up), 15–23 off, Tue 24 …, Sat 28 (make-up).
    expect(nextWorkingDays('2026-02-12', 4)).toEqual(['2026-02-13', '2026-02-14', '2026-02-24', '2026-02-25'])
    expect(addWorkingDays('2026-02-13', 5)).toBe('2026-02-27')
    expect(addWorkingDays('2026-02-13', 6)).toBe('2026-02-28')
    expect(workingDaysBetween('2026-02-13', '2026-02-28')).toBe(6) // 14, 24, 25, 26, 27, 28
  })

  it('is exact at the edges', () => {
    expect(addWorkingDays('2026-11-27', 0)).toBe('2026-11-27')
    expect(addWorkingDays('2026-11-27', 1)).toBe('2026-11-30')
    expect(workingDaysBetween('2026-11-30', '2026-11-30')).toBe(0)
    expect(workingDaysBetween('2026-12-01', '2026-11-30')).toBe(0)
    expect(() => addWorkingDays('2026-11-27', -1)).toThrow(RangeError)
  })
})
