// The five journeys offered as shortcuts on home (PRODUCT.md journeys 1–6).
// `url` is the feature subpackage's entry page once that feature has landed;
// until then the shortcut opens the catalogue search for the matching items.

export interface Journey {
  key: 'bills' | 'fines' | 'certificates' | 'appointments' | 'cases'
  title: string
  hint: string
  /** Entry page of the feature subpackage, or null while it is not built yet. */
  url: string | null
  /** Catalogue keyword used while the feature is not built yet. */
  keyword: string
  /** Everyday words that mean this journey in a search (水费 → 生活缴费, 违章 → 交通违法). */
  words: readonly string[]
  /** The title's pinyin and initials, for searches typed in Latin letters (checked against pinyin-pro in journeys.test.ts). */
  pinyin: string
  initials: string
}

export const JOURNEYS: readonly Journey[] = [
  {
    key: 'bills', title: '生活缴费', hint: '水费 电费 燃气费', url: '/features/bills/pages/accounts/index', keyword: '缴费',
    words: ['水费', '电费', '燃气费', '煤气费', '天然气', '自来水', '缴费', '交费', '户号', '账单'], pinyin: 'shenghuojiaofei', initials: 'shjf',
  },
  {
    key: 'fines', title: '交通违法', hint: '查询 缴纳罚款', url: '/features/fines/pages/vehicles/index', keyword: '交通违法',
    words: ['违章', '罚款', '罚单', '交通罚款', '决定书', '车辆', '车牌', '扣分'], pinyin: 'jiaotongweifa', initials: 'jtwf',
  },
  {
    key: 'certificates', title: '证照', hint: '电子证照 亮证', url: '/features/certificates/pages/wallet/index', keyword: '证',
    words: ['电子证照', '亮证', '证件', '身份证', '驾驶证', '驾照', '居住证', '社保卡'], pinyin: 'zhengzhao', initials: 'zz',
  },
  {
    key: 'appointments', title: '预约办事', hint: '大厅预约 取号', url: '/features/appointments/pages/halls/index', keyword: '预约',
    words: ['预约', '取号', '排队', '大厅', '办事大厅', '签到'], pinyin: 'yuyuebanshi', initials: 'yybs',
  },
  {
    key: 'cases', title: '办件查询', hint: '进度 评价', url: '/features/cases/pages/list/index', keyword: '查询',
    words: ['办件', '进度', '评价', '好差评', '查询密码', '补正'], pinyin: 'banjianchaxun', initials: 'bjcx',
  },
]

/**
 * The journeys a search means (issue 15.14): the query is part of the title or the hint, is one of
 * the everyday words (or contains one), or, typed in Latin letters (at least two), is part of the
 * title's pinyin or initials. The catalogue's own pinyin search runs on the server.
 */
export function journeysMatching(query: string): Journey[] {
  const q = query.trim().toLowerCase()
  if (q === '') return []
  const latin = /^[a-z]{2,}$/.test(q)
  return JOURNEYS.filter(
    (journey) =>
      journey.title.includes(q) ||
      journey.hint.split(' ').some((word) => word.includes(q)) ||
      journey.words.some((word) => word.includes(q) || q.includes(word)) ||
      (latin && (journey.pinyin.includes(q) || journey.initials.includes(q))),
  )
}

/** The 法人 home's shortcuts (issue 15.17): a company's everyday business, not a resident's. */
export interface LegalShortcut {
  key: string
  title: string
  hint: string
  /** A page of the app, or the guide of a catalogue item of the current city (template code). */
  target: { url: string } | { itemCode: string }
}

export const LEGAL_SHORTCUTS: readonly LegalShortcut[] = [
  { key: 'start', title: '企业开办', hint: '营业执照设立登记', target: { itemCode: 'yyzz-sl' } },
  { key: 'invoice', title: '发票领用', hint: '税务', target: { itemCode: 'fp-sl' } },
  { key: 'insurance', title: '单位社保', hint: '社会保险登记', target: { itemCode: 'dw-sbdj' } },
  { key: 'fees', title: '非税缴费', hint: '缴款码缴费', target: { url: '/features/fees/pages/pay/index' } },
  { key: 'cases', title: '办件查询', hint: '进度 评价', target: { url: '/features/cases/pages/list/index' } },
]

export function legalShortcutTarget(shortcut: LegalShortcut, cityCode: string): string {
  return 'url' in shortcut.target
    ? shortcut.target.url
    : `/more/pages/catalogue-item/index?id=${encodeURIComponent(`${cityCode}-${shortcut.target.itemCode}`)}`
}

export function journeyTarget(journey: Journey): string {
  return journey.url ?? `/pages/catalogue/index?q=${encodeURIComponent(journey.keyword)}`
}
