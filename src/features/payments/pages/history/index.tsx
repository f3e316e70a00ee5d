import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useInfiniteQuery } from '@tanstack/react-query'
import { fetchPayments } from '../../api'
import { EmptyState } from '@/components/empty-state'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { QueryState } from '@/components/query-state'
import { formatFen } from '@contract/rules/money'
import { openPage } from '@/lib/navigation'
import { PAYMENT_STATUS_TEXT, type PaymentStatus } from '@/lib/payment-status'
import { routes } from '@/routes'
import { formatDateTime } from '@/lib/dates'
import './index.scss'

const PAGE_SIZE = 20

export default function PaymentHistoryPage() {
  const payments = useInfiniteQuery({
    queryKey: ['payments', 'all'],
    queryFn: ({ pageParam }) => fetchPayments('all', pageParam, PAGE_SIZE),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
  })
  useDidShow(() => void payments.refetch())
  const items = payments.data?.pages.flatMap((page) => page.items) ?? []

  return (
    <PageShell>
      <LoginRequired reason='登录后查看缴费记录'>
        <QueryState query={payments}>
          {items.length === 0 ? (
            <EmptyState title='还没有缴费记录' />
          ) : (
            <View className='history'>
              {items.map((payment) => {
                const text = PAYMENT_STATUS_TEXT[payment.status as PaymentStatus]
                return (
                  <View key={payment.id} className='history__entry card'>
                    <View
                      className='history__item'
                      role='link'
                      onClick={() => openPage(routes.payments.result(payment.id))}
                    >
                      <View className='history__main'>
                        <Text className='history__desc'>{payment.description}</Text>
                        <Text className='history__time'>{formatDateTime(payment.createdAt)}</Text>
                      </View>
                      <View className='history__side'>
                        <Text className='history__amount'>{formatFen(payment.amountFen)}</Text>
                        <Text className={`history__status history__status--${text.tone}`}>{text.label}</Text>
                      </View>
                    </View>
                    {payment.status === 'created' ? (
                      // Not paid yet and not expired: resume THIS payment (a sibling of the link, never nested).
                      <Button type='primary' size='small' className='history__resume' onClick={() => openPage(routes.payments.resume(payment.id))}>
                        继续支付
                      </Button>
                    ) : null}
                  </View>
                )
              })}
              {payments.hasNextPage ? (
                <Button fill='none' block loading={payments.isFetchingNextPage} onClick={() => void payments.fetchNextPage()}>
                  加载更多
                </Button>
              ) : null}
            </View>
          )}
        </QueryState>
      </LoginRequired>
    </PageShell>
  )
}
