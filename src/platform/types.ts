// The single interface that hides WeChat vs Alipay vs H5 from the rest of the app.
// Implementations: index.weapp.ts, index.alipay.ts, index.h5.ts (picked by Taro's
// multi-platform file suffixes); index.ts re-exports the H5 one for tests and types.

export type Channel = 'weapp' | 'alipay' | 'h5'

export interface Coordinates {
  latitude: number
  longitude: number
}

export interface MapPoint extends Coordinates {
  name: string
  address: string
}

/** Why a platform call did not give a result; UI text lives with the caller. */
export type PlatformFailure = 'denied' | 'cancelled' | 'unavailable' | 'failed'

export class PlatformError extends Error {
  constructor(
    readonly reason: PlatformFailure,
    message: string,
  ) {
    super(message)
    this.name = 'PlatformError'
  }
}

/**
 * WeChat privacy authorization (基础库 2.32.3+): before a protected API runs, WeChat
 * asks the mini-program to show its own agreement UI; the API resumes only after
 * the user taps a button with open-type="agreePrivacyAuthorization".
 */
export interface PrivacyRequest {
  /** The API that triggered it, e.g. "getLocation". */
  referrer: string
  /** Call with the id of the agree button after the user agreed. */
  agree(buttonId: string): void
  decline(): void
}

export interface Privacy {
  /** Whether the agree-button flow exists on this platform (only WeChat). */
  readonly usesAgreeButton: boolean
  /**
   * Subscribe a UI that shows the agreement (every mounted page has one); the listener gets the
   * request, then null once the user answered it anywhere. Returns an unsubscribe.
   */
  onRequest(listener: (request: PrivacyRequest | null) => void): () => void
  /** Open the platform's privacy contract page (WeChat only; no-op elsewhere). */
  openContract(): Promise<void>
}

export interface KeyValueStorage {
  get(key: string): string | null
  set(key: string, value: string): void
  remove(key: string): void
}

/** Channel parameters the payment service returns for each target (never secrets). */
export type PaymentRequest =
  | { kind: 'wechat'; timeStamp: string; nonceStr: string; package: string; signType: string; paySign: string }
  | { kind: 'alipay'; tradeNO: string }
  | { kind: 'cashier'; cashierToken: string }

/**
 * What the platform's payment UI said. It never proves payment: only
 * GET /payments/{id} on the server does (PRODUCT.md "Payments").
 * - submitted: the user confirmed; the result is on its way to the server
 * - cancelled: the user closed the payment UI
 * - unknown: no clear answer (network, Alipay 8000/6004); ask the server
 * - failed: the platform refused before anything was charged
 * - redirected: H5 left for the cashier page; the result page takes over on return
 */
export type PaymentOutcome = 'submitted' | 'cancelled' | 'unknown' | 'failed' | 'redirected'

export interface Platform {
  readonly channel: Channel
  /** Platform login code exchanged by the API for a session (never sent anywhere else). */
  getLoginCode(): Promise<string>
  /** Only the session token and non-personal preferences may be stored (PRODUCT.md). */
  readonly storage: KeyValueStorage
  /**
   * Location for a distance (e.g. to a hall), only after the user asks: precise on Alipay and H5;
   * on WeChat the fuzzy one too (WeChat refuses getFuzzyLocation and getLocation declared
   * together). Rejects with PlatformError('denied') when the user says no.
   */
  getLocation(): Promise<Coordinates>
  /**
   * Approximate location, enough to suggest a city: WeChat wx.getFuzzyLocation (WeChat review
   * expects it wherever a city is enough; needs `getFuzzyLocation` in requiredPrivateInfos);
   * Alipay and H5 have no fuzzy variant and use their location API. Rejects like getLocation.
   */
  getApproximateLocation(): Promise<Coordinates>
  /**
   * The platform's action sheet: resolves the index of the item the user picked, or null when
   * they cancelled (WeChat: fail "cancel"; Alipay: success with index -1 — Taro 4.2 maps
   * neither the same way, so callers must not read the platform result themselves).
   */
  showActionSheet(items: readonly string[]): Promise<number | null>
  /**
   * 长辈模式 for the platform's own dialogs, toasts and action sheets. H5 draws them in the page
   * (Taro's taro__modal / taro__toast / taro__actionSheet on <body>, outside every page root), so a
   * class on the document root lets app.scss rescale them. WeChat and Alipay draw them natively,
   * scaled by the phone's font size setting, which the app cannot change: a no-op there.
   */
  setElderChrome(on: boolean): void
  readonly privacy: Privacy
  makePhoneCall(phoneNumber: string): Promise<void>
  /**
   * Puts a number (订单编号, 办件编号) on the clipboard. Mini-programs: wx/my.setClipboardData.
   * H5: the browser clipboard, NOT Taro's H5 setClipboardData, which also keeps the text in
   * localStorage ('taro_clipboard'): the device must not keep it.
   */
  copyText(text: string): Promise<void>
  /** Opens the platform map at a hall so the user can navigate there. */
  openLocation(point: MapPoint): Promise<void>
  /**
   * Hands a created payment to the platform's payment UI (wx.requestPayment,
   * my.tradePay, or the H5 cashier page, which comes back to `returnUrl`).
   */
  requestPayment(request: PaymentRequest, returnUrl: string): Promise<PaymentOutcome>
  /**
   * Called when a page comes back from the browser's back/forward cache (H5):
   * its memory is a snapshot from before the user left, so cached data is stale.
   * Mini-programs keep one live memory for all pages and never call it.
   */
  onPageRestored(listener: () => void): () => void
  /**
   * Calls `listener` after the user takes a screenshot (WeChat wx.onUserCaptureScreen, Alipay
   * my.onUserCaptureScreen), e.g. to warn while a certificate is shown. H5 has no such event.
   * Returns an unsubscribe.
   */
  onScreenshot(listener: () => void): () => void
  /**
   * Shows the platform's subscription-message dialog for these message kinds (WeChat
   * wx.requestSubscribeMessage, Alipay my.requestSubscribeMessage; both only from a tap) and says
   * which the user accepted. H5 has no subscription messages: resolves null. Never rejects.
   */
  requestSubscriptions(kinds: readonly string[]): Promise<SubscriptionDecision[] | null>
  /**
   * Runs `task` while holding the lock `name`, shared by every copy of the app on this device: on
   * H5 every tab of the origin (Web Locks API, `navigator.locks.request`), so that two tabs never
   * refresh the session at once. A mini-program runs one instance: the task just runs.
   */
  runExclusive<T>(name: string, task: () => Promise<T>): Promise<T>
}

export interface SubscriptionDecision {
  kind: string
  accepted: boolean
}
