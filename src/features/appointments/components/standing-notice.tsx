import type { Standing } from '@contract'
import { Text, View } from '@tarojs/components'
import { standingNotice } from '../model/present'
import './standing-notice.scss'

/** The no-show warning or the booking block, in plain words (a text label, not just a colour). */
export function StandingNotice({ standing }: { standing: Standing | undefined }) {
  const notice = standing ? standingNotice(standing) : null
  if (!notice) return null
  const blocked = standing?.blockedUntil !== null
  return (
    <View className={`standing-notice${blocked ? ' standing-notice--blocked' : ''}`} role='alert'>
      <Text className='standing-notice__title'>
        {blocked ? '暂停预约：' : '提醒：'}
        {notice.title}
      </Text>
      <Text className='standing-notice__text'>{notice.text}</Text>
    </View>
  )
}
