/**
 * Long numbers and codes (缴款码, 处罚决定书编号, 办件编号) are read out or typed from one screen into
 * another: shown in groups of four they are easier to read and compare. Only the display is grouped;
 * stored values, inputs and what 复制 copies stay the raw code.
 */

/** Shorter codes read fine as they are. */
const MIN_GROUPED_LENGTH = 9
const GROUP = 4

/** `3301001258210001` → `3301 0012 5821 0001`; anything but a plain letter/digit code is returned unchanged. */
export function groupCode(code: string): string {
  if (code.length < MIN_GROUPED_LENGTH || !/^[0-9A-Za-z]+$/.test(code)) return code
  const groups: string[] = []
  for (let i = 0; i < code.length; i += GROUP) groups.push(code.slice(i, i + GROUP))
  return groups.join(' ')
}
