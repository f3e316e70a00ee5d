// Rows → contract shapes. The name is masked here, on the way out (*大友).
import type { Booking, Hall as HallOut, Standing, WaitlistEntry } from '../../../contract'
import type { Hall } from '../../data/halls'
import { hallById } from '../../data/halls'
import { toIso } from '../../lib/clock'
import { maskName } from '../../lib/masking'
import { serviceItem } from './data/services'
import type { BookingRow, HallServiceRow, Standing as StandingRow, WaitlistRow } from './repo'
import { cancellableUntil, checkInOpensAt, formatDate, instantOf } from './rules'

export function toHall(hall: Hall, services: HallServiceRow[], distanceMeters: number | null): HallOut {
  return {
    id: hall.id,
    cityCode: hall.cityCode,
    name: hall.name,
    district: hall.district,
    address: hall.address,
    latitude: hall.latitude,
    longitude: hall.longitude,
    phone: hall.phone,
    opens: hall.opens,
    closes: hall.closes,
    hours: `工作日 ${hall.opens}–12:00、13:00–${hall.closes}（周末及法定节假日休息，调休上班日照常）`,
    distanceMeters,
    services: services.map((s) => ({
      code: s.service_code,
      name: serviceItem(s.service_code)?.name ?? s.service_code,
      slotMinutes: s.slot_minutes,
      capacity: s.capacity,
    })),
  }
}

/** `nowMs` is the server's clock: whether 签到取号 is open is decided here, not by the phone's clock. */
export function toBooking(row: BookingRow, name: string, nowMs: number): Booking {
  const hall = hallById(row.hall_id)
  return {
    id: row.id,
    status: row.status,
    hallId: row.hall_id,
    hallName: hall?.name ?? row.hall_id,
    hallAddress: hall?.address ?? '',
    serviceCode: row.service_code,
    serviceName: serviceItem(row.service_code)?.name ?? row.service_code,
    date: row.date,
    start: row.start,
    end: row.end_time,
    startsAt: toIso(row.starts_at),
    endsAt: toIso(row.ends_at),
    name: maskName(name),
    createdAt: toIso(row.created_at),
    viaWaitlist: row.via_waitlist === 1,
    cancellableUntil: toIso(cancellableUntil(row.starts_at)),
    checkInOpensAt: toIso(checkInOpensAt(row.starts_at)),
    checkInOpen: row.status === 'booked' && nowMs >= checkInOpensAt(row.starts_at) && nowMs < row.ends_at,
    changeable: row.status === 'booked' && nowMs <= cancellableUntil(row.starts_at),
    reminderAt: toIso(row.reminder_at),
    cancelledAt: row.cancelled_at === null ? null : toIso(row.cancelled_at),
    checkedInAt: row.checked_in_at === null ? null : toIso(row.checked_in_at),
    queueNumber: row.queue_number,
  }
}

export function toStanding(standing: StandingRow): Standing {
  let warning: string | null = null
  if (standing.blockedUntil !== null) {
    warning = `您已 2 次预约后未到场签到（爽约），网上预约暂停至 ${formatDate(standing.blockedUntil)}（含当天）。暂停期间仍可直接到大厅取号办理。`
  } else if (standing.noShows === 1) {
    warning = '您有 1 次预约未按时签到（爽约）。再爽约 1 次，网上预约将暂停 3 个月。不能前往时，请在开始前 2 小时取消预约。'
  }
  return { noShows: standing.noShows, blockedUntil: standing.blockedUntil, warning }
}

export function toWaitlistEntry(row: WaitlistRow, position: number | null, end: string): WaitlistEntry {
  const hall = hallById(row.hall_id)
  return {
    id: row.id,
    status: row.status,
    hallId: row.hall_id,
    hallName: hall?.name ?? row.hall_id,
    serviceCode: row.service_code,
    serviceName: serviceItem(row.service_code)?.name ?? row.service_code,
    date: row.date,
    start: row.start,
    end,
    startsAt: toIso(instantOf(row.date, row.start)),
    position: row.status === 'waiting' ? position : null,
    bookingId: row.booking_id,
    createdAt: toIso(row.created_at),
  }
}
