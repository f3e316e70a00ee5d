import type { Payment } from '@contract'
import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import Taro, { useUnload } from '@tarojs/taro'
import { useMutation } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { newIdempotencyKey } from '@/api/client'
import { isApiError, messageOf } from '@/api/errors'
import { decodeItems } from '@/api/payable-ref'
import { cancelPayment, createPayment } from '@/api/payments'
import { AmountBar } from '@/components/amount-bar'
import { EmptyState } from '@/components/empty-state'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { formatFen } from '@/lib/money'
import { usePageParams } from '@/lib/navigation'
import { platform } from '@/platform'
import { routes } from '@/routes'
import './index.scss'

/**
 * 统一支付 checkout. The payment is created when this page opens (the user just
 * tapped 缴费) with ONE Idempotency-Key for this visit, so a retry after a lost
 * answer finds the same payment. Leaving without paying cancels it, which frees
 * the bills at once instead of after the 90-minute expiry.
 */
export default function CheckoutPage() {
  const params = usePageParams(routes.payments.checkout)
  const items = useRef(decodeItems(params.items)).current
  const key = useRef(newIdempotencyKey()).current
  const handedOver = useRef(false)
  const [payment, setPayment] = useState<Payment | null>(null)

  const create = useMutation({
    mutationFn: () => createPayment(items, platform.channel, key),
    onSuccess: setPayment,
    onError: (error) => {
      // Already being paid elsewhere (another tap, another device): follow that payment.
      const openId = isApiError(error) ? error.extensions.openPaymentId : undefined
      if (typeof openId === 'string') void Taro.redirectTo({ url: routes.payments.result(openId) })
    },
  })

  useEffect(() => {
    if (items.length > 0) create.mutate()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  useUnload(() => {
    if (payment && !handedOver.current && payment.status === 'created') void cancelPayment(payment.id).catch(() => undefined)
  })

  async function pay() {
    if (!payment) return
    handedOver.current = true
    const outcome = await platform.requestPayment(payment.channelParams, routes.payments.result(payment.id))
    if (outcome === 'redirected') return
    // Whatever the payment sheet said, the result page asks the server.
    void Taro.redirectTo({ url: routes.payments.result(payment.id, outcome) })
  }

  async function abandon() {
    if (payment) await cancelPayment(payment.id).catch(() => undefined)
    handedOver.current = true
    void Taro.navigateBack()
  }

  if (items.length === 0) {
    return (
      <PageShell>
        <EmptyState title='没有要缴纳的项目' description='请返回上一页重新选择' />
      </PageShell>
    )
  }

  return (
    <PageShell className='checkout-page'>
      <LoginRequired reason='登录后才能缴费'>
        {create.isPending || (!payment && !create.isError) ? (
          <View className='checkout__pending' aria-busy='true'>
            <Text>正在生成缴费订单…</Text>
          </View>
        ) : null}
        {create.isError && !(isApiError(create.error) && create.error.extensions.openPaymentId) ? (
          <View className='checkout__error card' role='alert'>
            <Text className='checkout__error-title'>暂时无法缴费</Text>
            <Text>{messageOf(create.error)}</Text>
            <Button type='primary' fill='outline' onClick={() => create.mutate()}>
              重试
            </Button>
          </View>
        ) : null}
        {payment ? (
          <>
            <View className='checkout__summary card'>
              <Text className='checkout__caption'>统一公共支付平台</Text>
              <Text className='checkout__amount'>{formatFen(payment.amountFen)}</Text>
              <Text className='checkout__desc'>{payment.description}</Text>
            </View>
            <View className='checkout__items card' aria-label='缴费明细'>
              {payment.items.map((item) => (
                <View key={`${item.kind}:${item.id}`} className='checkout__item'>
                  <Text>{item.description}</Text>
                  <Text>{formatFen(item.amountFen)}</Text>
                </View>
              ))}
            </View>
            <Text className='checkout__note'>
              支付结果以缴费单位确认为准。如遇网络中断，请勿重复付款，可在「缴费记录」中查看结果。
            </Text>
            <View className='checkout__cancel'>
              <Button fill='none' onClick={() => void abandon()}>
                取消缴费
              </Button>
            </View>
            <AmountBar totalFen={payment.amountFen} label='应缴金额' actionText='确认支付' onAction={() => void pay()} />
          </>
        ) : null}
      </LoginRequired>
    </PageShell>
  )
}
