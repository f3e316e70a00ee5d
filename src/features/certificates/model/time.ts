import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

/** China Standard Time (UTC+8) whatever the device's zone is: 'HH:mm:ss', 'YYYY-MM-DD HH:mm:ss'… */
export function formatCst(iso: string, format: string): string {
  return dayjs(iso).utcOffset(480).format(format)
}

/** Today in China, 'YYYY-MM-DD' (the date validators compare with). */
export function todayCst(): string {
  return dayjs().utcOffset(480).format('YYYY-MM-DD')
}
