import type { CaseStage } from '@contract'
import { Text } from '@tarojs/components'
import { STAGE_TEXT, stageTone } from '../model/case-text'
import './case-parts.scss'

/** The stage as text (never colour alone); the tone only tints it. */
export function StageBadge({ stage }: { stage: CaseStage }) {
  return <Text className={`stage-badge stage-badge--${stageTone(stage)}`}>{STAGE_TEXT[stage]}</Text>
}
