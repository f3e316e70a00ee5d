// The platform APIs the strict fakes implement: what the app (through Taro or src/platform) and
// Taro's own runtime call. Every name must exist in the platform's typings (generate.ts fails
// otherwise) and be implemented in lib/native-api.ts (contracts.test.ts checks both ways).
// To add an API: add its name here, run `npx tsx e2e/mini/contracts/generate.ts`, implement it
// in lib/native-api.ts with the platform's result and error shapes (see README.md).

const COMMON = [
  // storage (the session token and preferences)
  'setStorageSync', 'getStorageSync', 'removeStorageSync', 'clearStorageSync', 'getStorageInfoSync',
  'setStorage', 'getStorage', 'removeStorage', 'clearStorage', 'getStorageInfo',
  // network
  'request', 'getNetworkType', 'onNetworkStatusChange', 'offNetworkStatusChange',
  // system (Taro's runtime reads these at start)
  'getSystemInfoSync', 'getSystemInfo', 'getSystemInfoAsync', 'getWindowInfo', 'getDeviceInfo', 'getAppBaseInfo',
  'getSystemSetting', 'getAppAuthorizeSetting', 'getMenuButtonBoundingClientRect', 'getLaunchOptionsSync',
  'getEnterOptionsSync', 'getAccountInfoSync', 'canIUse', 'nextTick', 'getUpdateManager',
  'onAppShow', 'offAppShow', 'onAppHide', 'offAppHide', 'onError', 'offError', 'onUnhandledRejection',
  'offUnhandledRejection', 'onPageNotFound', 'offPageNotFound', 'onMemoryWarning', 'offMemoryWarning',
  'onKeyboardHeightChange', 'offKeyboardHeightChange', 'hideKeyboard', 'vibrateShort', 'pageScrollTo',
  'stopPullDownRefresh', 'startPullDownRefresh', 'setClipboardData', 'createSelectorQuery', 'createIntersectionObserver',
  'createAnimation', 'onUserCaptureScreen', 'offUserCaptureScreen',
  // interaction
  'showToast', 'hideToast', 'showLoading', 'hideLoading', 'showActionSheet',
  // navigation
  'navigateTo', 'redirectTo', 'navigateBack', 'switchTab', 'reLaunch', 'setTabBarBadge', 'removeTabBarBadge',
  'showTabBarRedDot', 'hideTabBarRedDot',
  // device
  'getLocation', 'makePhoneCall', 'openLocation', 'getSetting', 'authorize', 'openSetting', 'requestSubscribeMessage',
]

export const API_NAMES: Record<'weapp' | 'alipay', readonly string[]> = {
  weapp: [
    ...COMMON,
    'login', 'checkSession', 'showModal', 'setNavigationBarTitle', 'setNavigationBarColor', 'hideHomeButton',
    'onThemeChange', 'offThemeChange', 'onWindowResize', 'offWindowResize',
    'onNeedPrivacyAuthorization', 'requirePrivacyAuthorize', 'getPrivacySetting', 'openPrivacyContract',
    'requestPayment', 'getFuzzyLocation',
  ],
  // my has no authorize, getDeviceInfo, getSystemInfoAsync, nextTick, on/offKeyboardHeightChange,
  // setClipboardData (it is my.setClipboard): reading them gives undefined, as on a device.
  alipay: [
    ...COMMON.filter((name) => !['authorize', 'getDeviceInfo', 'getSystemInfoAsync', 'nextTick', 'onKeyboardHeightChange', 'offKeyboardHeightChange', 'setClipboardData'].includes(name)),
    'getAuthCode', 'confirm', 'alert', 'setNavigationBar', 'tradePay', 'getAppIdSync',
  ],
}
