// Mainland China's public holidays and official make-up working days (调休上班), the data behind
// working-day arithmetic (appointment dates, promised case deadlines).
//
// 2026: 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04).
// 2027: PROVISIONAL. The State Council had not published the 2027 notice when this table was
// written; these dates follow the festival calendar (春节 2027-02-06, 清明 04-05, 端午 06-09,
// 中秋 09-15) and the pattern of the 2025 rules (国务院令第795号). Replace them with the notice's
// dates when it is published; the tests pin only 2026's official days.

export interface HolidayPeriod {
  name: string
  /** Days off, inclusive, CST calendar dates. */
  from: string
  to: string
  /** Weekend days that are official working days (调休上班). */
  makeUpWorkdays: string[]
  provisional?: boolean
}

export const HOLIDAY_TABLE_YEARS = [2026, 2027] as const

export const HOLIDAYS: HolidayPeriod[] = [
  { name: '元旦', from: '2026-01-01', to: '2026-01-03', makeUpWorkdays: ['2026-01-04'] },
  { name: '春节', from: '2026-02-15', to: '2026-02-23', makeUpWorkdays: ['2026-02-14', '2026-02-28'] },
  { name: '清明节', from: '2026-04-04', to: '2026-04-06', makeUpWorkdays: [] },
  { name: '劳动节', from: '2026-05-01', to: '2026-05-05', makeUpWorkdays: ['2026-05-09'] },
  { name: '端午节', from: '2026-06-19', to: '2026-06-21', makeUpWorkdays: [] },
  { name: '中秋节', from: '2026-09-25', to: '2026-09-27', makeUpWorkdays: [] },
  { name: '国庆节', from: '2026-10-01', to: '2026-10-07', makeUpWorkdays: ['2026-09-20', '2026-10-10'] },

  { name: '元旦', from: '2027-01-01', to: '2027-01-03', makeUpWorkdays: [], provisional: true },
  { name: '春节', from: '2027-02-05', to: '2027-02-13', makeUpWorkdays: ['2027-02-20'], provisional: true },
  { name: '清明节', from: '2027-04-03', to: '2027-04-05', makeUpWorkdays: [], provisional: true },
  { name: '劳动节', from: '2027-05-01', to: '2027-05-05', makeUpWorkdays: ['2027-04-25', '2027-05-08'], provisional: true },
  { name: '端午节', from: '2027-06-09', to: '2027-06-09', makeUpWorkdays: [], provisional: true },
  { name: '中秋节', from: '2027-09-15', to: '2027-09-15', makeUpWorkdays: [], provisional: true },
  { name: '国庆节', from: '2027-10-01', to: '2027-10-07', makeUpWorkdays: ['2027-09-26', '2027-10-09'], provisional: true },
]
