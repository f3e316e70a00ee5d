// The simulated `wx` (WeChat) / `my` (Alipay) object: STRICT fakes. Every call is checked
// against the platform's documented contract (e2e/mini/contracts/<platform>.json, generated
// from miniprogram-api-typings / @mini-types/alipay): an undocumented parameter, a wrong value
// kind, a value outside an enum (a request method, a location type…) or a missing required
// parameter is a contract violation — recorded in `contractViolations` (which fails the test
// when the harness closes) and answered like the device does (fail callback with the
// platform's error shape, or a thrown error for synchronous APIs). Answers follow each
// platform's documented shapes (WeChat: errMsg "name:ok"; Alipay: { index } for action
// sheets, string coordinates, tradePay resultCode; fail: { errMsg: 'name:fail …' } on
// WeChat, { error, errorMessage } on Alipay), and are themselves checked against the typings.
// An API the typings declare but the harness does not simulate fails when called; a name the
// platform does not have reads as undefined, like on a device.

import { API_NAMES } from '../contracts/apis'
import { checkCall, checkResult, contractsOf, declaredApis } from '../contracts/validate'
import { performRequest, type RequestEnv, type RequestOptions } from './request'
import { createKit } from './native/kit'
import { storageApis } from './native/storage'
import { systemApis } from './native/system'
import type { Platform } from './templates'
import { viewApis } from './native/view'

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
  /** Calls of APIs the harness does not simulate (also contract violations). */
  unknownApiCalls: ApiCall[]
  /** Calls that broke the platform's documented contract, and fake answers that did. */
  contractViolations: string[]
  ui: UiRecord[]
  navigate(kind: NavigationKind, options: ApiOptions): void
  setTitle(title: string): void
  /** Invoke an app callback asynchronously (like the base library), guarded, in the vm realm. */
  callLater(fn: Callback, result: unknown, source: string): void
  nextTick(fn: () => void): void
  launchOptions(): Record<string, unknown>
  appId: string
}


const captureFirers = new WeakMap<object, () => number>()

/** Simulates the user taking a screenshot: calls every onUserCaptureScreen listener; returns how many. */
export function fireUserCaptureScreen(nativeApi: object): number {
  return captureFirers.get(nativeApi)?.() ?? 0
}

export function createNativeApi(host: NativeHost): Record<string, unknown> {
  const { platform, behaviour } = host
  const alipay = platform === 'alipay'
  let loginCount = 0
  let privacyHandler: ((resolve: (r: { event: string }) => void, info: { referrer: string }) => void) | null = null
  let privacyAgreed = (behaviour.privacy ?? 'agreed') === 'agreed'

  const kit = createKit(host)
  const { succeed, failWith } = kit

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
    ...storageApis(kit),
    ...systemApis(kit, () => api),
    ...viewApis(kit),
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
        else if (answer === 'fail') failWith('getLocation', o, 'system permission denied', 12, '网络异常，请稍后再试')
        // Alipay answers strings (@mini-types/alipay: longitude/latitude/accuracy: string).
        else if (alipay) succeed('getLocation', o, { latitude: String(answer.latitude), longitude: String(answer.longitude), accuracy: '30', horizontalAccuracy: '30' })
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
          succeed('tradePay', o, { resultCode })
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
      // City-level location (WeChat blurs it to about a district): coordinates rounded to 0.01°.
      getFuzzyLocation(o: ApiOptions) {
        const answer = behaviour.location ?? 'deny'
        const run = () => {
          if (answer === 'deny') failWith('getFuzzyLocation', o, 'auth deny')
          else if (answer === 'fail') failWith('getFuzzyLocation', o, 'system permission denied')
          else succeed('getFuzzyLocation', o, { latitude: Math.round(answer.latitude * 100) / 100, longitude: Math.round(answer.longitude * 100) / 100 })
        }
        if (!privacyAgreed) askPrivacy('getFuzzyLocation', run, () => failWith('getFuzzyLocation', o, 'privacy permission is not authorized'))
        else run()
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

  // Only what the contracts list is simulated; the rest of what the typings declare is present
  // (so Taro exposes it, as on a device) but fails when called.
  const simulated = new Set(API_NAMES[platform])
  // Shared implementations of an API only one platform has (e.g. wx.hideHomeButton) go.
  for (const name of Object.keys(api)) if (typeof api[name] === 'function' && !simulated.has(name)) delete api[name]
  for (const name of simulated) if (typeof api[name] !== 'function') throw new Error(`native-api: ${name} has a contract but no implementation`)
  const object = alipay ? 'my' : 'wx'
  for (const name of declaredApis(platform)) {
    if (name in api) continue
    api[name] = function notSimulated(...args: unknown[]) {
      host.unknownApiCalls.push({ name, args })
      host.contractViolations.push(`${object}.${name} is not simulated by the harness (add its contract: e2e/mini/README.md)`)
      throw new Error(`${object}.${name} is not simulated by the harness`)
    }
  }

  // The parameter error a device gives for a call outside the contract.
  const parameterError = (name: string, problems: string[]) =>
    alipay ? { error: 2, errorMessage: `参数错误: ${problems.join('; ')}` } : { errMsg: `${name}:fail parameter error: ${problems.join('; ')}` }

  // Contract checks, overrides and the call log wrap every simulated function.
  for (const name of simulated) {
    const fn = api[name] as (...args: unknown[]) => unknown
    const contract = contractsOf(platform).apis[name]
    api[name] = function recorded(...args: unknown[]) {
      host.apiCalls.push({ name, args })
      const problems = checkCall(platform, name, args)
      if (problems.length > 0) {
        host.contractViolations.push(...problems)
        const options = args[0] as ApiOptions | undefined
        const callbacks = contract?.form === 'options' && options && typeof options === 'object' && (options.fail || options.complete || options.success)
        if (!callbacks) throw new TypeError(problems.join('; '))
        const res = parameterError(name, problems)
        host.callLater(options.fail, res, `${name}.fail`)
        host.callLater(options.complete, res, `${name}.complete`)
        return undefined
      }
      const override = behaviour.overrides?.[name]
      const result = override ? override((args[0] ?? {}) as ApiOptions, ...args.slice(1)) : fn(...args)
      if (contract?.returns) host.contractViolations.push(...checkResult(platform, name, 'returns', result))
      return result
    }
  }

  // A device's wx / my has no other members: reading an unknown name gives undefined.
  const proxy = api
  captureFirers.set(proxy, () => {
    for (const listener of captureListeners) host.callLater(listener, alipay ? {} : { errMsg: 'onUserCaptureScreen:ok' }, 'onUserCaptureScreen')
    return captureListeners.size
  })
  return proxy
}
