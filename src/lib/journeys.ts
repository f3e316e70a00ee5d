// The app's own journeys in search results (issue 15.14) and the 法人 home's shortcuts (15.17).
// The journeys are the services with a home entry in src/services.ts, with the search data each
// declares there: a service added to the list is found by search without an edit here.
import { HOME_SHORTCUTS, routes, type ServiceLink } from '@/routes'
import { SERVICES, type ServiceDefinition } from '@/services'

export interface Journey extends ServiceLink {
  /** Everyday words that mean this journey in a search (水费 → 生活缴费, 违章 → 交通违法). */
  words: readonly string[]
  /** The title's pinyin and initials, for searches typed in Latin letters. */
  pinyin: string
  initials: string
}

export const JOURNEYS: readonly Journey[] = HOME_SHORTCUTS.map((link) => {
  const search = (SERVICES[link.key] as ServiceDefinition).search ?? { words: [], pinyin: '', initials: '' }
  return { ...link, ...search }
})

/**
 * The journeys a search means: the query is part of the title or the hint, is one of the everyday
 * words (or contains one), or, typed in Latin letters (at least two), is part of the title's pinyin
 * or initials. The catalogue's own pinyin search runs on the server.
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

/** The 法人 home's shortcuts: a company's everyday business, not a resident's. */
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
  { key: 'fees', title: '非税缴费', hint: '缴款码缴费', target: { url: routes.fees.pay() } },
  { key: 'cases', title: '办件查询', hint: '进度 评价', target: { url: routes.cases.list() } },
]

export function legalShortcutTarget(shortcut: LegalShortcut, cityCode: string): string {
  return 'url' in shortcut.target ? shortcut.target.url : routes.more.catalogueItem(`${cityCode}-${shortcut.target.itemCode}`)
}
