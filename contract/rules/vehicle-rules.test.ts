import { CITY_CHECK_RULES, PLATE_PREFIX_CITIES, checkRuleForPlate } from './vehicle-rules'

describe('vehicle check rules', () => {
  it('name a rule for every city a plate prefix belongs to', () => {
    expect(Object.keys(CITY_CHECK_RULES).sort()).toEqual([...new Set(Object.values(PLATE_PREFIX_CITIES))].sort())
  })

  it('come from the plate, not from the city chosen in the app', () => {
    expect(checkRuleForPlate('浙C5M21P')).toEqual({ field: 'engine', digits: 4 }) // 温州
    expect(checkRuleForPlate(' 浙a 12345')).toEqual({ field: 'engine', digits: 6 }) // 杭州
    expect(checkRuleForPlate('浙B3K77X')).toEqual({ field: 'vin', digits: 6 }) // 宁波
    expect(checkRuleForPlate('沪A12345')).toBeNull()
    expect(checkRuleForPlate('浙')).toBeNull()
  })
})
