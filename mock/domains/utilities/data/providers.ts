// Utility providers for the 11 cities: one water, one electricity and one gas provider each (杭州
// has a second water provider). Names are fictional but plausible; account formats (户号) differ
// between providers: 8–12 characters, some with a numeric or letter prefix.
import type { AccountFormat, UtilityType } from '../../../../contract'

export interface ProviderSeed {
  id: string
  cityCode: string
  type: UtilityType
  name: string
  format: AccountFormat
}

const WHERE: Record<UtilityType, string> = {
  water: '见水费账单左上角“户号”一栏',
  electricity: '见电费通知单“户号”一栏或“网上国网”App',
  gas: '见燃气账单或燃气卡背面的“用户号”',
}

function format(type: UtilityType, length: number, prefix: string): AccountFormat {
  const rest = length - prefix.length
  const letters = /[A-Z]/.test(prefix)
  const hint =
    prefix === ''
      ? `户号为 ${length} 位数字，${WHERE[type]}`
      : letters
        ? `户号为 ${prefix} 加 ${rest} 位数字（共 ${length} 位），${WHERE[type]}`
        : `户号为 ${length} 位数字，以 ${prefix} 开头，${WHERE[type]}`
  const digits = '0123456789012'
  return { length, prefix, pattern: `^${prefix}[0-9]{${rest}}$`, hint, example: prefix + digits.slice(0, rest) }
}

type Row = [cityCode: string, type: UtilityType, name: string, length: number, prefix: string]

const ROWS: Row[] = [
  ['330100', 'water', '杭州水务集团', 10, '3'],
  ['330100', 'water', '杭州萧山供排水有限公司', 8, ''],
  ['330100', 'electricity', '国网杭州供电公司', 10, '33'],
  ['330100', 'gas', '杭州天然气有限公司', 9, '8'],
  ['330200', 'water', '宁波水务环境集团', 12, '0574'],
  ['330200', 'electricity', '国网宁波供电公司', 10, '32'],
  ['330200', 'gas', '宁波甬城燃气有限公司', 11, 'NB'],
  ['330300', 'water', '温州自来水有限公司', 9, '6'],
  ['330300', 'electricity', '国网温州供电公司', 10, '31'],
  ['330300', 'gas', '温州瓯江燃气有限公司', 10, 'WZ'],
  ['330400', 'water', '嘉兴市水务投资有限公司', 8, '5'],
  ['330400', 'electricity', '国网嘉兴供电公司', 10, '34'],
  ['330400', 'gas', '嘉兴禾城燃气有限公司', 12, ''],
  ['330500', 'water', '湖州水务集团', 11, '05'],
  ['330500', 'electricity', '国网湖州供电公司', 10, '35'],
  ['330500', 'gas', '湖州太湖燃气有限公司', 8, '2'],
  ['330600', 'water', '绍兴水务集团', 10, '1'],
  ['330600', 'electricity', '国网绍兴供电公司', 10, '36'],
  ['330600', 'gas', '绍兴越州天然气有限公司', 9, 'SX'],
  ['330700', 'water', '金华市自来水有限公司', 8, ''],
  ['330700', 'electricity', '国网金华供电公司', 10, '37'],
  ['330700', 'gas', '金华婺江燃气有限公司', 11, '7'],
  ['330800', 'water', '衢州市水业集团', 9, '08'],
  ['330800', 'electricity', '国网衢州供电公司', 10, '38'],
  ['330800', 'gas', '衢州衢江天然气有限公司', 10, ''],
  ['330900', 'water', '舟山市自来水有限公司', 10, '58'],
  ['330900', 'electricity', '国网舟山供电公司', 10, '39'],
  ['330900', 'gas', '舟山海城燃气有限公司', 8, 'ZS'],
  ['331000', 'water', '台州市供排水有限公司', 12, '9'],
  ['331000', 'electricity', '国网台州供电公司', 10, '30'],
  ['331000', 'gas', '台州椒江燃气有限公司', 9, ''],
  ['331100', 'water', '丽水市水务有限公司', 8, '4'],
  ['331100', 'electricity', '国网丽水供电公司', 11, '331'],
  ['331100', 'gas', '丽水莲都燃气有限公司', 10, 'LS'],
]

export const PROVIDERS: ProviderSeed[] = (() => {
  const counters = new Map<string, number>()
  return ROWS.map(([cityCode, type, name, length, prefix]) => {
    const key = `${cityCode}-${type}`
    const n = (counters.get(key) ?? 0) + 1
    counters.set(key, n)
    return { id: `${key}-${n}`, cityCode, type, name, format: format(type, length, prefix) }
  })
})()

/** Districts (区) per city, for the fictional service addresses. */
export const DISTRICTS: Record<string, string[]> = {
  '330100': ['西湖区', '拱墅区', '上城区', '滨江区', '余杭区', '萧山区'],
  '330200': ['海曙区', '江北区', '鄞州区', '镇海区'],
  '330300': ['鹿城区', '龙湾区', '瓯海区'],
  '330400': ['南湖区', '秀洲区'],
  '330500': ['吴兴区', '南浔区'],
  '330600': ['越城区', '柯桥区', '上虞区'],
  '330700': ['婺城区', '金东区'],
  '330800': ['柯城区', '衢江区'],
  '330900': ['定海区', '普陀区'],
  '331000': ['椒江区', '黄岩区', '路桥区'],
  '331100': ['莲都区'],
}

export const STREETS = ['和平路', '人民路', '解放路', '建设路', '新华路', '文化路', '青年路', '中山路', '环城北路', '学院路', '东风路', '朝阳路']

/** Fictional holder names (surname + given name). */
export const SURNAMES = ['陈', '林', '黄', '张', '李', '王', '吴', '刘', '蔡', '杨', '徐', '周', '胡', '朱', '叶', '潘', '郑', '金']
export const GIVEN_NAMES = ['建华', '秀英', '志强', '丽萍', '国平', '美玲', '海燕', '伟民', '晓东', '雅琴', '明辉', '桂芳', '文杰', '春梅', '永康', '慧敏']
