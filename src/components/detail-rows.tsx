import { Text, View } from '@tarojs/components'
import { DatedText } from './dated-text'
import './detail-rows.scss'
import { CodeText } from './code-text'

export interface DetailRow {
  label: string
  value: string
  /** A number or code the user copies or reads out (办件编号, 订单编号): selectable, grouped. */
  code?: boolean
}

/** Label–value rows of a detail card (receipts, results, certificates, bills). */
export function DetailRows({ rows, className }: { rows: readonly DetailRow[]; className?: string }) {
  return (
    <View className={`detail-rows${className ? ` ${className}` : ''}`}>
      {rows.map((row) => (
        <View key={row.label} className='detail-rows__row'>
          <Text className='detail-rows__label'>{row.label}</Text>
          {row.code ? (
            <CodeText className='detail-rows__value detail-rows__value--code' code={row.value} />
          ) : (
            <DatedText className='detail-rows__value' text={row.value} />
          )}
        </View>
      ))}
    </View>
  )
}
