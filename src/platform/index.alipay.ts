import { taroGetLocation, taroMakePhoneCall, taroOpenLocation, taroStorage, toPlatformError } from './shared'
import type { Platform } from './types'

interface MyAuthApi {
  getAuthCode(options: {
    scopes: string | string[]
    success: (result: { authCode: string }) => void
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
}

export * from './types'
