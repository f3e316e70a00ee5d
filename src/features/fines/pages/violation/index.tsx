import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { CodeText } from '@/components/code-text'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { QueryState } from '@/components/query-state'
import { formatFen } from '@contract/rules/money'
import { openPage, usePageParams } from '@/lib/navigation'
import { routes } from '@/routes'
import { formatDateTime } from '@/lib/dates'
import { useViolation } from '../../api'
import { ChargeBreakdown } from '../../components/charge-breakdown'
import { UNPROCESSED_NOTE, VIOLATION_STATUS_TEXT } from '../../model/charge'
import './index.scss'

export default function ViolationPage() {
  const id = usePageParams(routes.fines.violation).id
  const violation = useViolation(id)
  useDidShow(() => void violation.refetch())
  const data = violation.data

  return (
    <PageShell>
      <LoginRequired reason='登录后查看交通违法详情'>
        <QueryState query={violation} rows={6}>
          {data ? (
            <View className='violation'>
              <View className='violation__head card'>
                <Text className='violation__act'>{data.act}</Text>
                <Text className={`violation__status violation__status--${data.status}`}>{VIOLATION_STATUS_TEXT[data.status]}</Text>
              </View>
              <View className='violation__rows card' aria-label='违法信息'>
                <Text>车牌号码：{data.plate}</Text>
                <Text>违法时间：{formatDateTime(data.occurredAt)}</Text>
                <Text>违法地点：{data.place}</Text>
                <Text>违法代码：{data.code}</Text>
                <Text>罚款金额：{formatFen(data.fineFen)}</Text>
                <Text>记分：{data.points} 分</Text>
                {data.decisionNumber ? (
                  <Text>
                    决定书编号：<CodeText code={data.decisionNumber} />
                  </Text>
                ) : null}
                {data.decisionReceivedOn ? <Text>收到日期：{data.decisionReceivedOn.slice(0, 10)}</Text> : null}
                {data.paidAt ? <Text>缴款时间：{formatDateTime(data.paidAt)}</Text> : null}
              </View>

              {data.status === 'unprocessed' ? <Text className='violation__note card'>{UNPROCESSED_NOTE}，处理后可在此缴纳罚款。</Text> : null}
              {data.status !== 'unprocessed' && data.charge ? <ChargeBreakdown charge={data.charge} showNote={data.status === 'awaiting_payment'} /> : null}

              <View className='violation__actions'>
                {data.status === 'awaiting_payment' && data.charge ? (
                  <Button
                    type='primary'
                    block
                    size='large'
                    onClick={() =>
                      openPage(data.openPaymentId ? routes.payments.resume(data.openPaymentId) : routes.payments.checkout([{ kind: 'fine', id: data.id }]))
                    }
                  >
                    {data.openPaymentId ? '继续支付' : `缴纳 ${formatFen(data.charge.totalFen)}`}
                  </Button>
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
