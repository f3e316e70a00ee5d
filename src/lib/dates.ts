import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

// The app's one date-time format. Every instant from the server is shown in China Standard Time.

/** Shown in China Standard Time (UTC+8) whatever the device's zone is. */
export function formatDateTime(iso: string): string {
  return dayjs(iso).utcOffset(480).format('YYYY-MM-DD HH:mm')
}

