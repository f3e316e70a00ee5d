import type { CaseEvent } from '@contract'
import { Text, View } from '@tarojs/components'
import { formatDateTime } from '@/lib/dates'
import { DatedText } from '@/components/dated-text'
import { STAGE_TEXT } from '../model/case-text'
import './case-parts.scss'

/** 办理进度: every event, newest first, with stage, time, department and note. */
export function CaseTimeline({ events }: { events: CaseEvent[] }) {
  const newestFirst = [...events].reverse()
  return (
    <View className='case-timeline' role='list' aria-label='办理进度'>
      {newestFirst.map((event, index) => (
        <View key={`${event.at}-${index}`} className={`case-timeline__event${index === 0 ? ' case-timeline__event--latest' : ''}`} role='listitem'>
          <View className='case-timeline__dot' aria-hidden />
          <View className='case-timeline__body'>
            <Text className='case-timeline__stage'>
              {STAGE_TEXT[event.stage]}
              {index === 0 ? '（当前）' : ''}
            </Text>
            <DatedText className='case-timeline__meta' text={`${formatDateTime(event.at)} · ${event.department}`} />
            <DatedText className='case-timeline__note' text={event.note} />
          </View>
        </View>
      ))}
    </View>
  )
}
