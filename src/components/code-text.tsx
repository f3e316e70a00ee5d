import { Text } from '@tarojs/components'
import { groupCode } from '../lib/code-groups'
import './code-text.scss'

/**
 * A long number or code (办件编号, 缴款码, 决定书编号) shown in groups of four, selectable. The grouping
 * is display only: pass the raw code, and give CopyButton the raw code too.
 */
export function CodeText({ code, className }: { code: string; className?: string }) {
  return (
    <Text className={`code-text${className ? ` ${className}` : ''}`} selectable>
      {groupCode(code)}
    </Text>
  )
}
