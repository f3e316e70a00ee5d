import type { PaymentItem } from '@contract'
import { Text, View } from '@tarojs/components'
import { formatFen } from '@contract/rules/money'
import './payment-lines.scss'

/**
 * The items of a quote, payment or receipt, each with its parts when it has several (a fine:
 * 罚款 + 加处罚款), so the user sees why a fine costs more than the fine (issue 15.12).
 */
export function PaymentLines({ items, label = '缴费明细' }: { items: readonly PaymentItem[]; label?: string }) {
  return (
    <View className='payment-lines' aria-label={label}>
      {items.map((item) => (
        <View key={`${item.kind}:${item.id}`} className='payment-lines__item'>
          <View className='payment-lines__row'>
            <Text className='payment-lines__desc'>{item.description}</Text>
            <Text className='payment-lines__amount'>{formatFen(item.amountFen)}</Text>
          </View>
          {item.breakdown?.map((part) => (
            <View key={part.label} className='payment-lines__part'>
              <Text>{part.label}</Text>
              <Text>{formatFen(part.amountFen)}</Text>
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}
