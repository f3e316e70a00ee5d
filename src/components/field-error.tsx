import { Text, View } from '@tarojs/components'
import './field-error.scss'

/**
 * A field's (or a form's) error, announced as an alert: the message says what to do next.
 * Renders nothing without a message. `outside` when it stands outside a field card (a form error,
 * the error of a choice list) and needs the page's side padding.
 */
export function FieldError({ message, outside = false }: { message?: string | null; outside?: boolean }) {
  if (!message) return null
  return (
    <View className={`field-error${outside ? ' field-error--outside' : ''}`} role='alert'>
      <Text>⚠ {message}</Text>
    </View>
  )
}
