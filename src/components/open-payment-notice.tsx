import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { openPage } from '@/lib/navigation'
import { routes } from '@/routes'
import './open-payment-notice.scss'

/**
 * Items of this list sit in the caller's own unfinished payment(s) (a closed tab, an interrupted
 * payment sheet): say so and offer 继续支付 instead of leaving them 缴费中 for 90 minutes.
 */
export function OpenPaymentNotice({ paymentIds, noun }: { paymentIds: readonly string[]; noun: string }) {
  const unique = [...new Set(paymentIds)]
  if (unique.length === 0) return null
  return (
    <View className='open-payment card' role='status'>
      <Text className='open-payment__text'>
        {unique.length > 1 ? `有 ${unique.length} 笔支付尚未完成` : '有一笔支付尚未完成'}，其中的{noun}暂时不能重新选择。可继续支付，或进入后取消。
      </Text>
      {unique.map((id, index) => (
        <Button key={id} type='primary' block onClick={() => openPage(routes.payments.resume(id))}>
          {unique.length > 1 ? `继续支付（第 ${index + 1} 笔）` : '继续支付'}
        </Button>
      ))}
    </View>
  )
}
