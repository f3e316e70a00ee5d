// The app shell on the REAL compiled mini-programs (dist/weapp, dist/alipay) booted in
// the vm harness against the real sandbox: first launch + city, login, tabs.

import { ensureBuilt } from './build'
import { HANGZHOU, LOGIN_API, LOGIN_BUTTON, PLATFORMS, api, launch, problemsOf } from './fixtures'
import type { MiniProgram } from './harness'
import { startSandbox, type RunningSandbox } from './sandbox'
import type { City, Me, ServiceItemPage, Theme } from '@contract'

jest.setTimeout(60_000)

/** React Query v5 creates an AbortController for every fetch; neither runtime has one. */
const CITIES_LOADED = 'GET /api/v1/cities from the mini-program (no request at all usually means the app lacks an AbortController polyfill: see e2e/mini/README.md)'

describe.each(PLATFORMS)('%s: app shell on the compiled build', (platform) => {
  let sandbox: RunningSandbox
  let mp: MiniProgram | undefined

  beforeAll(async () => {
    ensureBuilt(platform)
    sandbox = await startSandbox()
  }, 300_000)

  afterEach(async () => {
    await mp?.close()
    mp = undefined
  })

  afterAll(async () => {
    await sandbox?.close()
  })

  test('first launch asks for the city; choosing 杭州 shows the shortcuts and its popular services', async () => {
    const cities = (await api<{ items: City[] }>(sandbox, 'GET', '/api/v1/cities')).items
    const hangzhouItems = (await api<ServiceItemPage>(sandbox, 'GET', `/api/v1/catalogue/items?city=${HANGZHOU}`)).items
    expect(cities.length).toBeGreaterThan(1)
    expect(hangzhouItems.length).toBeGreaterThan(0)

    mp = await launch(platform, sandbox)
    const app = mp
    expect(app.currentPage().route).toBe('pages/home/index')
    await app.waitForText('请选择您所在的城市')
    await app.waitFor(() => app.requests.find((r) => r.method === 'GET' && r.path === '/api/v1/cities' && r.status === 200), { what: CITIES_LOADED })
    for (const city of cities) await app.waitForText(city.shortName)

    await app.tapText('杭州')

    await app.waitForText('杭州热门服务')
    await app.waitForText(hangzhouItems[0].name)
    const home = app.currentPage()
    expect(home.route).toBe('pages/home/index')
    for (const shortcut of ['生活缴费', '交通违法', '证照', '预约办事', '办件查询']) {
      expect(home.findByText(shortcut, { bound: 'tap' })).not.toBeNull()
    }
    expect(home.hasText('请选择您所在的城市')).toBe(false)
    expect(app.requests.some((r) => r.path.startsWith(`/api/v1/catalogue/items?city=${HANGZHOU}`) && r.status === 200)).toBe(true)
    expect(JSON.parse(String(app.storage.get('cs.prefs')))).toMatchObject({ cityCode: HANGZHOU })
    expect(problemsOf(app)).toEqual([])
  })

  test('我的: log in with the platform login and see the masked name; only tokens are stored', async () => {
    mp = await launch(platform, sandbox, { city: HANGZHOU })
    const app = mp

    const mePage = await app.switchTab('我的')
    expect(mePage.route).toBe('pages/me/index')
    await app.waitForText('未登录')

    await app.tapText('登录 / 注册')
    await app.waitForPage('pages/login/index')
    expect(app.pageStack().map((p) => p.route)).toEqual(['pages/me/index', 'pages/login/index'])

    // Consent first: without the tick the button explains and no platform login starts.
    await app.tapText(LOGIN_BUTTON[platform])
    await app.waitForText('请先阅读《用户协议》和《隐私政策》，勾选“我已阅读并同意”后再登录。')
    expect(app.apiCalls.filter((c) => c.name === LOGIN_API[platform])).toHaveLength(0)
    await app.tapText('我已阅读并同意')
    await app.tapText(LOGIN_BUTTON[platform])

    const login = await app.waitFor(() => app.requests.find((r) => r.method === 'POST' && r.path === '/api/v1/auth/sessions' && r.status === 201), {
      what: 'POST /api/v1/auth/sessions',
    })
    expect(app.apiCalls.filter((c) => c.name === LOGIN_API[platform])).toHaveLength(1)
    expect(login.requestBody).toMatchObject({ channel: platform })
    const user = (login.responseBody as { user: Me }).user
    expect(user.name).toBe('*大友')

    await app.waitForPage('pages/me/index')
    await app.waitForText('*大友')
    await app.waitForText(user.realNameLabel)
    expect(app.currentPage().hasText('未登录')).toBe(false)
    expect(app.pageStack().map((p) => p.route)).toEqual(['pages/me/index'])

    // The session is kept as tokens only; personal data is re-read from /me, never stored.
    const stored = JSON.parse(String(app.storage.get('cs.session'))) as Record<string, string>
    expect(stored.accessToken).toEqual(expect.any(String))
    expect(stored.refreshToken).toEqual(expect.any(String))
    const me = await api<Me>(sandbox, 'GET', '/api/v1/me', undefined, stored.accessToken)
    const mobileDigits = me.mobile.match(/\d{4,}/g) ?? []
    const forbidden = ['大友', me.name, me.mobile, me.idNumber, ...mobileDigits]
    for (const [key, value] of Object.entries(app.storageDump())) {
      for (const secret of forbidden) expect({ key, contains: secret, found: value.includes(secret) }).toEqual({ key, contains: secret, found: false })
    }
    expect(problemsOf(app)).toEqual([])
  })

  test('办事 tab lists the catalogue themes from the sandbox', async () => {
    const themes = (await api<{ items: Theme[] }>(sandbox, 'GET', '/api/v1/catalogue/themes')).items
    expect(themes.map((t) => t.name)).toContain('婚育收养')

    mp = await launch(platform, sandbox, { city: HANGZHOU })
    const app = mp
    const page = await app.switchTab('pages/catalogue/index')
    expect(page.route).toBe('pages/catalogue/index')
    for (const theme of themes) await app.waitForText(theme.name)
    expect(app.tabPages().map((p) => p.route).sort()).toEqual(['pages/catalogue/index', 'pages/home/index'])
    expect(problemsOf(app)).toEqual([])
  })
})
