import { taroGetLocation, taroMakePhoneCall, taroOnScreenshot, taroOpenLocation, taroStorage, toPlatformError } from './shared'
import { taroRequestSubscriptions } from './subscriptions'
import type { PaymentOutcome, Platform } from './types'

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
}
declare const my: MyAuthApi

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
  getLocation: taroGetLocation,
  privacy: {
    usesAgreeButton: false,
    onRequest: () => () => undefined,
    openContract: async () => undefined,
  },
  makePhoneCall: taroMakePhoneCall,
  openLocation: taroOpenLocation,
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
