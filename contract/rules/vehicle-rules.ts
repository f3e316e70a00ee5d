// Which check digits binding asks for is decided by the city that registered the vehicle, i.e. by
// the plate's prefix (浙C → 温州), never by the city chosen in the app. One table for both sides: the
// app asks for these digits, the sandbox (mock/domains/fines/data/rules.ts) checks them.
import type { CheckRule } from './check-digits'

/** Registering city of each plate prefix (浙A → 杭州 … 浙L → 舟山). */
export const PLATE_PREFIX_CITIES: Readonly<Record<string, string>> = {
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

/** City code → the digits its traffic police check. */
export const CITY_CHECK_RULES: Readonly<Record<string, CheckRule>> = {
  '330100': { field: 'engine', digits: 6 },
  '330200': { field: 'vin', digits: 6 },
  '330300': { field: 'engine', digits: 4 },
  '330400': { field: 'vin', digits: 6 },
  '330500': { field: 'engine', digits: 6 },
  '330600': { field: 'vin', digits: 4 },
  '330700': { field: 'engine', digits: 6 },
  '330800': { field: 'vin', digits: 6 },
  '330900': { field: 'engine', digits: 4 },
  '331000': { field: 'vin', digits: 6 },
  '331100': { field: 'engine', digits: 6 },
}

/** The rule of the city that registered this plate; null until the prefix names a known city. */
export function checkRuleForPlate(plate: string): CheckRule | null {
  const prefix = plate.replace(/\s/g, '').slice(0, 2).toUpperCase()
  const city = PLATE_PREFIX_CITIES[prefix]
  return city === undefined ? null : CITY_CHECK_RULES[city] ?? null
}
