// Defects the strict fakes revealed (issue 13), each on the platform concerned, on the real
// builds. Every test here failed on the code before the fix.

import { ensureBuilt } from './build'
import { api, HANGZHOU, launch, PLATFORMS, problemsOf } from './fixtures'
import type { MiniProgram, Platform } from './harness'
import { startSandbox, type RunningSandbox } from './sandbox'
import type { HouseholdAccount } from '@contract'

const HERE = { latitude: 30.274084, longitude: 120.15507 } // 杭州 (GCJ-02)
const WATER = 'ha_seed-resident-water'
const ACCOUNT_PAGE = 'features/bills/pages/account/index'
const HALLS_PAGE = 'features/appointments/pages/halls/index'

function tokenOf(mp: MiniProgram): string {
  return (JSON.parse(String(mp.storage.get('cs.session'))) as { accessToken: string }).accessToken
}

let sandbox: RunningSandbox
let mp: MiniProgram | undefined

beforeAll(async () => {
  for (const platform of PLATFORMS) ensureBuilt(platform)
  sandbox = await startSandbox()
}, 300_000)
afterEach(async () => {
  // close() throws on any contract violation left: every test here also fails on those.
  const app = mp
  mp = undefined
  await app?.close()
}, 10_000)
afterAll(async () => {
  await sandbox?.close()
}, 10_000)

describe('alipay: 修改户号标签 reads my.showActionSheet { index } (cancel = index -1)', () => {
  const open = async (answer: number | 'cancel') => {
    mp = await launch('alipay', sandbox, { city: HANGZHOU, persona: 'resident', actionSheetAnswer: answer, launch: { path: ACCOUNT_PAGE, query: { id: WATER } } })
    const app = mp
    // The label's button (its text and a drawn edit mark, no ✎ glyph since issue 15), found by its
    // class: the label itself changes with the pick of the test before.
    const page = app.currentPage()
    const button = await app.waitFor(() => page.findByClass('account__label')[0])
    expect(page.tap(button)).toBe(true)
    await app.waitFor(() => app.ui.some((u) => u.kind === 'actionSheet'))
    await app.idle()
    return app
  }

  test('a pick sends the label and the server stores it', async () => {
    const app = await open(2)
    expect(app.ui.find((u) => u.kind === 'actionSheet')?.options.items).toEqual(['家里', '父母家', '公司'])
    const put = app.requests.filter((r) => r.method === 'PUT')
    expect(put).toMatchObject([{ path: `/api/v1/utilities/accounts/${WATER}/label`, status: 200, requestBody: { label: '公司' } }])
    const stored = await api<HouseholdAccount>(sandbox, 'GET', `/api/v1/utilities/accounts/${WATER}`, undefined, tokenOf(app))
    expect(stored.label).toBe('公司')
    await app.waitForText('公司')
    expect(problemsOf(app)).toEqual([])
  }, 30_000)

  test('cancelling sends nothing', async () => {
    const app = await open('cancel')
    expect(app.requests.filter((r) => r.method !== 'GET')).toEqual([])
    expect(problemsOf(app)).toEqual([])
  }, 30_000)
})

describe('weapp: logout with wx.request’s default content-type revokes the session on the server', () => {
  test('退出登录 → DELETE 204 → the token no longer works', async () => {
    mp = await launch('weapp', sandbox, { city: HANGZHOU, persona: 'resident', modalAnswer: true, launch: { path: 'more/pages/settings/index' } })
    const app = mp
    const token = tokenOf(app)
    await app.tapText('退出登录', { exact: true })
    await app.waitFor(() => app.requests.find((r) => r.method === 'DELETE' && r.status !== 0))
    await app.idle()
    const logout = app.requests.find((r) => r.method === 'DELETE')
    expect(logout).toMatchObject({ path: '/api/v1/auth/sessions/current', status: 204 })
    expect(app.storage.has('cs.session')).toBe(false)
    const me = await sandbox.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } })
    expect(me.statusCode).toBe(401)
    expect(problemsOf(app)).toEqual([])
  }, 30_000)
})

describe('weapp: privacy agreement settles on every page', () => {
  test('after agreeing on the city page, the page beneath has no dialog (also after going back)', async () => {
    mp = await launch('weapp', sandbox, { city: HANGZHOU, privacy: 'ask', location: HERE })
    const app = mp
    await app.waitForText('切换城市').catch(() => undefined)
    await new Promise<void>((resolve) => void app.native.navigateTo({ url: '/pages/city/index', success: () => resolve() }))
    await app.waitForPage('pages/city/index')
    await app.tapText('使用当前位置推荐城市')
    const city = await app.waitForText('隐私保护提示')
    const home = app.pageStack()[0]
    // WeChat delivers the request to every mounted page shell.
    expect(home.hasText('隐私保护提示')).toBe(true)
    const agree = city.findByText('同意并继续')!
    city.trigger(agree, 'agreeprivacyauthorization', {})
    await app.waitForText('定位到：杭州')
    expect(city.hasText('隐私保护提示')).toBe(false)
    await app.navigateBack()
    await app.idle()
    expect(app.currentPage().route).toBe('pages/home/index')
    expect(app.currentPage().hasText('隐私保护提示')).toBe(false)
    // City-level location is enough here: getFuzzyLocation, never the precise getLocation.
    expect(app.apiCalls.map((c) => c.name)).toContain('getFuzzyLocation')
    expect(app.apiCalls.map((c) => c.name)).not.toContain('getLocation')
    expect(problemsOf(app)).toEqual([])
  }, 30_000)
})

describe.each(PLATFORMS)('%s: location', (platform: Platform) => {
  test('the city suggestion finds 杭州 from the platform coordinates', async () => {
    mp = await launch(platform, sandbox, { location: HERE, launch: { path: 'pages/city/index' } })
    const app = mp
    await app.tapText('使用当前位置推荐城市')
    await app.waitForText('定位到：杭州')
    const used = app.apiCalls.filter((c) => /Location$/.test(c.name)).map((c) => [c.name, (c.args[0] as { type?: unknown }).type])
    // WeChat: fuzzy location with a documented type; Alipay: getLocation with the numeric type 0.
    expect(used).toEqual(platform === 'weapp' ? [['getFuzzyLocation', 'gcj02']] : [['getLocation', 0]])
    expect(problemsOf(app)).toEqual([])
  }, 30_000)

  test('halls by distance: location only after the user asks, sent as numbers', async () => {
    mp = await launch(platform, sandbox, { city: HANGZHOU, location: HERE, launch: { path: HALLS_PAGE } })
    const app = mp
    expect(app.apiCalls.filter((c) => /Location$/.test(c.name))).toEqual([])
    await app.tapText('按离我最近排序')
    await app.waitForText('已按距离由近到远排列')
    await app.idle()
    // WeChat: getFuzzyLocation here too — WeChat refuses an app that declares both it and
    // getLocation (miniprogram-ci checkAppFields: JSON_REQUIRED_PRIVATE_INFOS_MUTUALLY_EXCLUSIVE).
    // Alipay: precise my.getLocation with the numeric type, its string answer converted.
    const [api, latitude, longitude] = platform === 'weapp' ? ['getFuzzyLocation', '30.27', '120.16'] : ['getLocation', '30.274084', '120.15507']
    const near = app.requests.find((r) => r.path.startsWith('/api/v1/appointments/halls?') && r.path.includes(latitude))
    expect(near).toMatchObject({ status: 200 })
    expect(near!.path).toContain(longitude)
    expect(app.apiCalls.filter((c) => /Location$/.test(c.name)).map((c) => c.name)).toEqual([api])
    expect(problemsOf(app)).toEqual([])
  }, 30_000)
})

describe.each(PLATFORMS)('%s: navigation past the 10-page stack', (platform: Platform) => {
  test('walking 11 pages deep: the platform refuses navigateTo, the app falls back to redirectTo', async () => {
    mp = await launch(platform, sandbox, { city: HANGZHOU, persona: 'resident' })
    const app = mp
    // Pages 2–10: the user went deep (the fake enforces the platform's limit).
    for (let i = 2; i <= 10; i++) {
      await new Promise<void>((resolve, reject) => void app.native.navigateTo({ url: `/${HALLS_PAGE}`, success: () => resolve(), fail: reject }))
    }
    expect(app.pageStack()).toHaveLength(10)
    const refused = await new Promise<Record<string, unknown>>((resolve) => void app.native.navigateTo({ url: `/${HALLS_PAGE}`, success: resolve, fail: resolve }))
    expect(refused).toEqual(platform === 'weapp' ? { errMsg: 'navigateTo:fail webview count limit exceed' } : { error: 2, errorMessage: 'navigateTo:fail webview count limit exceed' })
    // Page 11 from the app itself (openPage): it still opens, replacing the top page.
    await app.waitForText('我的预约')
    app.currentPage().tapText('我的预约')
    const mine = await app.waitForPage('features/appointments/pages/mine/index')
    expect(app.pageStack()).toHaveLength(10)
    expect(app.currentPage()).toBe(mine)
    expect(problemsOf(app)).toEqual([])
  }, 30_000)
})
