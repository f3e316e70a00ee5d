import type { Rectification } from '@contract'
import { Text, View } from '@tarojs/components'
import { formatDateTime } from '@/lib/dates'
import { RECTIFICATION_STEPS } from '../model/case-text'
import './case-parts.scss'

/** 差评整改: where it stands (待回访 → 整改中 → 已整改), with the due dates and the notes. */
export function RectificationStatus({ rectification: r }: { rectification: Rectification }) {
  const current = RECTIFICATION_STEPS.findIndex((step) => step.key === r.status)
  const label = RECTIFICATION_STEPS[current].label
  return (
    <View className='rectification' role='region' aria-label={`差评整改 ${label}`}>
      <Text className='rectification__title'>差评整改：{label}</Text>
      <View className='rectification__steps'>
        {RECTIFICATION_STEPS.map((step, index) => (
          <Text key={step.key} className={`rectification__step${index <= current ? ' rectification__step--done' : ''}`}>
            {index < current || r.status === 'rectified' ? '✓' : index === current ? '●' : '○'} {step.label}
          </Text>
        ))}
      </View>
      {r.status === 'callback_pending' ? <Text className='rectification__line'>承办部门将于 {r.callbackDueDate} 前回访您{r.overdue ? '（已超期）' : ''}</Text> : null}
      {r.callbackAt ? (
        <Text className='rectification__line'>
          {formatDateTime(r.callbackAt)} 已回访：{r.callbackNote}
        </Text>
      ) : null}
      {r.status === 'rectifying' ? <Text className='rectification__line'>整改期限 {r.fixDueDate}{r.overdue ? '（已超期）' : ''}</Text> : null}
      {r.rectifiedAt ? (
        <Text className='rectification__line'>
          {formatDateTime(r.rectifiedAt)} 已整改：{r.rectifiedNote}
        </Text>
      ) : null}
    </View>
  )
}
