import type { Bill } from '@contract'
import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { QueryState } from '@/components/query-state'
import { formatFen } from '@contract/rules/money'
import { openPage, usePageParams } from '@/lib/navigation'
import { billName } from '@contract/rules/utility-types'
import { routes } from '@/routes'
import { formatDateTime } from '@/lib/dates'
import { useBill } from '../../api'
import './index.scss'

const STATUS_TEXT: Record<Bill['status'], string> = { unpaid: '未缴', paying: '缴费中', paid: '已缴' }
const PAID_BY_TEXT: Record<NonNullable<Bill['paidBy']>, string> = {
  self: '由您缴纳',
  other: '由绑定同一户号的家人缴纳',
  elsewhere: '已在其他渠道缴纳（如银行代扣、营业厅）',
}

export default function BillPage() {
  const id = usePageParams(routes.bills.bill).id
  const bill = useBill(id)
  useDidShow(() => void bill.refetch())
  const data = bill.data

  return (
    <PageShell>
      <LoginRequired reason='登录后查看账单'>
        <QueryState query={bill} rows={5}>
          {data ? (
            <View className='bill'>
              <View className='bill__head card'>
                <Text className='bill__title'>
                  {data.period} {billName(data.type)}
                </Text>
                <Text className='bill__amount'>{formatFen(data.amountFen)}</Text>
                <Text className={`bill__status bill__status--${data.status}`}>{STATUS_TEXT[data.status]}</Text>
              </View>
              <View className='bill__rows card' aria-label='账单信息'>
                <Text>缴费单位：{data.providerName}</Text>
                {data.usage ? (
                  <Text>
                    本期用量：{data.usage.quantity} {data.usage.unit}
                  </Text>
                ) : null}
                <Text>出账时间：{formatDateTime(data.issuedAt)}</Text>
                <Text>缴费截止：{data.dueDate}</Text>
                <Text>滞纳金：{formatFen(data.lateFeeFen)}</Text>
                {data.paidAt ? <Text>缴费时间：{formatDateTime(data.paidAt)}</Text> : null}
                {data.paidBy ? <Text>{PAID_BY_TEXT[data.paidBy]}</Text> : null}
              </View>
              <View className='bill__actions'>
                {data.status === 'unpaid' ? (
                  <Button
                    type='primary'
                    block
                    size='large'
                    onClick={() => openPage(routes.payments.checkout([{ kind: 'bill', id: data.id }]))}
                  >
                    缴纳 {formatFen(data.amountFen)}
                  </Button>
                ) : null}
                {data.status === 'paying' ? (
                  data.paymentId ? (
                    <Button type='primary' block size='large' onClick={() => openPage(routes.payments.resume(data.paymentId!))}>
                      继续支付
                    </Button>
                  ) : (
                    <Text className='bill__note'>家人正在为这笔账单缴费，请稍后查看结果，避免重复缴费。</Text>
                  )
                ) : null}
                {data.status === 'paid' && data.paymentId ? (
                  <Button type='primary' fill='outline' block size='large' onClick={() => openPage(routes.payments.receipt(data.paymentId!))}>
                    查看电子票据
                  </Button>
                ) : null}
              </View>
            </View>
          ) : null}
        </QueryState>
      </LoginRequired>
    </PageShell>
  )
}
