import type { Booking } from '@contract'
import { Text, View } from '@tarojs/components'
import { openPage } from '@/lib/navigation'
import { routes } from '@/routes'
import { formatSlot, STATUS_LABEL } from '../model/present'
import './booking-card.scss'

/** One appointment in a list (its name is its visible text); the status is a text label (colour only repeats it). */
export function BookingCard({ booking }: { booking: Booking }) {
  const when = formatSlot(booking.date, booking.start, booking.end)
  return (
    <View
      className='booking-card card'
      role='link'
      onClick={() => openPage(routes.appointments.detail(booking.id))}
    >
      <View className='booking-card__head'>
        <Text className='booking-card__service'>{booking.serviceName}</Text>
        <Text className={`booking-card__status booking-card__status--${booking.status}`}>{STATUS_LABEL[booking.status]}</Text>
      </View>
      <Text className='booking-card__when'>{when}</Text>
      <Text className='booking-card__hall'>{booking.hallName}</Text>
      {booking.queueNumber ? <Text className='booking-card__queue'>排队号 {booking.queueNumber}</Text> : null}
      {booking.viaWaitlist ? <Text className='booking-card__hall'>由候补转为预约</Text> : null}
      <Text className='booking-card__more'>查看详情 ›</Text>
    </View>
  )
}
