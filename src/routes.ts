// Every page of the app with its parameters, in one table: the only place a page's URL is written.
// `routes.bills.account(id)` builds the URL to open (values encoded); the page reads its parameters
// back with `usePageParams(routes.bills.account)` (src/lib/navigation.ts), decoded, '' when absent.
// A service's routes can only name pages its entry in src/services.ts lists, and every such page
// must have a route (the `satisfies` below); src/routes.test.ts checks the table against app.config.
import { encodeItems, type PayableRef } from '@/api/payable-ref'
import type { InboxKind, Subject, SubjectKind } from '@contract'
import { MAIN_PAGES, MORE, SERVICE_KEYS, SERVICES, type PageOf, type ServiceDefinition, type ServiceKey } from './services'

export interface Route<A extends unknown[] = never, K extends string = string> {
  /** The URL of the page with these parameters, e.g. '/features/bills/pages/account/index?id=ub_1'. */
  (...args: A): string
  /** The page's path without a query, e.g. '/features/bills/pages/account/index'. */
  readonly path: string
  /** The query parameters the page reads. */
  readonly params: readonly K[]
}

/** `path?a=1&b=2`: values URL-encoded, absent and empty ones left out. */
export function withQuery(path: string, query: Partial<Record<string, string>>): string {
  const pairs = Object.entries(query).filter((entry): entry is [string, string] => !!entry[1])
  return pairs.length === 0 ? path : `${path}?${pairs.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&')}`
}

/** A page's parameters from its raw query: decoded, '' when absent (usePageParams in src/lib/navigation.ts). */
export function readPageParams<K extends string>(route: Pick<Route<never, K>, 'params'>, raw: Record<string, string | undefined>): Record<K, string> {
  return Object.fromEntries(route.params.map((name) => [name, decodeParam(raw[name])])) as Record<K, string>
}

/** A value that is not valid percent-encoding (typed by hand, or already decoded with a '%') is kept as it is. */
function decodeParam(value: string | undefined): string {
  if (!value) return ''
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/** A page with parameters: `build` turns the call's arguments into the query. */
function route<A extends unknown[], const K extends string>(path: string, params: readonly K[], build: (...args: A) => Partial<Record<K, string>>): Route<A, K> {
  return Object.assign((...args: A) => withQuery(path, build(...args)), { path, params })
}

/** A page without parameters. */
function page(path: string): Route<[], never> {
  return Object.assign(() => path, { path, params: [] as never[] })
}

type MainPage = (typeof MAIN_PAGES)[number]
const main = (page: MainPage) => `/${page}`
const more = (page: (typeof MORE.pages)[number]) => `/${MORE.root}/pages/${page}/index`
const of = <S extends ServiceKey>(service: S, page: PageOf<S>) => `/${SERVICES[service].root}/pages/${page}/index`

export interface CatalogueFilters {
  q?: string
  theme?: string
  audience?: string
  department?: string
}

export interface ConfirmSlot {
  hallId: string
  service: string
  date: string
  start: string
  mode?: 'book' | 'waitlist'
  /** 改约: the id of the booking being moved to this slot. */
  reschedule?: string
}

const serviceRoutes = {
  bills: {
    accounts: page(of('bills', 'accounts')),
    add: page(of('bills', 'add')),
    account: route(of('bills', 'account'), ['id'], (id: string) => ({ id })),
    bill: route(of('bills', 'bill'), ['id'], (id: string) => ({ id })),
  },
  fines: {
    vehicles: page(of('fines', 'vehicles')),
    bind: page(of('fines', 'bind')),
    violations: route(of('fines', 'violations'), ['vehicleId'], (vehicleId: string) => ({ vehicleId })),
    violation: route(of('fines', 'violation'), ['id'], (id: string) => ({ id })),
    decision: page(of('fines', 'decision')),
  },
  fees: {
    /** With a payment code, the page looks the notice up at once. */
    pay: route(of('fees', 'pay'), ['code'], (code?: string) => ({ code })),
  },
  payments: {
    /** Prices the items (a quote: nothing is created until 确认支付). */
    checkout: route(of('payments', 'checkout'), ['items', 'paymentId'], (items: readonly PayableRef[]) => ({ items: encodeItems(items) })),
    /** The same page resuming an open payment (继续支付): the same payment, not a new one. */
    resume: route(of('payments', 'checkout'), ['items', 'paymentId'], (paymentId: string) => ({ paymentId })),
    /** `outcome`: what the platform's payment call answered (kept in the URL for diagnosis; the page asks the server). */
    result: route(of('payments', 'result'), ['id', 'outcome'], (id: string, outcome?: string) => ({ id, outcome })),
    history: page(of('payments', 'history')),
    receipt: route(of('payments', 'receipt'), ['paymentId'], (paymentId: string) => ({ paymentId })),
  },
  certificates: {
    wallet: page(of('certificates', 'wallet')),
    certificate: route(of('certificates', 'certificate'), ['id'], (id: string) => ({ id })),
    usage: route(of('certificates', 'usage'), ['id'], (id: string) => ({ id })),
    /** `type`: the application type, e.g. 'driving_licence_renewal'. */
    apply: route(of('certificates', 'apply'), ['type'], (type: string) => ({ type })),
    result: route(of('certificates', 'result'), ['id'], (id: string) => ({ id })),
  },
  appointments: {
    /** `service`: only the halls that take this catalogue item, passed on to the booking page. */
    halls: route(of('appointments', 'halls'), ['service'], (service?: string) => ({ service })),
    /** `reschedule`: 改约 — the id of the booking to move (same hall and item). */
    book: route(of('appointments', 'book'), ['hallId', 'service', 'reschedule'], (hallId: string, service?: string, reschedule?: string) => ({
      hallId,
      service,
      reschedule,
    })),
    confirm: route(of('appointments', 'confirm'), ['hallId', 'service', 'date', 'start', 'mode', 'reschedule'], (slot: ConfirmSlot) => ({
      ...slot,
    })),
    mine: route(of('appointments', 'mine'), ['tab'], (tab?: 'upcoming' | 'past' | 'cancelled' | 'waitlist') => ({ tab })),
    detail: route(of('appointments', 'detail'), ['id'], (id: string) => ({ id })),
  },
  cases: {
    list: route(of('cases', 'list'), ['filter'], (filter?: string) => ({ filter })),
    lookup: page(of('cases', 'lookup')),
    detail: route(of('cases', 'detail'), ['id'], (id: string) => ({ id })),
    /** `from: 'detail'` when the case's detail page opens it (it goes back there when done). */
    correction: route(of('cases', 'correction'), ['id', 'from'], (id: string, from?: 'detail') => ({ id, from })),
    rate: route(of('cases', 'rate'), ['id', 'from'], (id: string, from?: 'detail') => ({ id, from })),
  },
  messages: {
    list: page(of('messages', 'list')),
  },
} satisfies { [S in ServiceKey]: Record<PageOf<S>, Route> & { [alias: string]: Route } }

export const routes = {
  home: page(main('pages/home/index')),
  /** A tab page: openPage hands the filters over (switchTab drops a query string). */
  catalogue: route(main('pages/catalogue/index'), ['q', 'theme', 'audience', 'department'], (filters: CatalogueFilters = {}) => ({ ...filters })),
  me: page(main('pages/me/index')),
  login: page(main('pages/login/index')),
  city: page(main('pages/city/index')),
  more: {
    catalogueItem: route(more('catalogue-item'), ['id'], (id: string) => ({ id })),
    settings: page(more('settings')),
    privacy: page(more('privacy')),
    agreement: page(more('agreement')),
  },
  ...serviceRoutes,
}

/** The tab bar's pages (app.config.ts tabBar): opened with switchTab. */
export const TAB_PATHS: readonly string[] = [routes.home.path, routes.catalogue.path, routes.me.path]

/** The URL of a service's entry page (home shortcut, 我的): opened without parameters. */
function entryUrl(service: ServiceKey, page: string): string {
  return (serviceRoutes[service] as Record<string, Route<[], string>>)[page]()
}

/** Every route of the table (for the checks against app.config.ts and the e2e page lists). */
export function allRoutes(): Route[] {
  const collect = (node: unknown): Route[] =>
    typeof node === 'function' ? [node as Route] : Object.values(node as Record<string, unknown>).flatMap(collect)
  // An alias (payments.resume opens the checkout page) is the same page: listed once.
  const byPath = new Map<string, Route>()
  for (const route of collect(routes)) if (!byPath.has(route.path)) byPath.set(route.path, route)
  return [...byPath.values()]
}

/** A service's shortcut or row, resolved to the page it opens. */
export interface ServiceLink {
  key: ServiceKey
  title: string
  /** The tile's hint (home) or the row's extra text (我的). */
  hint: string
  icon: string
  url: string
}

const definitions = SERVICE_KEYS.map((key) => [key, SERVICES[key] as ServiceDefinition] as const)

/** The home shortcuts (and the elder-mode tiles), in the service list's order. */
export const HOME_SHORTCUTS: readonly ServiceLink[] = definitions.flatMap(([key, service]) =>
  service.home ? [{ key, title: service.title, hint: service.hint, icon: service.icon, url: entryUrl(key, service.home) }] : [],
)

/** 我的 › 我的服务, in the service list's order. */
export const ME_ENTRIES: readonly ServiceLink[] = definitions.flatMap(([key, service]) =>
  service.me ? [{ key, title: service.me.title, hint: service.me.extra, icon: service.icon, url: entryUrl(key, service.me.page) }] : [],
)

/** The name of each to-do source (src/services.ts checks that every kind has one). */
export const INBOX_SOURCE_NAMES = Object.fromEntries(
  definitions.flatMap(([, service]) => Object.entries(service.inbox ?? {})),
) as Record<InboxKind, string>

/**
 * The page that shows what an inbox item or a message is about. The server names the subject;
 * only this table knows our pages (a new subject kind in the contract fails `tsc` here).
 */
export const SUBJECT_PAGES: { readonly [K in SubjectKind]: (id: string) => string } = {
  'utility-account': (id) => routes.bills.account(id),
  violation: (id) => routes.fines.violation(id),
  'fee-notice': (code) => routes.fees.pay(code),
  payment: (id) => routes.payments.receipt(id),
  'open-payment': (id) => routes.payments.resume(id),
  booking: (id) => routes.appointments.detail(id),
  waitlist: () => routes.appointments.mine('waitlist'),
  case: (id) => routes.cases.detail(id),
  'case-correction': (id) => routes.cases.correction(id),
  'case-rating': (id) => routes.cases.rate(id),
  certificate: (id) => routes.certificates.certificate(id),
  'certificate-form': (type) => routes.certificates.apply(type),
  'certificate-application': (id) => routes.certificates.result(id),
}

export function subjectPage(subject: Subject): string {
  return SUBJECT_PAGES[subject.kind](subject.id)
}
