import { Text } from '@tarojs/components'

// Dates and times ("2026-12-03", "2026-12-03 18:24", "09:00-09:30") kept whole: browsers and
// mini-programs may break a line after a hyphen, which left "2026-12-" on one line and "03" on the
// next (issue 15). Only the date pieces become nodes of their own; the rest stays one string.
const DATE = /(\d{4}-\d{2}(?:-\d{2})?(?: \d{2}:\d{2})?|\d{1,2}:\d{2}(?:-\d{1,2}:\d{2})?)/

export function splitDates(text: string): Array<{ text: string; date: boolean }> {
  return text
    .split(DATE)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, date: DATE.test(part) && part.match(DATE)?.[0] === part }))
}

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
