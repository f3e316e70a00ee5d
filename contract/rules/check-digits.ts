// The 发动机号 / 车辆识别代号 digits a city asks for when binding a vehicle.
import type { VehicleRule } from '../fines'

/** Which part and how many characters: the contract's VehicleRule without the city and hint. */
export type CheckRule = Pick<VehicleRule, 'field' | 'digits'>

/** "发动机号后 6 位" / "车架号后 6 位". */
export function checkDigitsLabel(rule: CheckRule): string {
  return `${rule.field === 'engine' ? '发动机号' : '车架号'}后 ${rule.digits} 位`
}

export function normaliseCheckDigits(raw: string): string {
  return raw.replace(/\s/g, '').toUpperCase()
}

/** null when it looks right, else the Chinese message to show next to the field. */
export function checkCheckDigits(raw: string, rule: CheckRule): string | null {
  const value = normaliseCheckDigits(raw)
  const label = checkDigitsLabel(rule)
  if (value === '') return `请输入${label}`
  if (!/^[0-9A-Z]+$/.test(value)) return `${label}只含数字或字母，见行驶证`
  if (value.length !== rule.digits) return `请输入${label}，您输入了 ${value.length} 位`
  return null
}
