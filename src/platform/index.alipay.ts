import { taroCopyText, taroMakePhoneCall, taroOnScreenshot, taroStorage, toCoordinates, toPlatformError } from './shared'
import { taroRequestSubscriptions } from './subscriptions'
import { PlatformError, type Coordinates, type PaymentOutcome, type Platform } from './types'

// my.tradePay resultCode (Alipay docs): 9000 paid as far as the client knows (still
// not proof), 8000 processing and 6004 unknown (ask the server), 6001 user
// cancelled, 6002 network error, 4000 failed.
const TRADE_PAY_OUTCOME: Record<string, PaymentOutcome> = {
  '9000': 'submitted',
  '8000': 'unknown',
  '6004': 'unknown',
  '6002': 'unknown',
  '6001': 'cancelled',
  '4000': 'failed',
}

interface MyAuthApi {
  getAuthCode(options: {
    scopes: string | string[]
    success: (result: { authCode: string }) => void
    fail: (error: unknown) => void
  }): void
  tradePay(options: {
    tradeNO: string
    success: (result: { resultCode: string }) => void
    fail: (error: unknown) => void
  }): void
  // https://opendocs.alipay.com/mini/api/mkxuqd — `type` is a number (0 = coordinates only),
  // coordinates come back as strings.
  getLocation(options: {
    type: 0 | 1 | 2 | 3
    success: (result: { latitude: string; longitude: string }) => void
    fail: (error: unknown) => void
  }): void
  // https://opendocs.alipay.com/mini/api/hr092g — `items`, answers { index }, cancel = index -1.
  showActionSheet(options: { items: string[]; success: (result: { index: number }) => void; fail: (error: unknown) => void }): void
  // https://opendocs.alipay.com/mini/api/as9kin — latitude and longitude are strings, and name and
  // address are required (WeChat takes numbers; Taro 4.2 hands the options through unchanged).
  openLocation(options: {
    latitude: string
    longitude: string
    name: string
    address: string
    scale: number
    success: () => void
    fail: (error: unknown) => void
  }): void
}
declare const my: MyAuthApi

/**
 * my.getLocation directly: Taro 4.2 hands `type` through unchanged (the 'gcj02' that WeChat takes
 * is not an Alipay value) and returns the strings as they are. Alipay coordinates are GCJ-02.
 */
function alipayGetLocation(): Promise<Coordinates> {
  return new Promise((resolve, reject) => {
    my.getLocation({
      type: 0,
      success: (result) => {
        try {
          resolve(toCoordinates(result))
        } catch (error) {
          reject(error instanceof PlatformError ? error : toPlatformError(error))
        }
      },
      fail: (error) => reject(toPlatformError(error)),
    })
  })
}

export const platform: Platform = {
  channel: 'alipay',
  // Alipay rules: never on the first screen or in onShow; only after the user taps
  // the login button. auth_base is silent (no pop-up) and enough for the platform
  // to map the Alipay user to the government account.
  getLoginCode() {
    return new Promise((resolve, reject) => {
      my.getAuthCode({
        scopes: 'auth_base',
        success: (result) => resolve(result.authCode),
        fail: (error) => reject(toPlatformError(error)),
      })
    })
  },
  storage: taroStorage,
  getLocation: alipayGetLocation,
  // Alipay has no fuzzy location API; the city suggestion uses the same coordinates.
  getApproximateLocation: alipayGetLocation,
  // my.showActionSheet directly: Taro 4.2 does not map Alipay's { index } to tapIndex, and a
  // cancel arrives through success with index -1.
  showActionSheet(items) {
    return new Promise((resolve, reject) => {
      my.showActionSheet({
        items: [...items],
        success: ({ index }) => resolve(Number.isInteger(index) && index >= 0 && index < items.length ? index : null),
        fail: (error) => reject(toPlatformError(error)),
      })
    })
  },
  // Native dialogs follow the phone's font size (Platform.setElderChrome).
  setElderChrome: () => undefined,
  privacy: {
    usesAgreeButton: false,
    onRequest: () => () => undefined,
    openContract: async () => undefined,
  },
  makePhoneCall: taroMakePhoneCall,
  copyText: taroCopyText,
  openLocation: (point) =>
    new Promise((resolve, reject) => {
      my.openLocation({
        latitude: String(point.latitude),
        longitude: String(point.longitude),
        name: point.name,
        address: point.address,
        // Alipay's scale is 3–19 (default 15), WeChat's 5–18: 16 is a street level on both.
        scale: 16,
        success: () => resolve(),
        fail: (error) => reject(toPlatformError(error)),
      })
    }),
  onPageRestored: () => () => undefined,
  onScreenshot: taroOnScreenshot,
  requestSubscriptions: (kinds) => taroRequestSubscriptions('alipay', kinds),
  // One app instance per device: nothing to coordinate with.
  runExclusive: (_name, task) => task(),
  requestPayment(request) {
    if (request.kind !== 'alipay') return Promise.resolve<PaymentOutcome>('failed')
    return new Promise<PaymentOutcome>((resolve) => {
      my.tradePay({
        tradeNO: request.tradeNO,
        success: (result) => resolve(TRADE_PAY_OUTCOME[String(result.resultCode)] ?? 'unknown'),
        fail: () => resolve('unknown'),
      })
    })
  },
}

export * from './types'
