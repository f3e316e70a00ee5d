// Self-tests of the strict platform fakes (no build needed): the contracts are what the
// platforms' typings say (regenerated and compared), every call outside them is refused and
// recorded, and each platform answers in its own documented shape.

import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { API_NAMES } from './contracts/apis'
import { CONTRACT_FILES, generate, render } from './contracts/generate'
import { checkCall } from './contracts/validate'
import { createNativeApi, type ApiCall, type NativeBehaviour, type UiRecord } from './lib/native-api'
import type { RequestLog } from './lib/request'
import type { Platform } from './lib/templates'

interface Fake {
  api: Record<string, (...args: unknown[]) => unknown>
  violations: string[]
  unknown: ApiCall[]
  requests: RequestLog[]
  /** Calls an options-form API and resolves with which callback ran and its argument. */
  call(name: string, options?: Record<string, unknown>): Promise<{ ok: boolean; res: Record<string, unknown> }>
}

function fake(platform: Platform, behaviour: NativeBehaviour = {}, origin = 'http://127.0.0.1:1'): Fake {
  const violations: string[] = []
  const unknown: ApiCall[] = []
  const requests: RequestLog[] = []
  const ui: UiRecord[] = []
  const later = (fn: ((res: unknown) => void) | undefined, result: unknown) => {
    if (typeof fn === 'function') setTimeout(() => fn(result === undefined ? undefined : JSON.parse(JSON.stringify(result))), 0)
  }
  const api = createNativeApi({
    platform,
    behaviour,
    storage: new Map(),
    apiCalls: [],
    unknownApiCalls: unknown,
    contractViolations: violations,
    ui,
    appId: 'self-test',
    requestEnv: {
      platform,
      compiledOrigin: 'http://127.0.0.1:8787',
      apiOrigin: origin,
      alipayHttpErrorsFail: true,
      log: requests,
      deliver: (fn, result) => fn?.(result),
      track: (p) => p,
    },
    navigate: () => undefined,
    setTitle: () => undefined,
    callLater: later,
    nextTick: (fn) => void setTimeout(fn, 0),
    launchOptions: () => ({ path: 'pages/home/index', query: {}, scene: 1001 }),
  }) as Record<string, (...args: unknown[]) => unknown>
  return {
    api,
    violations,
    unknown,
    requests,
    call: (name, options = {}) =>
      new Promise((resolve) => {
        api[name]({ ...options, success: (res: Record<string, unknown>) => resolve({ ok: true, res }), fail: (res: Record<string, unknown>) => resolve({ ok: false, res }) })
      }),
  }
}

describe('contracts', () => {
  test.each(['weapp', 'alipay'] as const)('%s.json is what the platform typings say today (regenerate: npx tsx e2e/mini/contracts/generate.ts)', (platform) => {
    expect(fs.readFileSync(CONTRACT_FILES[platform], 'utf8')).toBe(render(generate(platform)))
  }, 60_000)

  test('the documented narrowings hold: my.request GET/POST/PUT/DELETE, wx.request also no PATCH', () => {
    expect(checkCall('alipay', 'request', [{ url: 'https://x', method: 'HEAD' }])).toEqual(['my.request: parameter "method" must be one of "DELETE", "GET", "POST", "PUT", got "HEAD"'])
    expect(checkCall('weapp', 'request', [{ url: 'https://x', method: 'HEAD' }])).toEqual([])
    expect(checkCall('weapp', 'request', [{ url: 'https://x', method: 'PATCH' }])).toHaveLength(1)
  }, 30_000)

  test.each(['weapp', 'alipay'] as const)('%s: every contracted API is simulated, and only those', (platform) => {
    const { api } = fake(platform)
    for (const name of API_NAMES[platform]) expect([name, typeof api[name]]).toEqual([name, 'function'])
  }, 30_000)
})

describe.each(['weapp', 'alipay'] as const)('%s fake refuses calls outside the contract', (platform) => {
  const object = platform === 'weapp' ? 'wx' : 'my'

  test('PATCH is not a request method', async () => {
    const f = fake(platform)
    const { ok, res } = await f.call('request', { url: 'http://127.0.0.1:8787/api/v1/x', method: 'PATCH' })
    expect(ok).toBe(false)
    if (platform === 'weapp') expect(String(res.errMsg)).toMatch(/^request:fail parameter error: .*"method"/)
    else expect(res).toMatchObject({ error: 2 })
    expect(f.violations).toEqual([expect.stringContaining(`${object}.request: parameter "method" must be one of`)])
    expect(f.requests).toEqual([]) // nothing was sent
  }, 30_000)

  test('an undocumented parameter', async () => {
    const f = fake(platform)
    const { ok } = await f.call('showActionSheet', platform === 'weapp' ? { itemList: ['a'], items: ['a'] } : { items: ['a'], itemList: ['a'], tapIndex: 0 })
    expect(ok).toBe(false)
    expect(f.violations).toContain(platform === 'weapp' ? 'wx.showActionSheet: undocumented parameter "items"' : 'my.showActionSheet: undocumented parameter "tapIndex"')
  }, 30_000)

  test('a value outside the enum, and a value of the wrong type', async () => {
    const f = fake(platform, { location: { latitude: 30.27, longitude: 120.15 } })
    // WeChat getLocation takes 'wgs84' | 'gcj02'; Alipay a number 0–3 (the old app sent 'gcj02').
    const wrongEnum = await f.call('getLocation', { type: platform === 'weapp' ? 'bd09' : 'gcj02' })
    expect(wrongEnum.ok).toBe(false)
    expect(f.violations).toEqual([platform === 'weapp' ? 'wx.getLocation: parameter "type" must be one of "gcj02", "wgs84", got "bd09"' : 'my.getLocation: parameter "type" must be number, got string "gcj02"'])
    f.violations.length = 0
    await f.call('showToast', platform === 'weapp' ? { title: '好', icon: 'warn' } : { content: '好', type: 'warn' })
    expect(f.violations).toEqual([`${object}.showToast: parameter "${platform === 'weapp' ? 'icon' : 'type'}" must be one of ${platform === 'weapp' ? '"error", "loading", "none", "success"' : '"exception", "fail", "loading", "none", "success"'}, got "warn"`])
  }, 30_000)

  test('a missing required parameter', async () => {
    const f = fake(platform)
    await f.call('showActionSheet', platform === 'weapp' ? { alertText: '选择' } : { title: '选择' })
    expect(f.violations).toEqual([`${object}.showActionSheet: required parameter "${platform === 'weapp' ? 'itemList' : 'items'}" is missing`])
  }, 30_000)

  test('an API the harness does not simulate fails; one the platform lacks is undefined', () => {
    const f = fake(platform)
    expect(() => f.api.chooseImage({})).toThrow(/not simulated/)
    expect(f.violations).toEqual([`${object}.chooseImage is not simulated by the harness (add its contract: e2e/mini/README.md)`])
    expect(f.unknown.map((c) => c.name)).toEqual(['chooseImage'])
    expect(f.api.doesNotExist).toBeUndefined()
  }, 30_000)

  test('a synchronous API with a wrong argument throws', () => {
    const f = fake(platform)
    if (platform === 'weapp') expect(() => f.api.setStorageSync({ key: 'k', data: 'v' })).toThrow(/argument "key" must be string/)
    else expect(() => f.api.setStorageSync('k', 'v')).toThrow(/options must be an object|takes one options object/)
    expect(f.violations.length).toBeGreaterThan(0)
  }, 30_000)
})

describe('each platform answers in its own documented shape', () => {
  test('showActionSheet: WeChat { tapIndex } and fail "cancel"; Alipay { index } and success with -1 on cancel', async () => {
    expect(await fake('weapp', { actionSheetAnswer: 1 }).call('showActionSheet', { itemList: ['a', 'b'] })).toEqual({ ok: true, res: { errMsg: 'showActionSheet:ok', tapIndex: 1 } })
    expect(await fake('weapp').call('showActionSheet', { itemList: ['a', 'b'] })).toEqual({ ok: false, res: { errMsg: 'showActionSheet:fail cancel' } })
    expect(await fake('alipay', { actionSheetAnswer: 1 }).call('showActionSheet', { items: ['a', 'b'] })).toEqual({ ok: true, res: { index: 1 } })
    expect(await fake('alipay').call('showActionSheet', { items: ['a', 'b'] })).toEqual({ ok: true, res: { index: -1 } })
  }, 30_000)

  test('getLocation: WeChat numbers; Alipay strings, numeric type; fail objects per platform', async () => {
    const here = { latitude: 30.274084, longitude: 120.15507 }
    const wx = await fake('weapp', { location: here }).call('getLocation', { type: 'gcj02' })
    expect(wx).toMatchObject({ ok: true, res: { errMsg: 'getLocation:ok', latitude: 30.274084, longitude: 120.15507 } })
    const my = await fake('alipay', { location: here }).call('getLocation', { type: 0 })
    expect(my).toEqual({ ok: true, res: { latitude: '30.274084', longitude: '120.15507', accuracy: '30', horizontalAccuracy: '30' } })
    expect(await fake('weapp').call('getLocation', { type: 'gcj02' })).toEqual({ ok: false, res: { errMsg: 'getLocation:fail auth deny' } })
    expect(await fake('alipay').call('getLocation', { type: 0 })).toEqual({ ok: false, res: { error: 2001, errorMessage: '用户拒绝授权' } })
  }, 30_000)

  test('wx.getFuzzyLocation: documented type values, approximate numbers', async () => {
    const f = fake('weapp', { location: { latitude: 30.274084, longitude: 120.15507 } })
    expect(await f.call('getFuzzyLocation', { type: 'gcj02' })).toEqual({ ok: true, res: { errMsg: 'getFuzzyLocation:ok', latitude: 30.27, longitude: 120.16 } })
    await f.call('getFuzzyLocation', { type: 'bd09' })
    expect(f.violations).toEqual(['wx.getFuzzyLocation: parameter "type" must be one of "gcj02", "wgs84", got "bd09"'])
    expect(fake('alipay').api.getFuzzyLocation).toBeUndefined()
  }, 30_000)

  test('my.tradePay reports through success with resultCode 9000 / 6001 / 4000; wx.requestPayment fails on cancel', async () => {
    expect(await fake('alipay', { payment: 'success' }).call('tradePay', { tradeNO: 'T1' })).toEqual({ ok: true, res: { resultCode: '9000' } })
    expect(await fake('alipay', { payment: 'cancel' }).call('tradePay', { tradeNO: 'T1' })).toEqual({ ok: true, res: { resultCode: '6001' } })
    expect(await fake('alipay', { payment: 'fail' }).call('tradePay', { tradeNO: 'T1' })).toEqual({ ok: true, res: { resultCode: '4000' } })
    const pay = { timeStamp: '1', nonceStr: 'n', package: 'prepay_id=1', signType: 'RSA', paySign: 's' }
    expect(await fake('weapp', { payment: 'cancel' }).call('requestPayment', pay)).toEqual({ ok: false, res: { errMsg: 'requestPayment:fail cancel' } })
  }, 30_000)

  test('request: WeChat sends content-type application/json by default (also on a DELETE) and answers { statusCode, header }; Alipay { status, headers }', async () => {
    const seen: Array<{ method?: string; type?: string; length?: string }> = []
    const server = http.createServer((req, res) => {
      seen.push({ method: req.method, type: req.headers['content-type'], length: req.headers['content-length'] })
      res.writeHead(204).end()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      const wx = await fake('weapp', {}, origin).call('request', { url: 'http://127.0.0.1:8787/api/v1/auth/sessions/current', method: 'DELETE' })
      expect(wx).toMatchObject({ ok: true, res: { statusCode: 204, errMsg: 'request:ok', header: expect.any(Object) } })
      const my = await fake('alipay', {}, origin).call('request', { url: 'http://127.0.0.1:8787/api/v1/auth/sessions/current', method: 'DELETE', headers: {} })
      expect(my).toMatchObject({ ok: true, res: { status: 204, headers: expect.any(Object) } })
      expect(seen).toEqual([
        { method: 'DELETE', type: 'application/json', length: undefined },
        { method: 'DELETE', type: 'application/json', length: undefined },
      ])
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  }, 10_000)
})
