import { View } from '@tarojs/components'
import './tick-mark.scss'

/**
 * The box of a tick-list row (bills, fines): drawn, not a ☑/☐ glyph (fonts drew those at
 * different sizes and weights). The row's role=checkbox element carries the state for screen
 * readers; this is only what the eye sees.
 */
export function TickMark({ ticked }: { ticked: boolean }) {
  return <View className={`tick-mark${ticked ? ' tick-mark--on' : ''}`} aria-hidden />
}
