import { Text } from '@tarojs/components'
import { splitDates } from '@/lib/split-dates'

// Dates and times kept whole: browsers and mini-programs may break a line after a hyphen, which left
// "2026-12-" on one line and "03" on the next (issue 15). Only the date pieces become nodes of
// their own; the rest stays one string.

/** A line of text whose dates never break across lines. */
export function DatedText({ text, className }: { text: string; className?: string }) {
  const parts = splitDates(text)
  if (parts.length === 1 && !parts[0].date) return <Text className={className}>{text}</Text>
  return (
    <Text className={className}>
      {parts.map((part, index) => (part.date ? <Text key={index} className='nowrap'>{part.text}</Text> : part.text))}
    </Text>
  )
}
