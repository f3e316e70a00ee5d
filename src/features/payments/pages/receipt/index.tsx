import { Text, View } from '@tarojs/components'
import { useQuery } from '@tanstack/react-query'
import { fetchReceipt } from '../../api'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { QueryState } from '@/components/query-state'
import { formatFen } from '@contract/rules/money'
import { usePageParams } from '@/lib/navigation'
import { routes } from '@/routes'
import { PaymentLines } from '../../components/payment-lines'
import { formatDateTime } from '@/lib/dates'
import './index.scss'

export default function ReceiptPage() {
  const { paymentId } = usePageParams(routes.payments.receipt)
  const receipt = useQuery({ queryKey: ['receipt', paymentId], queryFn: () => fetchReceipt(paymentId), enabled: !!paymentId, staleTime: Infinity })

  return (
    <PageShell>
      <LoginRequired reason='登录后查看电子票据'>
        <QueryState query={receipt} rows={6}>
          {receipt.data ? (
            <View className='receipt card' aria-label='电子票据'>
              <Text className='receipt__title'>浙江省非税收入统一电子票据</Text>
              <Text className='receipt__row'>票据号码：{receipt.data.number}</Text>
              <Text className='receipt__row'>校验码：{receipt.data.checkCode}</Text>
              <Text className='receipt__row'>交款人：{receipt.data.payerName}</Text>
              <Text className='receipt__row'>开票时间：{formatDateTime(receipt.data.paidAt)}</Text>
              <View className='receipt__items'>
                <PaymentLines items={receipt.data.items} label='票据明细' />
              </View>
              <View className='receipt__total'>
                <Text>合计</Text>
                <Text className='receipt__amount'>{formatFen(receipt.data.amountFen)}</Text>
              </View>
              <Text className='receipt__issuer'>收款单位：{receipt.data.issuer}</Text>
              <Text className='receipt__seal' aria-hidden>
                电子票据专用章
              </Text>
            </View>
          ) : null}
        </QueryState>
      </LoginRequired>
    </PageShell>
  )
}
