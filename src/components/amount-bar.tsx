import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { formatFen } from '@contract/rules/money'
import './amount-bar.scss'

/** The fixed bottom bar of a checkout-like page: total and one action. */
export function AmountBar({
  totalFen,
  label,
  actionText,
  disabled,
  loading,
  onAction,
}: {
  totalFen: number
  label: string
  actionText: string
  disabled?: boolean
  loading?: boolean
  onAction: () => void
}) {
  return (
    <View className='amount-bar'>
      <View className='amount-bar__total' aria-live='polite'>
        <Text className='amount-bar__label'>{label}</Text>
        <Text className='amount-bar__amount'>{formatFen(totalFen)}</Text>
      </View>
      <Button type='primary' size='large' disabled={disabled} loading={loading} onClick={onAction}>
        {actionText}
      </Button>
    </View>
  )
}
