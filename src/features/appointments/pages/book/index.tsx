import type { Slot } from '@contract'
import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { PageShell } from '@/components/page-shell'
import { QueryState } from '@/components/query-state'
import { openPage, usePageParams } from '@/lib/navigation'
import { routes } from '@/routes'
import { useDates, useHall, useSlots } from '../../api'
import { formatDay, remainingLabel } from '../../model/present'
import './index.scss'

/** Service item → date (next 5 working days) → slot with the places left → confirm or waitlist. */
export default function BookPage() {
  const params = usePageParams(routes.appointments.book)
  const hallId = params.hallId
  // 改约: the booking being moved; the item is fixed and a full slot offers no waitlist.
  const reschedule = params.reschedule || undefined
  const hall = useHall(hallId)
  const [service, setService] = useState<string | null>(params.service || null)
  const [date, setDate] = useState<string | null>(null)
  const [slot, setSlot] = useState<Slot | null>(null)
  const dates = useDates(hallId, service)
  const slots = useSlots(hallId, service, date)
  // Back from the confirm page (e.g. the slot filled up meanwhile): fresh places.
  useDidShow(() => {
    if (date) void slots.refetch()
  })

  function chooseService(code: string) {
    setService(code)
    setDate(null)
    setSlot(null)
  }

  function chooseDate(next: string) {
    setDate(next)
    setSlot(null)
  }

  function next(mode: 'book' | 'waitlist') {
    if (!service || !slot) return
    openPage(routes.appointments.confirm({ hallId, service, date: slot.date, start: slot.start, mode, reschedule }))
  }

  return (
    <PageShell>
      <QueryState query={hall}>
        <View className='book'>
          <View className='book__hall card'>
            <Text className='book__hall-name'>{hall.data?.name}</Text>
            <Text className='book__hall-address'>{hall.data?.address}</Text>
          </View>

          {reschedule ? <Text className='book__hint'>改约：请选择新的日期和时段，确认改约前原预约仍然保留。</Text> : null}

          <Text className='section-title'>1. 选择办理事项</Text>
          <View className='book__tiles' role='radiogroup' aria-label='办理事项'>
            {(hall.data?.services ?? []).filter((item) => !reschedule || item.code === service).map((item) => (
              <View
                key={item.code}
                role='radio'
                aria-checked={service === item.code}
                aria-label={item.name}
                className={`book__tile${service === item.code ? ' book__tile--selected' : ''}`}
                onClick={() => chooseService(item.code)}
              >
                <Text>
                  {service === item.code ? '✓ ' : ''}
                  {item.name}
                </Text>
              </View>
            ))}
          </View>

          {service ? (
            <>
              <Text className='section-title'>2. 选择日期</Text>
              <Text className='book__hint'>可预约今天之后的 5 个工作日（周末和法定节假日休息）</Text>
              <QueryState query={dates}>
                <View className='book__tiles' role='radiogroup' aria-label='预约日期'>
                  {(dates.data?.items ?? []).map((d) => (
                    <View
                      key={d.date}
                      role='radio'
                      aria-checked={date === d.date}
                      aria-label={`${formatDay(d.date)}${d.makeUpWorkday ? '（调休上班）' : ''}，${d.remaining > 0 ? `余 ${d.remaining} 个` : '已约满'}`}
                      className={`book__tile book__tile--date${date === d.date ? ' book__tile--selected' : ''}`}
                      onClick={() => chooseDate(d.date)}
                    >
                      <Text>
                        {date === d.date ? '✓ ' : ''}
                        {formatDay(d.date)}
                      </Text>
                      <Text className='book__tile-note'>
                        {d.makeUpWorkday ? '调休上班 · ' : ''}
                        {d.remaining > 0 ? `余 ${d.remaining}` : '已约满'}
                      </Text>
                    </View>
                  ))}
                </View>
              </QueryState>
            </>
          ) : null}

          {service && date ? (
            <>
              <Text className='section-title'>3. 选择时段</Text>
              <QueryState query={slots}>
                <View className='book__tiles book__tiles--slots' role='radiogroup' aria-label='预约时段'>
                  {(slots.data ?? []).map((s) => {
                    const selected = slot?.start === s.start
                    return (
                      <View
                        key={s.start}
                        role='radio'
                        aria-checked={selected}
                        aria-label={`${s.start}–${s.end}，${remainingLabel(s.remaining, s.waitlisted)}`}
                        className={`book__tile book__tile--slot${selected ? ' book__tile--selected' : ''}${s.remaining === 0 ? ' book__tile--full' : ''}`}
                        onClick={() => setSlot(s)}
                      >
                        <Text>
                          {selected ? '✓ ' : ''}
                          {s.start}–{s.end}
                        </Text>
                        <Text className='book__tile-note'>{remainingLabel(s.remaining, s.waitlisted)}</Text>
                      </View>
                    )
                  })}
                </View>
              </QueryState>
            </>
          ) : null}

          <View className='book__submit'>
            {slot && slot.remaining === 0 && reschedule ? (
              <Text className='book__hint'>这个时段已约满，请选择其他时段。</Text>
            ) : slot && slot.remaining === 0 ? (
              <>
                <Text className='book__hint'>这个时段已约满。加入候补后，有人取消时会自动为您预约并通知您。</Text>
                <Button type='primary' block size='large' onClick={() => next('waitlist')}>
                  加入候补
                </Button>
              </>
            ) : (
              <Button type='primary' block size='large' disabled={!slot} onClick={() => next('book')}>
                {slot ? (reschedule ? '下一步：确认改约' : '下一步：确认预约') : '请选择事项、日期和时段'}
              </Button>
            )}
          </View>
        </View>
      </QueryState>
    </PageShell>
  )
}
