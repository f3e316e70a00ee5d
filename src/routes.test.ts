/**
 * @jest-environment node
 */
// The routes table, the service list, app.config.ts and the e2e page lists agree: a page added in
// one place and forgotten in another fails here, before any build.
import fs from 'node:fs'
import path from 'node:path'
import { SUBJECT_KINDS } from '@contract'
import { APP_PAGES, LOGGED_OUT_PAGES } from '../e2e/h5/pages'
import { HOME_SHORTCUTS, INBOX_SOURCE_NAMES, ME_ENTRIES, allRoutes, readPageParams, routes, subjectPage, withQuery } from './routes'
import { SERVICES, SERVICE_KEYS } from './services'

type AppConfig = { pages: string[]; subPackages: Array<{ root: string; pages: string[] }> }

function configuredRoutes(): string[] {
  const global = globalThis as { defineAppConfig?: (config: AppConfig) => AppConfig }
  global.defineAppConfig = (config) => config
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const config = (require('./app.config') as { default: AppConfig }).default
  return [...config.pages, ...config.subPackages.flatMap((sub) => sub.pages.map((page) => `${sub.root}/${page}`))]
}

const tablePaths = () => allRoutes().map((route) => route.path.slice(1))

test('every route of the table is a page of app.config.ts, and every page has a route', () => {
  const configured = configuredRoutes()
  expect(new Set(configured).size).toBe(configured.length)
  expect([...tablePaths()].sort()).toEqual([...configured].sort())
})

test("every page's folder exists with its page file", () => {
  for (const route of tablePaths()) expect(fs.existsSync(path.join(__dirname, `${route}.tsx`))).toBe(true)
})

test('every subject kind of the contract opens a page of the app, with the id in its query', () => {
  const paths = new Set(allRoutes().map((route) => route.path))
  for (const kind of SUBJECT_KINDS) {
    const url = subjectPage({ kind, id: 'x/1' })
    expect(paths).toContain(url.split('?')[0])
    if (kind !== 'waitlist') expect(url).toContain('=x%2F1')
  }
})

test('every service page is opened by the a11y sweep (and so the elder check list can name it)', () => {
  const covered = new Set([...APP_PAGES, ...LOGGED_OUT_PAGES].map((page) => page.route))
  expect(tablePaths().filter((route) => !covered.has(route))).toEqual([])
})

test('home shortcuts, 我的 and the inbox names come from the service list', () => {
  expect(HOME_SHORTCUTS.map((s) => s.url)).toEqual([
    routes.bills.accounts(),
    routes.fines.vehicles(),
    routes.certificates.wallet(),
    routes.appointments.halls(),
    routes.cases.list(),
  ])
  expect(ME_ENTRIES).toHaveLength(SERVICE_KEYS.filter((key) => 'me' in SERVICES[key]).length)
  for (const entry of [...HOME_SHORTCUTS, ...ME_ENTRIES]) expect(tablePaths()).toContain(entry.url.slice(1))
  expect(Object.keys(INBOX_SOURCE_NAMES).sort()).toEqual(['appointment', 'bill', 'case', 'certificate', 'fee', 'fine'])
})

test('URLs carry their values encoded and leave absent ones out; the reader gives them back decoded', () => {
  expect(routes.cases.correction('CASE-1/2&x', 'detail')).toBe('/features/cases/pages/correction/index?id=CASE-1%2F2%26x&from=detail')
  expect(routes.cases.correction('c1')).toBe('/features/cases/pages/correction/index?id=c1')
  expect(routes.catalogue({ q: '' })).toBe('/pages/catalogue/index')
  expect(routes.payments.checkout([{ kind: 'bill', id: 'b1' }, { kind: 'fine', id: 'v 2' }])).toBe(
    `/features/payments/pages/checkout/index?items=${encodeURIComponent('bill:b1,fine:v 2')}`,
  )
  expect(withQuery('/p', { a: '1', b: undefined })).toBe('/p?a=1')
  // H5 hands the query over still encoded, the mini-programs decoded: both read the same.
  expect(readPageParams(routes.cases.correction, { id: 'CASE-1%2F2', from: 'detail' })).toEqual({ id: 'CASE-1/2', from: 'detail' })
  expect(readPageParams(routes.cases.correction, { id: 'CASE-1/2' })).toEqual({ id: 'CASE-1/2', from: '' })
  // Each page's reader knows its parameters' names (a typo is a compile error).
  // @ts-expect-error 'vehicle' is not a parameter of the violations page
  expect(readPageParams(routes.fines.violations, { vehicleId: 'v1' }).vehicle).toBeUndefined()
  // A decoded value with a '%' (a search for "100%") is kept, not thrown on.
  expect(readPageParams(routes.catalogue, { q: '100%' })).toMatchObject({ q: '100%' })
})

test('pages read their parameters only through the routes table (no useRouter outside src/lib/navigation.ts)', () => {
  const offenders: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && full !== path.join(__dirname, 'lib/navigation.ts')) {
        const text = fs.readFileSync(full, 'utf8')
        if (/\buseRouter\b|getCurrentInstance\(\)\.router/.test(text)) offenders.push(path.relative(__dirname, full))
        if (/['`"]\/(features|pages|more)\/[a-z-]+/.test(text) && !full.endsWith('routes.ts')) offenders.push(`${path.relative(__dirname, full)} (URL literal)`)
      }
    }
  }
  walk(__dirname)
  expect(offenders).toEqual([])
})
