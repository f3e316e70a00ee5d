// The 11 设区市 of Zhejiang (administrative division codes, approximate centre coordinates).
export interface CitySeed {
  code: string
  name: string
  shortName: string
  pinyin: string
  lat: number
  lng: number
  /** Telephone area code, for the 12345 hotline in service guides. */
  areaCode: string
}

export const CITIES: CitySeed[] = [
  { code: '330100', name: '杭州市', shortName: '杭州', pinyin: 'hangzhou', lat: 30.2741, lng: 120.1551, areaCode: '0571' },
  { code: '330200', name: '宁波市', shortName: '宁波', pinyin: 'ningbo', lat: 29.8683, lng: 121.544, areaCode: '0574' },
  { code: '330300', name: '温州市', shortName: '温州', pinyin: 'wenzhou', lat: 27.9943, lng: 120.6994, areaCode: '0577' },
  { code: '330400', name: '嘉兴市', shortName: '嘉兴', pinyin: 'jiaxing', lat: 30.7469, lng: 120.7555, areaCode: '0573' },
  { code: '330500', name: '湖州市', shortName: '湖州', pinyin: 'huzhou', lat: 30.8943, lng: 120.0868, areaCode: '0572' },
  { code: '330600', name: '绍兴市', shortName: '绍兴', pinyin: 'shaoxing', lat: 29.9958, lng: 120.5861, areaCode: '0575' },
  { code: '330700', name: '金华市', shortName: '金华', pinyin: 'jinhua', lat: 29.079, lng: 119.6474, areaCode: '0579' },
  { code: '330800', name: '衢州市', shortName: '衢州', pinyin: 'quzhou', lat: 28.97, lng: 118.859, areaCode: '0570' },
  { code: '330900', name: '舟山市', shortName: '舟山', pinyin: 'zhoushan', lat: 29.9853, lng: 122.2072, areaCode: '0580' },
  { code: '331000', name: '台州市', shortName: '台州', pinyin: 'taizhou', lat: 28.6564, lng: 121.4208, areaCode: '0576' },
  { code: '331100', name: '丽水市', shortName: '丽水', pinyin: 'lishui', lat: 28.4676, lng: 119.9229, areaCode: '0578' },
]

export const ALL_CITY_CODES = CITIES.map((c) => c.code)
