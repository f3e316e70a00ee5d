// Accessibility: axe-core, run inside the page, reports no serious or critical violation on any H5
// page, in normal mode and in 长辈模式. Every route in app.config.ts must be listed in pages.ts.
// Each audited page is also saved as a 375×812 screenshot (e2e/screenshots/{normal,elder}/<route>.png,
// git-ignored): the visual record of every page in both modes.
import path from 'node:path'
import type { AxeResults } from 'axe-core'
import { appToken, logInOnLoginPage, ROOT, screenshot, setElderMode, startH5, type H5Session } from './browser'
import { layoutFindings, layoutProblems } from './layout'
import { APP_PAGES, LOGGED_OUT_PAGES, uncoveredRoutes, type AppPage } from './pages'

jest.setTimeout(300_000)

const AXE = require.resolve('axe-core/axe.min.js')

let h5: H5Session
/** Layout defects (issue 15 bug 7: overlaps, clipped labels, split dates, inputs, stretched chips, top bands). */
let layout: string[] = []

beforeAll(async () => {
  h5 = await startH5({ paymentNotifyDelayMs: 100 })
})

afterAll(async () => {
  await h5?.close()
})

/** Every page route of src/app.config.ts (main package and subpackages). */
function configuredRoutes(): string[] {
  const globals = globalThis as { defineAppConfig?: (config: unknown) => unknown }
  globals.defineAppConfig = (config) => config
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const config = (require(path.join(ROOT, 'src/app.config.ts')) as { default: { pages: string[]; subPackages: Array<{ root: string; pages: string[] }> } }).default
  return [...config.pages, ...config.subPackages.flatMap((sub) => sub.pages.map((page) => `${sub.root}/${page}`))]
}

/** Opens the page, waits until its data has loaded, runs axe, returns the serious and critical findings. */
async function audit(entry: AppPage, token: string, mode: 'normal' | 'elder'): Promise<string[]> {
  const { page, origin } = h5
  await page.goto(`${origin}${await entry.open(h5, token)}`)
  await page.waitForLoadState('networkidle')
  await page.waitForFunction(() => !document.querySelector('.nut-skeleton') && !/正在加载/.test(document.body.innerText))
  await screenshot(page, `${mode}/${entry.route.replace(/\/index$/, '').replace(/\//g, '-')}`)
  layout.push(...layoutProblems(`${mode} ${entry.route}`, await layoutFindings(page)))
  await page.addScriptTag({ path: AXE })
  const results = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<unknown> } }).axe
    return axe.run(document, { resultTypes: ['violations'] })
  })) as AxeResults
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${entry.route}: ${violation.id} (${violation.impact}) ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => `${node.target.join(' ')} ${node.any[0]?.message ?? ''}`)
          .join(' | ')}`,
    )
}

test('every route of app.config.ts is audited', () => {
  expect(uncoveredRoutes(configuredRoutes())).toEqual([])
})

test.each([false, true])('no serious or critical axe violation on any page (elder mode %s)', async (elder) => {
  const { page, origin } = h5
  await page.goto(`${origin}/pages/home/index`)
  await page.evaluate(() => localStorage.clear())
  await setElderMode(h5, elder)
  const findings: string[] = []
  layout = []
  for (const entry of LOGGED_OUT_PAGES) findings.push(...(await audit(entry, '', elder ? 'elder' : 'normal')))
  // Log in as the resident through the login page (the city is already chosen).
  await page.goto(`${origin}/pages/login/index`)
  await logInOnLoginPage(h5)
  const token = await appToken(h5)
  for (const entry of APP_PAGES) findings.push(...(await audit(entry, token, elder ? 'elder' : 'normal')))
  expect(findings).toEqual([])
  expect(layout).toEqual([])
})

/** The pages a newcomer meets: the tabs and what they link to, before choosing a city or logging in. */
const NEWCOMER_PAGES = ['/pages/home/index', '/pages/catalogue/index', '/pages/me/index', '/pages/city/index', '/more/pages/settings/index']

test.each([false, true])(
  'no serious or critical axe violation in the states a newcomer sees first: no city chosen, then logged out (elder mode %s)',
  async (elder) => {
    const { page, origin } = h5
    await page.goto(`${origin}/pages/home/index`)
    await page.evaluate((on) => {
      localStorage.clear()
      // First launch: no city yet (elder mode may already be on, e.g. set up by a relative).
      if (on) localStorage.setItem('cs.prefs', JSON.stringify({ data: JSON.stringify({ elderMode: true }) }))
    }, elder)
    const findings: string[] = []
    for (const path of NEWCOMER_PAGES) findings.push(...(await audit({ route: `${path} (no city)`, open: async () => path }, '', elder ? 'elder' : 'normal')))
    // The city chosen, still logged out.
    await setElderMode(h5, elder)
    for (const path of [...NEWCOMER_PAGES, '/more/pages/catalogue-item/index?id=330100-jzz-sl', '/features/messages/pages/list/index']) {
      findings.push(...(await audit({ route: `${path} (logged out)`, open: async () => path }, '', elder ? 'elder' : 'normal')))
    }
    expect(findings).toEqual([])
  },
  300_000,
)
