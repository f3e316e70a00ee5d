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
}

export const JOURNEYS: readonly Journey[] = [
  { key: 'bills', title: '生活缴费', hint: '水费 电费 燃气费', url: '/features/bills/pages/accounts/index', keyword: '缴费' },
  { key: 'fines', title: '交通违法', hint: '查询 缴纳罚款', url: '/features/fines/pages/vehicles/index', keyword: '交通违法' },
  { key: 'certificates', title: '证照', hint: '电子证照 亮证', url: '/features/certificates/pages/wallet/index', keyword: '证' },
  { key: 'appointments', title: '预约办事', hint: '大厅预约 取号', url: '/features/appointments/pages/halls/index', keyword: '预约' },
  { key: 'cases', title: '办件查询', hint: '进度 评价', url: '/features/cases/pages/list/index', keyword: '查询' },
]

export function journeyTarget(journey: Journey): string {
  return journey.url ?? `/pages/catalogue/index?q=${encodeURIComponent(journey.keyword)}`
}
