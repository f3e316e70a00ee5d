import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { fetchPayment } from '../../api'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { QueryState } from '@/components/query-state'
import { formatFen } from '@contract/rules/money'
import { openPage, usePageParams } from '@/lib/navigation'
import { PAYMENT_STATUS_TEXT, type PaymentStatus } from '@/lib/payment-status'
import { ResultHead, type ResultTone } from '@/components/result-head'
import { formatDateTime } from '@/lib/dates'
import { platform } from '@/platform'
import { routes } from '@/routes'
import { CopyButton } from '@/components/copy-button'
import { PaymentLines } from '../../components/payment-lines'
import './index.scss'

const RESULT_TONE: Record<(typeof PAYMENT_STATUS_TEXT)[PaymentStatus]['tone'], ResultTone> = { success: 'success', pending: 'pending', danger: 'failed', muted: 'closed' }

/** Fast polling for the first minute, then slower: the answer may take a while but is never dropped. */
function pollInterval(startedAt: number): number {
  return Date.now() - startedAt < 60_000 ? 1500 : 10_000
}

export default function PaymentResultPage() {
  const id = usePageParams(routes.payments.result).id
  const queryClient = useQueryClient()
  const openedAt = useRef(Date.now()).current
  const payment = useQuery({
    queryKey: ['payment', id],
    queryFn: () => fetchPayment(id),
    enabled: !!id,
    refetchInterval: (query) => (query.state.data?.finished ? false : pollInterval(openedAt)),
  })

  // Back from the cashier or the app: ask the server again at once.
  useDidShow(() => void payment.refetch())

  const finished = payment.data?.finished
  useEffect(() => {
    // Bills, fines and the inbox all change when a payment ends.
    if (finished) void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'payment' })
  }, [finished, queryClient])

  const status = (payment.data?.status ?? 'created') as PaymentStatus
  const text = PAYMENT_STATUS_TEXT[status]
  const waitedLong = Date.now() - openedAt > 60_000

  return (
    <PageShell>
      <LoginRequired reason='登录后查看缴费结果'>
        <QueryState query={payment}>
          {payment.data ? (
            <View className='result'>
              <ResultHead tone={RESULT_TONE[text.tone]} title={text.label} figure={formatFen(payment.data.amountFen)} description={payment.data.description} />

              {status === 'started' ? (
                <View className='result__explain card'>
                  <Text>支付已提交，正在等待缴费单位确认{waitedLong ? '，确认时间较长' : ''}。</Text>
                  <Text>您可以离开本页，结果会在「缴费记录」中自动更新；请勿重复付款，系统不会重复扣款。</Text>
                </View>
              ) : null}
              {status === 'created' ? (
                <View className='result__explain card'>
                  <Text>尚未完成支付。如果您已经付款，请稍候，结果确认后会自动更新。</Text>
                  <Text>订单将于 {formatDateTime(payment.data.expiresAt)} 自动关闭。</Text>
                  <Button type='primary' block onClick={() => void platform.requestPayment(payment.data!.channelParams, routes.payments.result(id)).then(() => payment.refetch())}>
                    继续支付
                  </Button>
                </View>
              ) : null}
              {payment.data.failure ? (
                <View className='result__explain card' role='alert'>
                  <Text>{payment.data.failure.message}</Text>
                  <Text>本次未扣款，相关账单已恢复为待缴，可重新缴费。</Text>
                </View>
              ) : null}

              <View className='result__details card'>
                <View className='result__number'>
                  <Text>订单编号：{payment.data.id}</Text>
                  <CopyButton text={payment.data.id} label='复制订单编号' />
                </View>
                <Text>创建时间：{formatDateTime(payment.data.createdAt)}</Text>
                {payment.data.finishedAt ? <Text>完成时间：{formatDateTime(payment.data.finishedAt)}</Text> : null}
                <PaymentLines items={payment.data.items} />
              </View>

              <View className='result__actions'>
                {status === 'success' ? (
                  <Button type='primary' block size='large' onClick={() => openPage(routes.payments.receipt(id))}>
                    查看电子票据
                  </Button>
                ) : null}
                <Button fill='outline' type='primary' block size='large' onClick={() => openPage(routes.payments.history())}>
                  缴费记录
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
