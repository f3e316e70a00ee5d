// The simulated `wx` (WeChat) / `my` (Alipay) object. Implemented APIs follow the
// platform's calling conventions (WeChat: errMsg + success/fail/complete; Alipay:
// {key} objects for storage, error/errorMessage on failure). Every other API name
// Taro knows is present as a stub that records the call and succeeds, and any other
// name read from the object returns a recording no-op: tests see them all in
// `unknownApiCalls` instead of the app crashing or silently doing nothing.

import fs from 'node:fs'
import { performRequest, type RequestEnv, type RequestOptions } from './request'
import type { Platform } from './templates'

export type Callback = ((res: unknown) => void) | undefined
export interface ApiOptions {
  success?: Callback
  fail?: Callback
  complete?: Callback
  [key: string]: unknown
}

export interface ApiCall {
  name: string
  args: unknown[]
}

export type NavigationKind = 'navigateTo' | 'redirectTo' | 'navigateBack' | 'switchTab' | 'reLaunch'

export interface Coordinates {
  latitude: number
  longitude: number
}

export interface NativeBehaviour {
  /** wx.login code / my.getAuthCode authCode; default "harness-<platform>-<n>". */
  loginCode?: string | (() => string)
  /** Make wx.login / my.getAuthCode fail (e.g. the user cancelled). */
  loginFails?: boolean
  /** getLocation answer: coordinates, or 'deny' (default) / 'fail'. */
  location?: Coordinates | 'deny' | 'fail'
  /** showModal: true = confirm (default), false = cancel, or decide per call. */
  modalAnswer?: boolean | ((options: { title?: string; content?: string }) => boolean)
  /** showActionSheet: index tapped, or 'cancel' (default). */
  actionSheetAnswer?: number | 'cancel'
  /** WeChat privacy: 'agreed' (default) or 'ask' (protected APIs wait for onNeedPrivacyAuthorization). */
  privacy?: 'agreed' | 'ask'
  /**
   * wx.requestPayment / my.tradePay outcome: 'success' (default), 'cancel', 'fail', or a
   * function (e.g. one that also tells the sandbox the payment went through).
   */
  payment?: 'success' | 'cancel' | 'fail' | ((options: ApiOptions) => 'success' | 'cancel' | 'fail' | Promise<'success' | 'cancel' | 'fail'>)
  /** requestSubscribeMessage: 'accept' (default) or 'reject' for every template. */
  subscribeAnswer?: 'accept' | 'reject'
  /** Per-API replacements: (options, defaultImpl) => result. */
  overrides?: Record<string, (options: ApiOptions, ...rest: unknown[]) => unknown>
}

export interface UiRecord {
  kind: 'toast' | 'loading' | 'modal' | 'actionSheet'
  title: string
  options: Record<string, unknown>
}

export interface NativeHost {
  platform: Platform
  behaviour: NativeBehaviour
  storage: Map<string, unknown>
  requestEnv: RequestEnv
  apiCalls: ApiCall[]
  unknownApiCalls: ApiCall[]
  ui: UiRecord[]
  navigate(kind: NavigationKind, options: ApiOptions): void
  setTitle(title: string): void
  /** Invoke an app callback asynchronously (like the base library), guarded, in the vm realm. */
  callLater(fn: Callback, result: unknown, source: string): void
  nextTick(fn: () => void): void
  launchOptions(): Record<string, unknown>
  appId: string
}

const SYSTEM = {
  brand: 'devtools',
  model: 'iPhone 13',
  pixelRatio: 3,
  screenWidth: 375,
  screenHeight: 812,
  windowWidth: 375,
  windowHeight: 642,
  statusBarHeight: 44,
  language: 'zh_CN',
  fontSizeSetting: 16,
  theme: 'light',
  safeArea: { left: 0, right: 375, top: 44, bottom: 778, width: 375, height: 734 },
}

/** API names Taro knows (its promisify lists), so `Taro.xxx` exists for each of them. */
function taroKnownApiNames(platform: Platform): string[] {
  const files = [require.resolve('@tarojs/shared/dist/native-apis.js')]
  try {
    files.push(require.resolve(`@tarojs/plugin-platform-${platform}/dist/runtime.js`))
  } catch {
    // optional
  }
  const names = new Set<string>()
  for (const file of files) {
    const source = fs.readFileSync(file, 'utf8')
    const block = /const needPromiseApis = new Set\(\[([\s\S]*?)\]\)/.exec(source)
    if (block) for (const m of block[1].matchAll(/'([A-Za-z0-9]+)'/g)) names.add(m[1])
  }
  return [...names]
}

/** Property names that are not APIs: reading them must give undefined, not a stub. */
const NOT_APIS = new Set(['then', 'toJSON', 'constructor', 'webpackJsonp', 'taroEventCenter', 'asymmetricMatch', 'nodeType', 'tagName', 'inspect', 'cloud', 'SDKVersion'])

const captureFirers = new WeakMap<object, () => number>()

/** Simulates the user taking a screenshot: calls every onUserCaptureScreen listener; returns how many. */
export function fireUserCaptureScreen(nativeApi: object): number {
  return captureFirers.get(nativeApi)?.() ?? 0
}

export function createNativeApi(host: NativeHost): Record<string, unknown> {
  const { platform, behaviour, storage } = host
  const alipay = platform === 'alipay'
  let loginCount = 0
  let privacyHandler: ((resolve: (r: { event: string }) => void, info: { referrer: string }) => void) | null = null
  let privacyAgreed = (behaviour.privacy ?? 'agreed') === 'agreed'

  const ok = (name: string, extra: Record<string, unknown> = {}) => (alipay ? { ...extra } : { errMsg: `${name}:ok`, ...extra })
  const succeed = (name: string, options: ApiOptions | undefined, extra: Record<string, unknown> = {}) => {
    const res = ok(name, extra)
    host.callLater(options?.success, res, `${name}.success`)
    host.callLater(options?.complete, res, `${name}.complete`)
  }
  const failWith = (name: string, options: ApiOptions | undefined, wxMessage: string, alipayError = 3, alipayMessage = wxMessage) => {
    const res = alipay ? { error: alipayError, errorMessage: alipayMessage } : { errMsg: `${name}:fail ${wxMessage}` }
    host.callLater(options?.fail, res, `${name}.fail`)
    host.callLater(options?.complete, res, `${name}.complete`)
  }
  const clone = (value: unknown) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)))

  // ---- storage -------------------------------------------------------------
  const storageInfo = () => {
    const keys = [...storage.keys()]
    const currentSize = Math.ceil(keys.reduce((n, k) => n + k.length + JSON.stringify(storage.get(k) ?? '').length, 0) / 1024)
    return { keys, currentSize, limitSize: 10240 }
  }
  const keyOf = (arg: unknown): string => (alipay && arg && typeof arg === 'object' ? String((arg as { key: unknown }).key) : String(arg))

  // wx/my.onUserCaptureScreen listeners; a test "takes a screenshot" with fireUserCaptureScreen().
  const captureListeners = new Set<Callback>()

  const api: Record<string, unknown> = {
    // screen capture (both platforms): the user took a screenshot
    onUserCaptureScreen(listener: Callback) {
      if (typeof listener === 'function') captureListeners.add(listener)
    },
    offUserCaptureScreen(listener?: Callback) {
      if (typeof listener === 'function') captureListeners.delete(listener)
      else captureListeners.clear()
    },
    // storage (sync)
    setStorageSync(keyOrOptions: unknown, data?: unknown) {
      if (alipay) {
        const o = keyOrOptions as { key: string; data: unknown }
        storage.set(String(o.key), clone(o.data))
        return { success: true }
      }
      storage.set(String(keyOrOptions), clone(data))
      return undefined
    },
    getStorageSync(keyOrOptions: unknown) {
      const key = keyOf(keyOrOptions)
      const value = storage.has(key) ? clone(storage.get(key)) : undefined
      if (alipay) return { data: value === undefined ? null : value }
      return value === undefined ? '' : value
    },
    removeStorageSync(keyOrOptions: unknown) {
      storage.delete(keyOf(keyOrOptions))
      return alipay ? { success: true } : undefined
    },
    clearStorageSync() {
      storage.clear()
    },
    getStorageInfoSync() {
      return storageInfo()
    },
    // storage (async)
    setStorage(o: ApiOptions) {
      storage.set(String(o.key), clone(o.data))
      succeed('setStorage', o, alipay ? { success: true } : {})
    },
    getStorage(o: ApiOptions) {
      const key = String(o.key)
      if (!storage.has(key)) {
        if (alipay) succeed('getStorage', o, { data: null })
        else failWith('getStorage', o, 'data not found')
        return
      }
      succeed('getStorage', o, { data: clone(storage.get(key)) })
    },
    removeStorage(o: ApiOptions) {
      storage.delete(String(o.key))
      succeed('removeStorage', o)
    },
    clearStorage(o: ApiOptions) {
      storage.clear()
      succeed('clearStorage', o)
    },
    getStorageInfo(o: ApiOptions) {
      succeed('getStorageInfo', o, storageInfo())
    },

    // network
    request(o: RequestOptions) {
      return performRequest(o, host.requestEnv)
    },
    getNetworkType(o: ApiOptions) {
      succeed('getNetworkType', o, alipay ? { networkAvailable: true, networkType: 'WIFI' } : { networkType: 'wifi' })
    },
    onNetworkStatusChange() {},
    offNetworkStatusChange() {},

    // system
    getSystemInfoSync() {
      return alipay
        ? { ...SYSTEM, app: 'alipay', platform: 'iOS', system: '16.0', version: '10.5.30', titleBarHeight: 44, storage: '128 GB', currentBattery: '80%' }
        : { ...SYSTEM, platform: 'devtools', system: 'iOS 16.0', version: '8.0.50', SDKVersion: '3.5.0', host: { env: 'WeChat' } }
    },
    getSystemInfo(o: ApiOptions) {
      succeed('getSystemInfo', o, (api.getSystemInfoSync as () => Record<string, unknown>)())
    },
    getSystemInfoAsync(o: ApiOptions) {
      succeed('getSystemInfoAsync', o, (api.getSystemInfoSync as () => Record<string, unknown>)())
    },
    getWindowInfo() {
      const { pixelRatio, screenWidth, screenHeight, windowWidth, windowHeight, statusBarHeight, safeArea } = SYSTEM
      return { pixelRatio, screenWidth, screenHeight, windowWidth, windowHeight, statusBarHeight, safeArea, screenTop: 0 }
    },
    getDeviceInfo() {
      return { brand: SYSTEM.brand, model: SYSTEM.model, system: 'iOS 16.0', platform: alipay ? 'iOS' : 'devtools', benchmarkLevel: 1 }
    },
    getAppBaseInfo() {
      return { SDKVersion: '3.5.0', language: 'zh_CN', version: alipay ? '10.5.30' : '8.0.50', theme: 'light', fontSizeSetting: 16, enableDebug: false, host: { env: alipay ? 'alipay' : 'WeChat' } }
    },
    getSystemSetting() {
      return { bluetoothEnabled: false, locationEnabled: true, wifiEnabled: true, deviceOrientation: 'portrait' }
    },
    getAppAuthorizeSetting() {
      return { locationAuthorized: behaviour.location !== 'deny' ? 'authorized' : 'denied', notificationAuthorized: 'authorized' }
    },
    getMenuButtonBoundingClientRect() {
      return { width: 87, height: 32, top: 48, right: 368, bottom: 80, left: 281 }
    },
    getLaunchOptionsSync() {
      return host.launchOptions()
    },
    getEnterOptionsSync() {
      return host.launchOptions()
    },
    getAccountInfoSync() {
      return { miniProgram: { appId: host.appId, envVersion: 'develop', version: '' } }
    },
    getAppIdSync() {
      return { appId: host.appId }
    },
    canIUse() {
      return true
    },
    nextTick(fn: () => void) {
      host.nextTick(fn)
    },
    env: { USER_DATA_PATH: alipay ? 'https://usr' : 'wxfile://usr' },
    getUpdateManager() {
      return { onCheckForUpdate() {}, onUpdateReady() {}, onUpdateFailed() {}, applyUpdate() {} }
    },
    reportAnalytics() {},
    reportEvent() {},
    reportMonitor() {},
    reportPerformance() {},
    getPerformance() {
      return { createObserver: () => ({ observe() {}, disconnect() {} }), getEntries: () => [], now: () => Date.now() }
    },
    getRealtimeLogManager() {
      return { info() {}, warn() {}, error() {}, setFilterMsg() {}, addFilterMsg() {} }
    },
    getLogManager() {
      return { log() {}, info() {}, warn() {}, debug() {} }
    },
    onAppShow() {},
    offAppShow() {},
    onAppHide() {},
    offAppHide() {},
    onError() {},
    offError() {},
    onUnhandledRejection() {},
    offUnhandledRejection() {},
    onPageNotFound() {},
    offPageNotFound() {},
    onMemoryWarning() {},
    offMemoryWarning() {},
    onThemeChange() {},
    offThemeChange() {},
    onWindowResize() {},
    offWindowResize() {},
    onKeyboardHeightChange() {},
    offKeyboardHeightChange() {},
    hideKeyboard(o: ApiOptions) {
      succeed('hideKeyboard', o)
    },
    vibrateShort(o: ApiOptions) {
      succeed('vibrateShort', o)
    },
    pageScrollTo(o: ApiOptions) {
      succeed('pageScrollTo', o)
    },
    stopPullDownRefresh(o: ApiOptions) {
      succeed('stopPullDownRefresh', o)
    },
    startPullDownRefresh(o: ApiOptions) {
      succeed('startPullDownRefresh', o)
    },
    setClipboardData(o: ApiOptions) {
      succeed('setClipboardData', o)
    },

    // view helpers Taro / UI libraries call
    createSelectorQuery() {
      const results: unknown[] = []
      const query = {
        in: () => query,
        select: () => nodesRef(false),
        selectAll: () => nodesRef(true),
        selectViewport: () => nodesRef(false),
        exec(cb?: (res: unknown[]) => void) {
          host.callLater(cb as Callback, results.slice(), 'SelectorQuery.exec')
          return undefined
        },
      }
      const nodesRef = (all: boolean) => {
        const push = (value: unknown, cb?: (res: unknown) => void) => {
          results.push(all ? [] : value)
          if (cb) host.callLater(cb as Callback, all ? [] : value, 'NodesRef.callback')
          return query
        }
        const rect = { id: '', dataset: {}, left: 0, right: 0, top: 0, bottom: 0, width: 0, height: 0 }
        return {
          boundingClientRect: (cb?: (res: unknown) => void) => push(rect, cb),
          scrollOffset: (cb?: (res: unknown) => void) => push({ scrollLeft: 0, scrollTop: 0, scrollWidth: 0, scrollHeight: 0 }, cb),
          fields: (_f: unknown, cb?: (res: unknown) => void) => push({ ...rect }, cb),
          node: (cb?: (res: unknown) => void) => push({ node: null }, cb),
          context: (cb?: (res: unknown) => void) => push({ context: null }, cb),
        }
      }
      return query
    },
    createIntersectionObserver() {
      const observer = { relativeTo: () => observer, relativeToViewport: () => observer, observe() {}, disconnect() {} }
      return observer
    },
    createAnimation() {
      const animation: Record<string, unknown> = {}
      for (const m of ['opacity', 'backgroundColor', 'width', 'height', 'top', 'left', 'bottom', 'right', 'rotate', 'scale', 'translate', 'translateX', 'translateY', 'skew', 'matrix', 'step']) {
        animation[m] = () => animation
      }
      animation.export = () => ({ actions: [] })
      return animation
    },

    // interaction
    showToast(o: ApiOptions) {
      host.ui.push({ kind: 'toast', title: String((alipay ? o.content : o.title) ?? ''), options: { ...o } })
      succeed('showToast', o)
    },
    hideToast(o?: ApiOptions) {
      succeed('hideToast', o)
    },
    showLoading(o: ApiOptions) {
      host.ui.push({ kind: 'loading', title: String((alipay ? o.content : o.title) ?? ''), options: { ...o } })
      succeed('showLoading', o)
    },
    hideLoading(o?: ApiOptions) {
      succeed('hideLoading', o)
    },
    showActionSheet(o: ApiOptions) {
      host.ui.push({ kind: 'actionSheet', title: String(o.title ?? ''), options: { ...o } })
      const answer = behaviour.actionSheetAnswer ?? 'cancel'
      if (answer === 'cancel') {
        if (alipay) succeed('showActionSheet', o, { index: -1 })
        else failWith('showActionSheet', o, 'cancel')
      } else succeed('showActionSheet', o, alipay ? { index: answer } : { tapIndex: answer })
    },

    // navigation
    navigateTo(o: ApiOptions) {
      host.navigate('navigateTo', o)
    },
    redirectTo(o: ApiOptions) {
      host.navigate('redirectTo', o)
    },
    navigateBack(o?: ApiOptions) {
      host.navigate('navigateBack', o ?? {})
    },
    switchTab(o: ApiOptions) {
      host.navigate('switchTab', o)
    },
    reLaunch(o: ApiOptions) {
      host.navigate('reLaunch', o)
    },
    setTabBarBadge(o: ApiOptions) {
      succeed('setTabBarBadge', o)
    },
    removeTabBarBadge(o: ApiOptions) {
      succeed('removeTabBarBadge', o)
    },
    showTabBarRedDot(o: ApiOptions) {
      succeed('showTabBarRedDot', o)
    },
    hideTabBarRedDot(o: ApiOptions) {
      succeed('hideTabBarRedDot', o)
    },
    hideHomeButton(o: ApiOptions) {
      succeed('hideHomeButton', o)
    },

    // device capabilities
    getLocation(o: ApiOptions) {
      const answer = behaviour.location ?? 'deny'
      const run = () => {
        if (answer === 'deny') failWith('getLocation', o, 'auth deny', 2001, '用户拒绝授权')
        else if (answer === 'fail') failWith('getLocation', o, 'system permission denied', 12, '定位失败')
        else succeed('getLocation', o, { ...answer, accuracy: 30, speed: -1, altitude: 0, horizontalAccuracy: 30, verticalAccuracy: 0 })
      }
      if (!alipay && !privacyAgreed) askPrivacy('getLocation', run, () => failWith('getLocation', o, 'privacy permission is not authorized'))
      else run()
    },
    makePhoneCall(o: ApiOptions) {
      succeed('makePhoneCall', o)
    },
    openLocation(o: ApiOptions) {
      succeed('openLocation', o)
    },
    getSetting(o: ApiOptions) {
      succeed('getSetting', o, { authSetting: { 'scope.userLocation': behaviour.location !== undefined && behaviour.location !== 'deny' } })
    },
    authorize(o: ApiOptions) {
      if (o.scope === 'scope.userLocation' && (behaviour.location ?? 'deny') === 'deny') failWith('authorize', o, 'auth deny', 2001, '用户拒绝授权')
      else succeed('authorize', o)
    },
    openSetting(o: ApiOptions) {
      succeed('openSetting', o, { authSetting: {} })
    },
  }

  const payOutcome = async (o: ApiOptions): Promise<'success' | 'cancel' | 'fail'> => {
    const answer = behaviour.payment ?? 'success'
    return typeof answer === 'function' ? answer(o) : answer
  }

  function askPrivacy(referrer: string, agreed: () => void, declined: () => void) {
    if (!privacyHandler) {
      declined()
      return
    }
    const handler = privacyHandler
    host.nextTick(() =>
      handler(
        (result) => {
          if (result?.event === 'agree') {
            privacyAgreed = true
            agreed()
          } else declined()
        },
        { referrer },
      ),
    )
  }

  if (alipay) {
    Object.assign(api, {
      getAuthCode(o: ApiOptions) {
        if (behaviour.loginFails) return failWith('getAuthCode', o, 'user cancel', 11, '用户取消授权')
        const code = typeof behaviour.loginCode === 'function' ? behaviour.loginCode() : behaviour.loginCode ?? `harness-alipay-${++loginCount}`
        const scopes = Array.isArray(o.scopes) ? o.scopes : [o.scopes ?? 'auth_base']
        succeed('getAuthCode', o, { authCode: code, authErrorScopes: {}, authSuccessScopes: scopes })
      },
      confirm(o: ApiOptions) {
        host.ui.push({ kind: 'modal', title: String(o.title ?? ''), options: { ...o } })
        const answer = typeof behaviour.modalAnswer === 'function' ? behaviour.modalAnswer({ title: o.title as string, content: o.content as string }) : behaviour.modalAnswer ?? true
        succeed('confirm', o, { confirm: answer })
      },
      alert(o: ApiOptions) {
        host.ui.push({ kind: 'modal', title: String(o.title ?? ''), options: { ...o } })
        succeed('alert', o)
      },
      setNavigationBar(o: ApiOptions) {
        if (typeof o.title === 'string') host.setTitle(o.title)
        succeed('setNavigationBar', o)
      },
      httpRequest(o: RequestOptions) {
        return performRequest(o, host.requestEnv)
      },
      // Alipay reports the outcome in resultCode, through success even when the user cancels.
      tradePay(o: ApiOptions) {
        void payOutcome(o).then((outcome) => {
          const resultCode = outcome === 'success' ? '9000' : outcome === 'cancel' ? '6001' : '4000'
          succeed('tradePay', o, { resultCode, result: '', memo: '' })
        })
      },
      requestSubscribeMessage(o: ApiOptions) {
        const ids = (o.entityIds ?? []) as string[]
        const accepted = (behaviour.subscribeAnswer ?? 'accept') === 'accept'
        succeed('requestSubscribeMessage', o, { behavior: accepted ? 'subscribe' : '', keep: false, result: { subscribeEntityIds: accepted ? ids : [], unsubscribedEntityIds: accepted ? [] : ids } })
      },
    })
  } else {
    Object.assign(api, {
      login(o: ApiOptions) {
        if (behaviour.loginFails) return failWith('login', o, 'cancel')
        const code = typeof behaviour.loginCode === 'function' ? behaviour.loginCode() : behaviour.loginCode ?? `harness-weapp-${++loginCount}`
        succeed('login', o, { code })
      },
      checkSession(o: ApiOptions) {
        succeed('checkSession', o)
      },
      showModal(o: ApiOptions) {
        host.ui.push({ kind: 'modal', title: String(o.title ?? ''), options: { ...o } })
        const confirm =
          o.showCancel === false
            ? true
            : typeof behaviour.modalAnswer === 'function'
              ? behaviour.modalAnswer({ title: o.title as string, content: o.content as string })
              : behaviour.modalAnswer ?? true
        succeed('showModal', o, { confirm, cancel: !confirm })
      },
      setNavigationBarTitle(o: ApiOptions) {
        if (typeof o.title === 'string') host.setTitle(o.title)
        succeed('setNavigationBarTitle', o)
      },
      setNavigationBarColor(o: ApiOptions) {
        succeed('setNavigationBarColor', o)
      },
      onNeedPrivacyAuthorization(handler: typeof privacyHandler) {
        privacyHandler = handler
      },
      requirePrivacyAuthorize(o: ApiOptions) {
        if (privacyAgreed) succeed('requirePrivacyAuthorize', o)
        else askPrivacy('requirePrivacyAuthorize', () => succeed('requirePrivacyAuthorize', o), () => failWith('requirePrivacyAuthorize', o, 'privacy permission is not authorized'))
      },
      getPrivacySetting(o: ApiOptions) {
        succeed('getPrivacySetting', o, { needAuthorization: !privacyAgreed, privacyContractName: '《城市服务隐私保护指引》' })
      },
      openPrivacyContract(o: ApiOptions) {
        succeed('openPrivacyContract', o)
      },
      requestPayment(o: ApiOptions) {
        void payOutcome(o).then((outcome) => {
          if (outcome === 'success') succeed('requestPayment', o)
          else failWith('requestPayment', o, outcome === 'cancel' ? 'cancel' : 'system error')
        })
      },
      requestSubscribeMessage(o: ApiOptions) {
        const answer = behaviour.subscribeAnswer ?? 'accept'
        const result: Record<string, string> = {}
        for (const id of (o.tmplIds ?? []) as string[]) result[id] = answer
        succeed('requestSubscribeMessage', o, result)
      },
    })
  }

  // Known-but-unimplemented APIs: present (so Taro exposes them), recorded, succeed.
  const stub = (name: string) =>
    function recordedStub(...args: unknown[]) {
      host.unknownApiCalls.push({ name, args })
      const first = args[0] as ApiOptions | undefined
      if (first && typeof first === 'object') succeed(name, first)
      return undefined
    }
  for (const name of taroKnownApiNames(platform)) if (!(name in api)) api[name] = stub(name)

  // Overrides and the call log wrap every function.
  for (const name of Object.keys(api)) {
    const impl = api[name]
    if (typeof impl !== 'function') continue
    const fn = impl as (...args: unknown[]) => unknown
    api[name] = function recorded(...args: unknown[]) {
      host.apiCalls.push({ name, args })
      const override = behaviour.overrides?.[name]
      if (override) return override((args[0] ?? {}) as ApiOptions, ...args.slice(1))
      return fn(...args)
    }
  }

  const proxy = new Proxy(api, {
    get(target, key, receiver) {
      if (typeof key !== 'string' || key in target || NOT_APIS.has(key) || !/^[a-z][A-Za-z0-9]*$/.test(key)) {
        return Reflect.get(target, key, receiver)
      }
      return stub(key)
    },
  })
  captureFirers.set(proxy, () => {
    for (const listener of captureListeners) host.callLater(listener, alipay ? {} : { errMsg: 'onUserCaptureScreen:ok' }, 'onUserCaptureScreen')
    return captureListeners.size
  })
  return proxy
}
