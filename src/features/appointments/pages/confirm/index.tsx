import type { FreeSlot, SlotRefBody } from '@contract'
import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { isApiError, messageOf } from '@/api/errors'
import { useMe } from '@/lib/shared-api'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { QueryState } from '@/components/query-state'
import { goBackOr, openPage, usePageParams } from '@/lib/navigation'
import { askForSubscriptions } from '@/lib/subscriptions'
import { routes } from '@/routes'
import { notify } from '@/lib/dialogs'
import { appointmentKeys, createBooking, joinWaitlist, newIdempotencyKey, rescheduleBooking, useBooking, useHall, useSlots } from '../../api'
import { formatSlot, RULES_TEXT } from '../../model/present'
import './index.scss'

type Failure = { message: string; nextFreeSlots?: FreeSlot[]; existingId?: string; canWaitlist?: boolean }

/** Confirm a booking (or joining a waitlist) with the masked name; a full slot offers the next free ones. */
export default function ConfirmPage() {
  const params = usePageParams(routes.appointments.confirm)
  const queryClient = useQueryClient()
  const me = useMe()
  const hallId = params.hallId
  const service = params.service
  const hall = useHall(hallId)
  // 改约: the booking being moved (shown as old → new); it keeps its place until this is confirmed.
  const rescheduleId = params.reschedule || ''
  const old = useBooking(rescheduleId)
  const [target, setTarget] = useState({ date: params.date, start: params.start })
  const [mode, setMode] = useState<'book' | 'waitlist'>(params.mode === 'waitlist' ? 'waitlist' : 'book')
  // One key per attempt at one slot: a retry (double tap, timeout) is the same booking.
  const [key, setKey] = useState(() => newIdempotencyKey())
  const [failure, setFailure] = useState<Failure | null>(null)
  const slots = useSlots(hallId, service, target.date)
  const slot = slots.data?.find((s) => s.start === target.start)
  const serviceName = hall.data?.services.find((s) => s.code === service)?.name ?? ''
  const body: SlotRefBody = { hallId, serviceCode: service, date: target.date, start: target.start }

  const invalidate = () => {
    void queryClient.invalidateQueries({ queryKey: appointmentKeys.all })
    void queryClient.invalidateQueries({ queryKey: ['inbox'] })
  }

  const onError = (error: unknown) => {
    if (!isApiError(error)) return setFailure({ message: messageOf(error) })
    const extensions = error.extensions as { nextFreeSlots?: FreeSlot[]; existingId?: string }
    if (error.code === 'SLOT_FULL') {
      void slots.refetch()
      const message = rescheduleId ? `${error.userMessage}原预约仍然保留。` : error.userMessage
      setFailure({ message, nextFreeSlots: extensions.nextFreeSlots ?? [], canWaitlist: !rescheduleId })
    } else if (error.code === 'SLOT_NOT_FULL') {
      void slots.refetch()
      setMode('book')
      setKey(newIdempotencyKey())
      setFailure({ message: error.userMessage })
    } else if (error.code === 'ONE_BOOKING_PER_DAY' || error.code === 'ALREADY_WAITLISTED') {
      setFailure({ message: error.userMessage, existingId: error.code === 'ONE_BOOKING_PER_DAY' ? extensions.existingId : undefined })
    } else {
      setFailure({ message: error.userMessage })
    }
  }

  const book = useMutation({
    mutationFn: () => createBooking(body, key),
    onSuccess: (result) => {
      invalidate()
      notify('预约成功', 'done')
      void Taro.redirectTo({ url: routes.appointments.detail(result.booking.id) })
    },
    onError,
  })

  const move = useMutation({
    mutationFn: () => rescheduleBooking(rescheduleId, body, key),
    onSuccess: (result) => {
      invalidate()
      queryClient.setQueryData(appointmentKeys.booking(result.booking.id), result.booking)
      notify('改约成功', 'done')
      void Taro.redirectTo({ url: routes.appointments.detail(result.booking.id) })
    },
    onError,
  })

  const waitlist = useMutation({
    mutationFn: () => joinWaitlist(body, key),
    onSuccess: () => {
      invalidate()
      notify('已加入候补', 'done')
      void Taro.redirectTo({ url: routes.appointments.mine('waitlist') })
    },
    onError,
  })

  function confirm() {
    // WeChat only allows the subscription request inside the tap, before any await.
    void askForSubscriptions(mode === 'book' ? ['appointment_reminder'] : ['appointment_waitlist', 'appointment_reminder'])
    if (book.isPending || waitlist.isPending || move.isPending) return
    setFailure(null)
    if (rescheduleId) move.mutate()
    else if (mode === 'book') book.mutate()
    else waitlist.mutate()
  }

  function switchTo(free: FreeSlot) {
    setTarget({ date: free.date, start: free.start })
    setMode('book')
    setKey(newIdempotencyKey())
    setFailure(null)
  }

  function toWaitlist() {
    setMode('waitlist')
    setKey(newIdempotencyKey())
    setFailure(null)
  }

  const pending = book.isPending || waitlist.isPending || move.isPending
  const newTime = slot ? formatSlot(slot.date, slot.start, slot.end) : `${target.date} ${target.start}`

  return (
    <PageShell>
      <LoginRequired reason='登录后才能预约办事，预约信息与您的实名身份绑定'>
        <QueryState query={hall}>
          <View className='confirm'>
            <View className='confirm__card card'>
              <Text className='confirm__heading'>{rescheduleId ? '请核对改约信息' : mode === 'book' ? '请核对预约信息' : '加入候补'}</Text>
              <Row label='预约人' value={me.data?.name ?? '…'} />
              <Row label='办理事项' value={serviceName} />
              <Row label='办事大厅' value={hall.data?.name ?? ''} />
              <Row label='地址' value={hall.data?.address ?? ''} />
              {rescheduleId ? (
                <Row label='改约' value={`${old.data ? formatSlot(old.data.date, old.data.start, old.data.end) : '…'} → ${newTime}`} />
              ) : (
                <Row label='时间' value={newTime} />
              )}
              {slot ? (
                <Row label='名额' value={slot.remaining > 0 ? `剩余 ${slot.remaining} 个` : `已约满${slot.waitlisted > 0 ? `，${slot.waitlisted} 人候补` : ''}`} />
              ) : null}
            </View>
            <Text className='confirm__rules'>{RULES_TEXT}</Text>
            {mode === 'waitlist' ? (
              <Text className='confirm__rules'>候补按加入先后排队。有人取消时，系统自动为排在最前、当天没有其他预约的人预约，并发消息通知。</Text>
            ) : null}

            {failure ? (
              <View className='confirm__failure' role='alert'>
                <Text className='confirm__failure-text'>{failure.message}</Text>
                {failure.nextFreeSlots && failure.nextFreeSlots.length > 0 ? (
                  <View className='confirm__alternatives' role='group' aria-label='可改约的时段'>
                    {failure.nextFreeSlots.map((free) => (
                      <View
                        key={`${free.date} ${free.start}`}
                        className='confirm__alternative'
                        role='button'
                        aria-label={`改约 ${formatSlot(free.date, free.start, free.end)}，余 ${free.remaining} 个`}
                        onClick={() => switchTo(free)}
                      >
                        <Text>改约 {formatSlot(free.date, free.start, free.end)}</Text>
                        <Text className='confirm__alternative-note'>余 {free.remaining} 个</Text>
                      </View>
                    ))}
                  </View>
                ) : null}
                {failure.canWaitlist ? (
                  <Button type='primary' fill='outline' block onClick={toWaitlist}>
                    加入这个时段的候补
                  </Button>
                ) : null}
                {failure.existingId ? (
                  <Button
                    type='primary'
                    fill='outline'
                    block
                    onClick={() => openPage(routes.appointments.detail(failure.existingId!))}
                  >
                    查看当天已有的预约
                  </Button>
                ) : null}
              </View>
            ) : null}

            <View className='confirm__actions'>
              {/* A full slot: the way on is one of the alternatives above or the waitlist. */}
              {failure?.canWaitlist ? null : (
                <Button type='primary' block size='large' loading={pending} disabled={pending || !me.data} onClick={confirm}>
                  {rescheduleId ? '确认改约' : mode === 'book' ? '确认预约' : '确认加入候补'}
                </Button>
              )}
              <Button fill='outline' type='default' block size='large' onClick={() => goBackOr(routes.appointments.halls())}>
                返回修改
              </Button>
            </View>
          </View>
        </QueryState>
      </LoginRequired>
    </PageShell>
  )
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className='confirm__row'>
      <Text className='confirm__label'>{label}</Text>
      <Text className='confirm__value'>{value}</Text>
    </View>
  )
}
