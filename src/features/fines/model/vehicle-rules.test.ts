import { PLATE_PREFIX_CITIES as SANDBOX_PREFIXES, VEHICLE_RULES } from '../../../../mock/domains/fines/data/rules'
import { CITY_CHECK_RULES, PLATE_PREFIX_CITIES, checkRuleForPlate } from './vehicle-rules'

describe('vehicle check rules', () => {
  it('are the sandbox registry rules, city for city and prefix for prefix', () => {
    expect(PLATE_PREFIX_CITIES).toEqual(SANDBOX_PREFIXES)
    expect(CITY_CHECK_RULES).toEqual(Object.fromEntries(VEHICLE_RULES.map((r) => [r.cityCode, { field: r.field, digits: r.digits }])))
  })

  it('come from the plate, not from the city chosen in the app', () => {
    expect(checkRuleForPlate('浙C5M21P')).toEqual({ field: 'engine', digits: 4 }) // 温州
    expect(checkRuleForPlate(' 浙a 12345')).toEqual({ field: 'engine', digits: 6 }) // 杭州
    expect(checkRuleForPlate('浙B3K77X')).toEqual({ field: 'vin', digits: 6 }) // 宁波
    expect(checkRuleForPlate('沪A12345')).toBeNull()
    expect(checkRuleForPlate('浙')).toBeNull()
  })
})
