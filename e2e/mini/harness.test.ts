// The harness's own rules (setData paths, navigation semantics), checked on the real build
// so that journeys can trust them.

import { ensureBuilt } from './build'
import { cityChosen } from './fixtures'
import { bootMiniProgram, type MiniProgram } from './harness'
import { applySetData, cloneData, parseDataPath } from './lib/data-path'
import { loadTemplates } from './lib/templates'
import { startSandbox, type RunningSandbox } from './sandbox'

jest.setTimeout(60_000)

describe('setData paths', () => {
  test('parses Taro path syntax', () => {
    expect(parseDataPath('root.cn.[0].v')).toEqual(['root', 'cn', 0, 'v'])
    expect(parseDataPath('root.cn[0].cn[12].cl')).toEqual(['root', 'cn', 0, 'cn', 12, 'cl'])
    expect(parseDataPath('a.b')).toEqual(['a', 'b'])
  })

  test('applies values, creates missing containers and copies like the view-layer bridge', () => {
    const data: Record<string, unknown> = { root: { cn: [] } }
    applySetData(data, { 'root.cn.[0]': { nn: '3', sid: '_A', cn: [] }, 'root.cn.[0].cn.[1].v': 'x', 'list[2]': 1, 'gone': undefined })
    expect(data).toEqual({ root: { cn: [{ nn: '3', sid: '_A', cn: [undefined, { v: 'x' }] }] }, list: [undefined, undefined, 1] })
    expect(cloneData({ keep: 1, drop: undefined, fn: () => 1, nested: [undefined, 2] })).toEqual({ keep: 1, nested: [null, 2] })
  })
})

describe.each(['weapp', 'alipay'] as const)('%s templates and navigation', (platform) => {
  let sandbox: RunningSandbox
  let mp: MiniProgram | undefined
  const call = (name: string, options: Record<string, unknown>) =>
    new Promise<{ ok: boolean; res: unknown }>((resolve) => {
      mp!.native[name]({ ...options, success: (res: unknown) => resolve({ ok: true, res }), fail: (res: unknown) => resolve({ ok: false, res }) })
    })

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

  test('the base template maps node names to native components and their tap bindings', () => {
    const templates = loadTemplates(ensureBuilt(platform), platform)
    const tags = new Set([...templates.values()].map((t) => t.tag))
    for (const tag of ['view', 'text', 'button', '#text']) expect(tags).toContain(tag)
    expect([...templates.values()].some((t) => t.tag === 'view' && t.events.has('tap'))).toBe(true)
    expect([...templates.values()].some((t) => t.tag === 'view' && !t.events.has('tap'))).toBe(true)
  })

  test('navigation follows the platform rules and keeps tab pages alive', async () => {
    mp = await bootMiniProgram({ platform, apiOrigin: sandbox.origin, storage: cityChosen() })
    const app = mp
    const home = app.currentPage()
    const routes = () => app.pageStack().map((p) => p.route)

    expect(await call('navigateBack', {})).toMatchObject({ ok: false })
    expect(await call('navigateTo', { url: '/pages/me/index' })).toMatchObject({ ok: false })
    expect(await call('navigateTo', { url: '/pages/nope/index' })).toMatchObject({ ok: false })
    expect(await call('switchTab', { url: '/pages/login/index' })).toMatchObject({ ok: false })

    expect(await call('navigateTo', { url: '/pages/city/index' })).toMatchObject({ ok: true })
    expect(routes()).toEqual(['pages/home/index', 'pages/city/index'])
    const city = app.currentPage()

    await app.switchTab('pages/me/index')
    expect(routes()).toEqual(['pages/me/index'])
    expect(city.alive).toBe(false)
    expect(home.alive).toBe(true)

    await app.switchTab('首页')
    expect(app.currentPage()).toBe(home)
    expect(app.tabPages().map((p) => p.route).sort()).toEqual(['pages/home/index', 'pages/me/index'])

    expect(await call('reLaunch', { url: '/pages/catalogue/index' })).toMatchObject({ ok: true })
    expect(routes()).toEqual(['pages/catalogue/index'])
    expect(home.alive).toBe(false)
    expect(app.tabPages().map((p) => p.route)).toEqual(['pages/catalogue/index'])

    expect(await call('navigateTo', { url: '/more/pages/catalogue-item/index?id=330100-jzz-qz' })).toMatchObject({ ok: true })
    expect(app.currentPage().query).toEqual({ id: '330100-jzz-qz' })
    await app.navigateBack()
    expect(routes()).toEqual(['pages/catalogue/index'])
    expect(app.errors).toEqual([])
  })

  test('wx.request / my.request only reach the sandbox', async () => {
    mp = await bootMiniProgram({ platform, apiOrigin: sandbox.origin, storage: cityChosen() })
    const outside = await call('request', { url: 'https://example.com/api', method: 'GET' })
    expect(outside.ok).toBe(false)
    const missing = await call('request', { url: 'http://127.0.0.1:8787/api/v1/nope', method: 'GET' })
    // WeChat: success for every status; Alipay: fail with error 19 and the status.
    if (platform === 'weapp') expect(missing).toMatchObject({ ok: true, res: { statusCode: 404 } })
    else expect(missing).toMatchObject({ ok: false, res: { error: 19, status: 404 } })
  })
})
