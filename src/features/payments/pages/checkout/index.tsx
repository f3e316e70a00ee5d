import type { Payment, PaymentItem } from '@contract'
import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { newIdempotencyKey } from '@/api/client'
import { isApiError, messageOf } from '@/api/errors'
import { decodeItems } from '@/api/payable-ref'
import { cancelPayment, createPayment, fetchPayment, fetchQuote } from '../../api'
import { AmountBar } from '@/components/amount-bar'
import { EmptyState } from '@/components/empty-state'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { formatFen } from '@contract/rules/money'
import { formatDateTime } from '@/lib/dates'
import { usePageParams } from '@/lib/navigation'
import { platform } from '@/platform'
import { routes } from '@/routes'
import { PaymentLines } from '../../components/payment-lines'
import './index.scss'

/** The caller's own open payment holding one of the items, from a 409 ITEM_IN_OPEN_PAYMENT. */
function openPaymentOf(error: unknown): string | undefined {
  const id = isApiError(error) ? error.extensions.openPaymentId : undefined
  return typeof id === 'string' ? id : undefined
}

/**
 * 统一支付 checkout. Two ways in:
 * - `?items=bill:…,fine:…` — the selection is only PRICED (GET /payments/quote: nothing created,
 *   nothing held), so going back or closing the tab leaves no order and no bill stuck in 缴费中.
 *   The payment is created on 确认支付, with one Idempotency-Key for this visit (a retry after a
 *   lost answer finds the same payment).
 * - `?paymentId=pay_…` — 继续支付: an open payment (from the bill or fine list, the to-do inbox or
 *   缴费记录) is shown and handed to the platform again; the same payment, never a new one.
 * Whether money moved is decided only by the server (the result page asks GET /payments/{id}).
 */
export default function CheckoutPage() {
  return (
    <PageShell className='checkout-page'>
      <LoginRequired reason='登录后才能缴费'>
        <Checkout />
      </LoginRequired>
    </PageShell>
  )
}

function Checkout() {
  const params = usePageParams(routes.payments.checkout)
  const items = useRef(decodeItems(params.items)).current
  const paymentId = params.paymentId
  if (paymentId) return <ResumePayment id={paymentId} />
  if (items.length === 0) return <EmptyState title='没有要缴纳的项目' description='请返回上一页重新选择' />
  return <NewPayment items={items} />
}

function NewPayment({ items }: { items: ReturnType<typeof decodeItems> }) {
  const key = useRef(newIdempotencyKey()).current
  const busy = useRef(false)
  const queryClient = useQueryClient()
  const [changed, setChanged] = useState<Payment | null>(null)
  const [confirmed, setConfirmed] = useState(false)
  // Once 确认支付 is tapped the quote is history: refetching it (the page shown again behind the
  // payment sheet) would only find the items held by the payment just created.
  const quote = useQuery({ queryKey: ['payments', 'quote', items], queryFn: () => fetchQuote(items), retry: false, enabled: !confirmed })

  // Already in one of my open payments (a tab closed mid-payment, the back button from the
  // cashier): show that payment instead of refusing.
  const heldBy = openPaymentOf(quote.error)
  useEffect(() => {
    if (heldBy) void Taro.redirectTo({ url: routes.payments.resume(heldBy) })
  }, [heldBy])

  const create = useMutation({
    mutationFn: () => createPayment(items, platform.channel, key),
    onSuccess: async (payment) => {
      void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'payment' })
      // A fine's surcharge grows at midnight: if the price moved since the quote, show it first.
      if (quote.data && payment.amountFen !== quote.data.amountFen) {
        setChanged(payment)
        void Taro.showToast({ title: '金额已更新，请确认后支付', icon: 'none' })
        return
      }
      await handOver(payment)
    },
    onError: (error) => {
      busy.current = false
      setConfirmed(false)
      const openId = openPaymentOf(error)
      if (openId) void Taro.redirectTo({ url: routes.payments.resume(openId) })
      else void Taro.showToast({ title: messageOf(error), icon: 'none' })
    },
  })

  function confirm() {
    // A double tap creates nothing twice (same key), but must not open the payment sheet twice.
    if (busy.current) return
    busy.current = true
    setConfirmed(true)
    create.mutate()
  }

  if (changed) return <ResumePayment id={changed.id} initial={changed} />
  if (quote.isPending || heldBy) {
    return (
      <View className='checkout__pending' aria-busy='true'>
        <Text>正在计算应缴金额…</Text>
      </View>
    )
  }
  if (quote.isError) {
    return (
      <View className='checkout__error card' role='alert'>
        <Text className='checkout__error-title'>暂时无法缴费</Text>
        <Text>{messageOf(quote.error)}</Text>
        <Button type='primary' fill='outline' onClick={() => void quote.refetch()}>
          重试
        </Button>
      </View>
    )
  }
  return (
    <Summary amountFen={quote.data.amountFen} description={quote.data.description} items={quote.data.items}>
      <AmountBar totalFen={quote.data.amountFen} label='应缴金额' actionText='确认支付' loading={create.isPending} onAction={confirm} />
    </Summary>
  )
}

async function handOver(payment: Payment): Promise<void> {
  const outcome = await platform.requestPayment(payment.channelParams, routes.payments.result(payment.id))
  if (outcome === 'redirected') return
  // Whatever the payment sheet said, the result page asks the server.
  void Taro.redirectTo({ url: routes.payments.result(payment.id, outcome) })
}

function ResumePayment({ id, initial }: { id: string; initial?: Payment }) {
  const queryClient = useQueryClient()
  const busy = useRef(false)
  const payment = useQuery({ queryKey: ['payment', id], queryFn: () => fetchPayment(id), initialData: initial })
  const finished = payment.data?.finished

  // Finished meanwhile (paid, expired, cancelled): the result page says what happened.
  useEffect(() => {
    if (finished) void Taro.redirectTo({ url: routes.payments.result(id) })
  }, [finished, id])

  const cancel = useMutation({
    mutationFn: () => cancelPayment(id),
    onSuccess: () => {
      void queryClient.invalidateQueries()
      void Taro.showToast({ title: '已取消，账单已恢复为待缴', icon: 'none' })
      void Taro.navigateBack().catch(() => Taro.switchTab({ url: routes.home() }))
    },
    onError: (error) => void Taro.showToast({ title: messageOf(error), icon: 'none' }),
  })

  async function pay(data: Payment) {
    if (busy.current) return
    busy.current = true
    await handOver(data).finally(() => {
      busy.current = false
    })
  }

  async function confirmCancel() {
    const { confirm } = await Taro.showModal({
      title: '取消这笔支付',
      content: '取消后相关项目恢复为待缴，可以重新缴费。',
      confirmText: '取消支付',
      cancelText: '再想想',
    })
    if (confirm) cancel.mutate()
  }

  if (payment.isPending) {
    return (
      <View className='checkout__pending' aria-busy='true'>
        <Text>正在读取支付订单…</Text>
      </View>
    )
  }
  if (payment.isError) {
    return (
      <View className='checkout__error card' role='alert'>
        <Text className='checkout__error-title'>无法读取这笔支付</Text>
        <Text>{messageOf(payment.error)}</Text>
        <Button type='primary' fill='outline' onClick={() => void payment.refetch()}>
          重试
        </Button>
      </View>
    )
  }
  const data = payment.data
  // Channel parameters only work on the channel they were issued for (WeChat Pay in WeChat, …).
  const here = data.channel === platform.channel
  return (
    <Summary amountFen={data.amountFen} description={data.description} items={data.items}>
      <View className='checkout__open card' role='status'>
        <Text>这笔支付尚未完成，将于 {formatDateTime(data.expiresAt)} 自动关闭。</Text>
        {here ? null : <Text>它是在其他渠道（{CHANNEL_NAME[data.channel]}）发起的，请在那里继续，或取消后在这里重新缴费。</Text>}
      </View>
      <View className='checkout__cancel'>
        <Button fill='none' type='danger' loading={cancel.isPending} onClick={() => void confirmCancel()}>
          取消这笔支付
        </Button>
      </View>
      {here ? <AmountBar totalFen={data.amountFen} label='应缴金额' actionText='继续支付' onAction={() => void pay(data)} /> : null}
    </Summary>
  )
}

const CHANNEL_NAME: Record<Payment['channel'], string> = { weapp: '微信', alipay: '支付宝', h5: '网页' }

function Summary({
  amountFen,
  description,
  items,
  children,
}: {
  amountFen: number
  description: string
  items: readonly PaymentItem[]
  children: ReactNode
}) {
  return (
    <>
      <View className='checkout__summary card'>
        <Text className='checkout__caption'>统一公共支付平台</Text>
        <Text className='checkout__amount'>{formatFen(amountFen)}</Text>
        <Text className='checkout__desc'>{description}</Text>
      </View>
      <View className='checkout__items card'>
        <PaymentLines items={items} />
      </View>
      <Text className='checkout__note'>支付结果以缴费单位确认为准。如遇网络中断，请勿重复付款，可在「缴费记录」中查看结果。</Text>
      {children}
    </>
  )
}
