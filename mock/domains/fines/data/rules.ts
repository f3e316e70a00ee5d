// Per-city vehicle check rules (which part of the engine number or VIN a city asks for, and how
// many characters), the plate types offered, and which plate prefix belongs to which city.
// Fictional but plausible: cities really differ in what their 交管 systems ask for.
import type { CheckField, PlateType } from '../../../../contract'

export interface VehicleRuleData {
  cityCode: string
  /** The traffic police of the city: the issuer of its fine receipts. */
  authority: string
  field: CheckField
  digits: number
}

export const VEHICLE_RULES: VehicleRuleData[] = [
  { cityCode: '330100', authority: '杭州市公安局交通警察支队', field: 'engine', digits: 6 },
  { cityCode: '330200', authority: '宁波市公安局交通警察局', field: 'vin', digits: 6 },
  { cityCode: '330300', authority: '温州市公安局交通警察支队', field: 'engine', digits: 4 },
  { cityCode: '330400', authority: '嘉兴市公安局交通警察支队', field: 'vin', digits: 6 },
  { cityCode: '330500', authority: '湖州市公安局交通警察支队', field: 'engine', digits: 6 },
  { cityCode: '330600', authority: '绍兴市公安局交通警察支队', field: 'vin', digits: 4 },
  { cityCode: '330700', authority: '金华市公安局交通警察支队', field: 'engine', digits: 6 },
  { cityCode: '330800', authority: '衢州市公安局交通警察支队', field: 'vin', digits: 6 },
  { cityCode: '330900', authority: '舟山市公安局交通警察支队', field: 'engine', digits: 4 },
  { cityCode: '331000', authority: '台州市公安局交通警察支队', field: 'vin', digits: 6 },
  { cityCode: '331100', authority: '丽水市公安局交通警察支队', field: 'engine', digits: 6 },
]

export const CHECK_FIELD_NAMES: Record<CheckField, string> = { engine: '发动机号', vin: '车架号' }

/** '请输入发动机号后 6 位（见行驶证）': shown by the app and returned as the field error. */
export function ruleHint(rule: VehicleRuleData): string {
  return `请输入${CHECK_FIELD_NAMES[rule.field]}后 ${rule.digits} 位（见行驶证）`
}

export function ruleFor(cityCode: string): VehicleRuleData | undefined {
  return VEHICLE_RULES.find((r) => r.cityCode === cityCode)
}

/** 浙A → 杭州 … 浙L → 舟山. */
export const PLATE_PREFIX_CITIES: Record<string, string> = {
  浙A: '330100',
  浙B: '330200',
  浙C: '330300',
  浙F: '330400',
  浙E: '330500',
  浙D: '330600',
  浙G: '330700',
  浙H: '330800',
  浙L: '330900',
  浙J: '331000',
  浙K: '331100',
}

export const PLATE_TYPES: PlateType[] = [
  { code: '02', name: '小型汽车', newEnergy: false },
  { code: '01', name: '大型汽车', newEnergy: false },
  { code: '52', name: '新能源小型车', newEnergy: true },
  { code: '51', name: '新能源大型车', newEnergy: true },
  { code: '07', name: '普通摩托车', newEnergy: false },
]

export const plateTypeFor = (code: string) => PLATE_TYPES.find((t) => t.code === code)
