import type { WaitlistEntry } from '@contract'
import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { messageOf } from '@/api/errors'
import { EmptyState } from '@/components/empty-state'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { QueryState } from '@/components/query-state'
import { openPage, usePageParams } from '@/lib/navigation'
import { routes } from '@/routes'
import { notify } from '@/lib/dialogs'
import { appointmentKeys, leaveWaitlist, useMine, useWaitlist } from '../../api'
import { BookingCard } from '../../components/booking-card'
import { StandingNotice } from '../../components/standing-notice'
import { formatSlot, WAITLIST_LABEL } from '../../model/present'
import './index.scss'

const TABS = [
  { key: 'upcoming', label: '待办理', empty: '没有待办理的预约' },
  { key: 'past', label: '已结束', empty: '没有已结束的预约' },
  { key: 'cancelled', label: '已取消', empty: '没有取消过的预约' },
  { key: 'waitlist', label: '候补', empty: '没有候补记录' },
] as const
type Tab = (typeof TABS)[number]['key']

/** My appointments by state, and my waitlist entries; the no-show warning or block on top. */
export default function MinePage() {
  const params = usePageParams(routes.appointments.mine)
  const [tab, setTab] = useState<Tab>(TABS.some((t) => t.key === params.tab) ? (params.tab as Tab) : 'upcoming')
  const list = useMine(tab === 'waitlist' ? 'upcoming' : tab)
  const waitlist = useWaitlist(tab === 'waitlist')
  useDidShow(() => {
    void list.refetch()
    if (tab === 'waitlist') void waitlist.refetch()
  })
  const current = TABS.find((t) => t.key === tab)!

  return (
    <PageShell>
      <LoginRequired reason='登录后查看您的预约、签到取号和候补'>
        <View className='mine'>
          <StandingNotice standing={list.data?.standing} />
          <View className='mine__tabs' role='tablist' aria-label='预约状态'>
            {TABS.map((t) => (
              <View
                key={t.key}
                role='tab'
                aria-selected={tab === t.key}
                aria-label={t.label}
                className={`mine__tab${tab === t.key ? ' mine__tab--selected' : ''}`}
                onClick={() => setTab(t.key)}
              >
                <Text>{t.label}</Text>
              </View>
            ))}
          </View>
          {tab === 'waitlist' ? (
            <QueryState query={waitlist}>
              {(waitlist.data ?? []).length === 0 ? (
                <EmptyState title={current.empty} description='时段约满时可以加入候补，有人取消会自动为您预约' />
              ) : (
                (waitlist.data ?? []).map((entry) => <WaitlistCard key={entry.id} entry={entry} />)
              )}
            </QueryState>
          ) : (
            <QueryState query={list}>
              {(list.data?.items ?? []).length === 0 ? (
                <EmptyState title={current.empty} />
              ) : (
                (list.data?.items ?? []).map((booking) => <BookingCard key={booking.id} booking={booking} />)
              )}
            </QueryState>
          )}
          <View className='mine__actions'>
            <Button type='primary' block size='large' onClick={() => openPage(routes.appointments.halls())}>
              新的预约
            </Button>
          </View>
        </View>
      </LoginRequired>
    </PageShell>
  )
}

function WaitlistCard({ entry }: { entry: WaitlistEntry }) {
  const queryClient = useQueryClient()
  const leave = useMutation({
    mutationFn: () => leaveWaitlist(entry.id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: appointmentKeys.all })
      void queryClient.invalidateQueries({ queryKey: ['inbox'] })
    },
    onError: (error) => notify(messageOf(error)),
  })
  const when = formatSlot(entry.date, entry.start, entry.end)
  return (
    <View className='mine__waitlist card'>
      <View className='mine__waitlist-head'>
        <Text className='mine__waitlist-service'>{entry.serviceName}</Text>
        <Text className={`mine__waitlist-status mine__waitlist-status--${entry.status}`}>{WAITLIST_LABEL[entry.status]}</Text>
      </View>
      <Text>{when}</Text>
      <Text className='mine__waitlist-hall'>{entry.hallName}</Text>
      {entry.status === 'waiting' && entry.position !== null ? (
        <Text className='mine__waitlist-position'>排在第 {entry.position} 位，有人取消时自动为您预约</Text>
      ) : null}
      {entry.status === 'booked' && entry.bookingId ? (
        <Button
          type='primary'
          fill='outline'
          block
          onClick={() => openPage(routes.appointments.detail(entry.bookingId!))}
        >
          查看预约
        </Button>
      ) : null}
      {entry.status === 'waiting' ? (
        <Button fill='outline' type='default' block loading={leave.isPending} onClick={() => leave.mutate()}>
          放弃候补
        </Button>
      ) : null}
    </View>
  )
}
