import Taro from '@tarojs/taro'
import { taroRequestSubscriptions } from './subscriptions'
import { taroCopyText, taroMakePhoneCall, taroOnScreenshot, taroOpenLocation, taroShowActionSheet, taroStorage, toCoordinates, toPlatformError } from './shared'
import { PlatformError, type Coordinates, type PaymentOutcome, type Platform, type PrivacyRequest } from './types'

type PrivacyResolve = (result: { event: 'agree' | 'disagree'; buttonId?: string }) => void
interface WxPrivacyApi {
  onNeedPrivacyAuthorization?: (handler: (resolve: PrivacyResolve, eventInfo: { referrer: string }) => void) => void
  openPrivacyContract?: (options: { success?: () => void; fail?: (e: unknown) => void }) => void
}
declare const wx: WxPrivacyApi

const listeners = new Set<(request: PrivacyRequest | null) => void>()
let pending: PrivacyRequest | null = null

// Registered once at start-up: WeChat calls this whenever a privacy-protected API
// (getLocation, chooseImage, …) runs before the user has agreed. The app's
// PrivacyGate component shows the agreement with an agreePrivacyAuthorization button.
if (typeof wx !== 'undefined' && typeof wx.onNeedPrivacyAuthorization === 'function') {
  wx.onNeedPrivacyAuthorization((resolve, eventInfo) => {
    let settled = false
    // Every mounted page shell shows the request (each page has its own PrivacyGate); once the
    // user answers on one of them, all of them must drop it, or the pages beneath keep the
    // dialog and show it again after navigateBack.
    const settle = (result: Parameters<PrivacyResolve>[0]) => {
      if (settled) return
      settled = true
      if (pending === request) pending = null
      resolve(result)
      listeners.forEach((listener) => listener(null))
    }
    const request: PrivacyRequest = {
      referrer: eventInfo?.referrer ?? '',
      agree: (buttonId) => settle({ event: 'agree', buttonId }),
      decline: () => settle({ event: 'disagree' }),
    }
    if (listeners.size === 0) {
      // No UI mounted to ask: declining keeps the API call from hanging forever.
      request.decline()
      return
    }
    pending = request
    listeners.forEach((listener) => listener(request))
  })
}

/** wx.getFuzzyLocation (基础库 2.25.0+): approximate GCJ-02 coordinates. */
async function wxFuzzyLocation(): Promise<Coordinates> {
  try {
    return toCoordinates(await Taro.getFuzzyLocation({ type: 'gcj02' }))
  } catch (error) {
    throw error instanceof PlatformError ? error : toPlatformError(error)
  }
}

export const platform: Platform = {
  channel: 'weapp',
  async getLoginCode() {
    try {
      const { code } = await Taro.login()
      return code
    } catch (error) {
      throw toPlatformError(error)
    }
  },
  storage: taroStorage,
  // WeChat: fuzzy location for both uses. WeChat refuses a mini-program whose requiredPrivateInfos
  // lists getFuzzyLocation together with getLocation (its compiler: "'getFuzzyLocation' 与
  // 'getLocation'… 互斥", miniprogram-ci checkAppFields), and a city suggestion must use the fuzzy
  // one; its accuracy (about a district) is enough to put the nearest halls first.
  getLocation: wxFuzzyLocation,
  getApproximateLocation: wxFuzzyLocation,
  showActionSheet: taroShowActionSheet,
  // Native dialogs follow the phone's font size (Platform.setElderChrome).
  setElderChrome: () => undefined,
  privacy: {
    usesAgreeButton: true,
    onRequest(listener) {
      listeners.add(listener)
      if (pending) listener(pending)
      return () => listeners.delete(listener)
    },
    openContract() {
      return new Promise((resolve) => {
        if (typeof wx === 'undefined' || !wx.openPrivacyContract) return resolve()
        wx.openPrivacyContract({ success: () => resolve(), fail: () => resolve() })
      })
    },
  },
  makePhoneCall: taroMakePhoneCall,
  copyText: taroCopyText,
  openLocation: taroOpenLocation,
  onPageRestored: () => () => undefined,
  onScreenshot: taroOnScreenshot,
  requestSubscriptions: (kinds) => taroRequestSubscriptions('weapp', kinds),
  // One app instance per device: nothing to coordinate with.
  runExclusive: (_name, task) => task(),
  async requestPayment(request): Promise<PaymentOutcome> {
    if (request.kind !== 'wechat') return 'failed'
    try {
      await Taro.requestPayment({
        timeStamp: request.timeStamp,
        nonceStr: request.nonceStr,
        package: request.package,
        signType: request.signType as 'RSA',
        paySign: request.paySign,
      })
      // "requestPayment:ok" only means WeChat's sheet closed after paying; the
      // server still decides (WeChat Pay docs: query the order before shipping).
      return 'submitted'
    } catch (error) {
      const message = (error as { errMsg?: string })?.errMsg ?? ''
      return /cancel/i.test(message) ? 'cancelled' : 'unknown'
    }
  },
}

export * from './types'
