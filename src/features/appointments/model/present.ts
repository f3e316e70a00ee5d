// What the appointment pages say: status labels (always text, never colour alone), slot and date
// wording, places left, distance, and the no-show rules in plain words.
import type { BookingStatus, Standing, WaitlistStatus } from '@contract'
import dayjs from 'dayjs'

export const STATUS_LABEL: Record<BookingStatus, string> = {
  booked: '已预约',
  checked_in: '已签到',
  cancelled: '已取消',
  no_show: '爽约（未签到）',
}

export const WAITLIST_LABEL: Record<WaitlistStatus, string> = {
  waiting: '候补中',
  booked: '候补成功',
  left: '已放弃候补',
  expired: '候补未成功',
}

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

/** 2026-11-30 → 11月30日 周一 */
export function formatDay(date: string): string {
  const d = dayjs(date)
  return `${d.month() + 1}月${d.date()}日 ${WEEKDAYS[d.day()]}`
}

/** 11月30日 周一 10:00–10:30 */
export function formatSlot(date: string, start: string, end: string): string {
  return `${formatDay(date)} ${start}–${end}`
}

/** An ISO instant as CST wall-clock time, e.g. 11月30日 08:00 (whatever the device's zone). */
export function formatInstant(iso: string): string {
  const utc = new Date(Date.parse(iso) + 8 * 3600_000)
  return `${utc.getUTCMonth() + 1}月${utc.getUTCDate()}日 ${String(utc.getUTCHours()).padStart(2, '0')}:${String(utc.getUTCMinutes()).padStart(2, '0')}`
}

export function remainingLabel(remaining: number, waitlisted = 0): string {
  if (remaining > 0) return `余 ${remaining} 个`
  return waitlisted > 0 ? `已约满 · ${waitlisted} 人候补` : '已约满 · 可候补'
}

export function distanceLabel(meters: number | null): string | null {
  if (meters === null) return null
  return meters < 1000 ? `${meters} 米` : `${(meters / 1000).toFixed(1)} 公里`
}

/** The no-show rules as one short paragraph, shown before confirming. */
export const RULES_TEXT =
  '每人每天限约 1 次；最晚在时段开始前 2 小时取消；当天提前 30 分钟可签到取号，时段结束仍未签到记为爽约。爽约 1 次会收到提醒，爽约 2 次将暂停网上预约 3 个月。'

/** The standing explained in plain words, or null when there is nothing to say. */
export function standingNotice(standing: Standing): { title: string; text: string } | null {
  if (standing.blockedUntil !== null) {
    const [y, m, d] = standing.blockedUntil.split('-').map(Number)
    return {
      title: `网上预约已暂停至 ${y}年${m}月${d}日`,
      text: `您有 2 次预约没有按时到场签到。按规定，网上预约暂停 3 个月，${y}年${m}月${d}日之后自动恢复。暂停期间，您仍可以直接到大厅现场取号办理。`,
    }
  }
  if (standing.noShows === 1) {
    return {
      title: '您有 1 次爽约记录',
      text: '您有 1 次预约没有按时到场签到。再爽约 1 次，网上预约将暂停 3 个月。如果去不了，请在时段开始前 2 小时取消预约。',
    }
  }
  return null
}
