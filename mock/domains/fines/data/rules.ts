// Per-city vehicle check rules (which part of the engine number or VIN a city asks for, and how
// many characters), the plate types offered, and which plate prefix belongs to which city.
// Fictional but plausible: cities really differ in what their 交管 systems ask for.
import type { CheckField, PlateType } from '../../../../contract'
import { CITY_CHECK_RULES, PLATE_PREFIX_CITIES } from '../../../../contract/rules/vehicle-rules'

export interface VehicleRuleData {
  cityCode: string
  /** The traffic police of the city: the issuer of its fine receipts. */
  authority: string
  field: CheckField
  digits: number
}

/** The traffic police of each city: the issuer of its fine receipts. */
const AUTHORITIES: Readonly<Record<string, string>> = {
  '330100': '杭州市公安局交通警察支队',
  '330200': '宁波市公安局交通警察局',
  '330300': '温州市公安局交通警察支队',
  '330400': '嘉兴市公安局交通警察支队',
  '330500': '湖州市公安局交通警察支队',
  '330600': '绍兴市公安局交通警察支队',
  '330700': '金华市公安局交通警察支队',
  '330800': '衢州市公安局交通警察支队',
  '330900': '舟山市公安局交通警察支队',
  '331000': '台州市公安局交通警察支队',
  '331100': '丽水市公安局交通警察支队',
}

// Which digits a city checks is the platform's published rule (contract/rules/vehicle-rules.ts),
// the same table the app shows before asking; the sandbox adds only who issues the receipts.
export const VEHICLE_RULES: VehicleRuleData[] = Object.entries(CITY_CHECK_RULES).map(([cityCode, rule]) => ({
  cityCode,
  authority: AUTHORITIES[cityCode],
  field: rule.field,
  digits: rule.digits,
}))

export const CHECK_FIELD_NAMES: Record<CheckField, string> = { engine: '发动机号', vin: '车架号' }

/** '请输入发动机号后 6 位（见行驶证）': shown by the app and returned as the field error. */
export function ruleHint(rule: VehicleRuleData): string {
  return `请输入${CHECK_FIELD_NAMES[rule.field]}后 ${rule.digits} 位（见行驶证）`
}

export function ruleFor(cityCode: string): VehicleRuleData | undefined {
  return VEHICLE_RULES.find((r) => r.cityCode === cityCode)
}

export { PLATE_PREFIX_CITIES }

export const PLATE_TYPES: PlateType[] = [
  { code: '02', name: '小型汽车', newEnergy: false },
  { code: '01', name: '大型汽车', newEnergy: false },
  { code: '52', name: '新能源小型车', newEnergy: true },
  { code: '51', name: '新能源大型车', newEnergy: true },
  { code: '07', name: '普通摩托车', newEnergy: false },
]

export const plateTypeFor = (code: string) => PLATE_TYPES.find((t) => t.code === code)
