// 生活缴费 kinds, shared by the bills feature and the home to-do inbox.
export type UtilityType = 'water' | 'electricity' | 'gas'

export const UTILITY_TYPES: ReadonlyArray<{ type: UtilityType; name: string; bill: string; unit: string }> = [
  { type: 'water', name: '水', bill: '水费', unit: '吨' },
  { type: 'electricity', name: '电', bill: '电费', unit: '千瓦时' },
  { type: 'gas', name: '燃气', bill: '燃气费', unit: '立方米' },
]

export function billName(type: string): string {
  return UTILITY_TYPES.find((t) => t.type === type)?.bill ?? '缴费'
}
