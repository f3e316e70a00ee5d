import type { CaseDeadline, CaseKind, CaseStage } from '@contract'
import { Text, View } from '@tarojs/components'
import { DatedText } from '@/components/dated-text'
import { KIND_TEXT, deadlineText } from '../model/case-text'
import './case-parts.scss'

/** 承诺时限: the server's due date and days left, and whether the clock is paused. */
export function DeadlineLine({ deadline, stage, kind, compact = false }: { deadline: CaseDeadline | null; stage: CaseStage; kind: CaseKind; compact?: boolean }) {
  const tone = deadline === null || deadline.clock === 'stopped' ? 'stopped' : deadline.clock === 'paused' ? 'paused' : deadline.overdue ? 'overdue' : 'running'
  return (
    <View className={`deadline-line deadline-line--${tone}`} aria-label={`承诺时限 ${deadlineText(deadline, stage)}`}>
      {!compact ? (
        <Text className='deadline-line__label'>
          {KIND_TEXT[kind]}
          {deadline && kind === 'promised' ? ` · 承诺 ${deadline.promisedWorkingDays} 个工作日` : ''}
        </Text>
      ) : null}
      <Text className='deadline-line__text'>
        {tone === 'paused' ? '⏸ ' : tone === 'overdue' ? '⚠ ' : ''}
        <DatedText text={deadlineText(deadline, stage)} />
      </Text>
      {!compact && deadline && deadline.pausedWorkingDays > 0 ? (
        <Text className='deadline-line__note'>特别程序 {deadline.pausedWorkingDays} 个工作日不计入时限，办结日期已相应顺延</Text>
      ) : null}
    </View>
  )
}
