// Network, system and device information, app-level listeners and small device actions.
import type { RequestOptions } from '../request'
import { performRequest } from '../request'
import type { ApiOptions } from '../native-api'
import type { NativeKit } from './kit'

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

/** `self()` is the finished `wx` / `my` (recorded and contract-checked), for APIs answered by another. */
export function systemApis(kit: NativeKit, self: () => Record<string, unknown>): Record<string, unknown> {
  const { alipay, host, behaviour, succeed } = kit
  return {
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
      succeed('getSystemInfo', o, (self().getSystemInfoSync as () => Record<string, unknown>)())
    },
    getSystemInfoAsync(o: ApiOptions) {
      succeed('getSystemInfoAsync', o, (self().getSystemInfoSync as () => Record<string, unknown>)())
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

  }
}
