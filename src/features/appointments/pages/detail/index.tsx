import type { Booking } from '@contract'
import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { messageOf } from '@/api/errors'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { QueryState } from '@/components/query-state'
import { openPage, usePageParams } from '@/lib/navigation'
import { platform } from '@/platform'
import { routes } from '@/routes'
import { confirmAction, notify } from '@/lib/dialogs'
import { appointmentKeys, cancelBooking, checkIn, useBooking, useHall, useStanding } from '../../api'
import { StandingNotice } from '../../components/standing-notice'
import { formatInstant, formatSlot, STATUS_LABEL } from '../../model/present'
import './index.scss'

/** One appointment: what, where, when; check in for a queue number on the day; cancel in time. */
export default function DetailPage() {
  const { id } = usePageParams(routes.appointments.detail)
  const queryClient = useQueryClient()
  const booking = useBooking(id)
  const hall = useHall(booking.data?.hallId ?? '')
  const standing = useStanding()
  const [error, setError] = useState<string | null>(null)
  useDidShow(() => void booking.refetch())

  const done = (next: Booking) => {
    queryClient.setQueryData(appointmentKeys.booking(next.id), next)
    void queryClient.invalidateQueries({ queryKey: appointmentKeys.all })
    void queryClient.invalidateQueries({ queryKey: ['inbox'] })
    setError(null)
  }

  const checkInNow = useMutation({
    mutationFn: () => checkIn(id),
    onSuccess: (next) => {
      done(next)
      notify(`签到成功，${next.queueNumber ?? ''}`, 'done')
    },
    onError: (e) => setError(messageOf(e)),
  })

  const cancel = useMutation({
    mutationFn: () => cancelBooking(id),
    onSuccess: (next) => {
      done(next)
      notify('已取消预约', 'done')
    },
    onError: (e) => setError(messageOf(e)),
  })

  async function askCancel() {
    if (cancel.isPending) return
    const confirm = await confirmAction({
      title: '取消预约？',
      content: '取消后名额会让给候补的人。确定取消吗？',
      confirmText: '取消预约',
      cancelText: '不取消',
      destructive: true,
    })
    if (confirm) cancel.mutate()
  }

  const b = booking.data

  return (
    <PageShell>
      <LoginRequired reason='登录后查看预约详情'>
        <QueryState query={booking}>
          {b ? (
            <View className='detail'>
              <StandingNotice standing={standing.data} />
              <View className='detail__card card'>
                <View className='detail__head'>
                  <Text className='detail__service'>{b.serviceName}</Text>
                  <Text className={`detail__status detail__status--${b.status}`}>{STATUS_LABEL[b.status]}</Text>
                </View>
                {b.queueNumber ? (
                  <View className='detail__queue'>
                    <Text className='detail__queue-label'>排队号</Text>
                    <Text className='detail__queue-number'>{b.queueNumber}</Text>
                    <Text className='detail__queue-hint'>请留意大厅叫号屏，过号请到服务台重新取号</Text>
                  </View>
                ) : null}
                <Row label='时间' value={formatSlot(b.date, b.start, b.end)} />
                <Row label='预约人' value={b.name} />
                <Row label='办事大厅' value={b.hallName} />
                <Row label='地址' value={b.hallAddress} />
                {b.viaWaitlist ? <Row label='来源' value='由候补自动转为预约' /> : null}
                {b.status === 'booked' ? (
                  <>
                    <Row label='签到' value={`${formatInstant(b.checkInOpensAt)} 起可签到取号，时段结束前有效`} />
                    <Row label='取消' value={`最晚 ${formatInstant(b.cancellableUntil)} 前可取消`} />
                    <Row label='提醒' value={`${formatInstant(b.reminderAt)} 发送预约提醒`} />
                  </>
                ) : null}
                {b.cancelledAt ? <Row label='取消时间' value={formatInstant(b.cancelledAt)} /> : null}
                {b.status === 'no_show' ? (
                  <Text className='detail__no-show'>时段结束时仍未签到，本次预约记为爽约。</Text>
                ) : null}
              </View>

              {error ? (
                <View className='detail__error' role='alert'>
                  <Text>{error}</Text>
                </View>
              ) : null}

              <View className='detail__actions'>
                {b.status === 'booked' ? (
                  <>
                    <Button
                      type='primary'
                      block
                      size='large'
                      // Until it opens (server clock) the button says when; a tap before then only got a 409.
                      disabled={!b.checkInOpen}
                      loading={checkInNow.isPending}
                      onClick={() => b.checkInOpen && !checkInNow.isPending && checkInNow.mutate()}
                    >
                      {b.checkInOpen ? '签到取号' : `签到取号（${formatInstant(b.checkInOpensAt)} 起）`}
                    </Button>
                    {/* 改约 until the cancel deadline (server clock); the old place is kept until the new one is confirmed. */}
                    {b.changeable ? (
                      <Button
                        type='primary'
                        fill='outline'
                        block
                        size='large'
                        onClick={() => openPage(routes.appointments.book(b.hallId, b.serviceCode, b.id))}
                      >
                        改约
                      </Button>
                    ) : null}
                    <Button type='danger' fill='outline' block size='large' loading={cancel.isPending} onClick={() => void askCancel()}>
                      取消预约
                    </Button>
                  </>
                ) : null}
                {hall.data ? (
                  <Button
                    fill='outline'
                    type='primary'
                    block
                    size='large'
                    onClick={() =>
                      void platform
                        .openLocation({ latitude: hall.data.latitude, longitude: hall.data.longitude, name: hall.data.name, address: hall.data.address })
                        .catch(() => setError('无法打开地图，请按地址前往。'))
                    }
                  >
                    到大厅去（地图）
                  </Button>
                ) : null}
                {b.status === 'cancelled' || b.status === 'no_show' ? (
                  <Button
                    type='primary'
                    block
                    size='large'
                    onClick={() => openPage(routes.appointments.book(b.hallId, b.serviceCode))}
                  >
                    重新预约
                  </Button>
                ) : null}
                {/* The next steps after booking (issue 15.13): all my appointments, or home. */}
                <Button fill='outline' type='default' block size='large' onClick={() => openPage(routes.appointments.mine())}>
                  查看我的预约
                </Button>
                <Button fill='none' block onClick={() => void Taro.switchTab({ url: routes.home() })}>
                  返回首页
                </Button>
              </View>
            </View>
          ) : null}
        </QueryState>
      </LoginRequired>
    </PageShell>
  )
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className='detail__row'>
      <Text className='detail__label'>{label}</Text>
      <Text className='detail__value'>{value}</Text>
    </View>
  )
}
