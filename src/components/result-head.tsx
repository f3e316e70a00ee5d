import { Text, View } from '@tarojs/components'
import './result-head.scss'

/** The outcome of a payment, an application or a booking, in one pattern (issue 15). */
export type ResultTone = 'success' | 'pending' | 'failed' | 'closed'

/**
 * The head of every result page: a drawn icon (tick, clock, cross, dash) in the outcome's colour,
 * the outcome in words (never colour alone), an optional headline figure (amount, queue number)
 * and what it was for. The page's details and next steps follow it.
 */
export function ResultHead({ tone, title, figure, description }: { tone: ResultTone; title: string; figure?: string; description?: string }) {
  return (
    <View className={`result-head result-head--${tone}`} role='status' aria-live='polite'>
      <View className='result-head__icon' aria-hidden />
      <Text className='result-head__title'>{title}</Text>
      {figure ? <Text className='result-head__figure'>{figure}</Text> : null}
      {description ? <Text className='result-head__description'>{description}</Text> : null}
    </View>
  )
}
