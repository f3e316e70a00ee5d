import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

// The app's one date-time format. Every instant from the server is shown in China Standard Time.

/** Shown in China Standard Time (UTC+8) whatever the device's zone is. */
export function formatDateTime(iso: string): string {
  return dayjs(iso).utcOffset(480).format('YYYY-MM-DD HH:mm')
}

const DATE = /(\d{4}-\d{2}(?:-\d{2})?(?: \d{2}:\d{2})?|\d{1,2}:\d{2}(?:-\d{1,2}:\d{2})?)/

/** A text cut into its dates and times ("2026-12-03", "2026-12-03 18:24", "09:00-09:30") and the words between. */
export function splitDates(text: string): Array<{ text: string; date: boolean }> {
  return text
    .split(DATE)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, date: part.match(DATE)?.[0] === part }))
}
