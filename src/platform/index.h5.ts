import { taroMakePhoneCall, taroShowActionSheet, taroStorage } from './shared'
import { PlatformError, type Coordinates, type Platform } from './types'
import { installKeyboardAccess } from './h5-keyboard'

declare const API_BASE: string

function randomPart(): string {
  return Math.random().toString(36).slice(2, 10)
}

installKeyboardAccess()

function browserLocation(): Promise<Coordinates> {
  return new Promise<Coordinates>((resolve, reject) => {
    if (typeof navigator === 'undefined' || !navigator.geolocation) {
      reject(new PlatformError('unavailable', 'geolocation unavailable'))
      return
    }
    navigator.geolocation.getCurrentPosition(
      (position) => resolve({ latitude: position.coords.latitude, longitude: position.coords.longitude }),
      (error) => reject(new PlatformError(error.code === error.PERMISSION_DENIED ? 'denied' : 'failed', error.message)),
      { timeout: 8000, maximumAge: 600000 },
    )
  })
}

export const platform: Platform = {
  channel: 'h5',
  // The web has no platform login; the sandbox's H5 channel takes any code and the
  // persona the user picks on the login page.
  async getLoginCode() {
    return `h5-${Date.now().toString(36)}-${randomPart()}`
  },
  storage: taroStorage,
  getLocation: browserLocation,
  // The browser has only one geolocation API.
  getApproximateLocation: browserLocation,
  showActionSheet: taroShowActionSheet,
  setElderChrome(on) {
    if (typeof document !== 'undefined') document.documentElement.classList.toggle('cs-elder', on)
  },
  privacy: {
    usesAgreeButton: false,
    onRequest: () => () => undefined,
    openContract: async () => undefined,
  },
  makePhoneCall: taroMakePhoneCall,
  async copyText(text) {
    // The async Clipboard API needs a secure context (https or localhost); otherwise the old
    // execCommand('copy') on a temporary, off-screen text area (still what most browsers allow).
    if (navigator.clipboard?.writeText) {
      try {
        await navigator.clipboard.writeText(text)
        return
      } catch {
        // Not allowed here (permissions, insecure context): fall back below.
      }
    }
    const area = document.createElement('textarea')
    area.value = text
    area.setAttribute('readonly', '')
    area.style.position = 'fixed'
    area.style.left = '-9999px'
    document.body.appendChild(area)
    area.select()
    const copied = document.execCommand('copy')
    area.remove()
    if (!copied) throw new Error('copy refused')
  },
  onPageRestored(listener) {
    if (typeof window === 'undefined') return () => undefined
    const handler = (event: PageTransitionEvent) => {
      if (event.persisted) listener()
    }
    window.addEventListener('pageshow', handler)
    return () => window.removeEventListener('pageshow', handler)
  },
  // Browsers do not tell pages about screenshots.
  onScreenshot: () => () => undefined,
  // The web has no subscription messages; the 消息中心 still shows everything.
  requestSubscriptions: async () => null,
  // Tabs share localStorage (the session) but not memory: a Web Lock makes one tab wait for the
  // other's refresh, then it finds the new tokens in storage. Browsers without Web Locks (before
  // 2022) run the task at once; the server's refresh grace window answers both tabs the same pair.
  async runExclusive<T>(name: string, task: () => Promise<T>): Promise<T> {
    const locks = typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { locks?: LockManager }).locks
    if (!locks || typeof locks.request !== 'function') return task()
    let result: { value: T } | undefined
    // The lock is released when the callback's promise settles (success or failure).
    await locks.request(name, async () => {
      result = { value: await task() }
    })
    return (result as { value: T }).value
  },
  async openLocation(point) {
    // No native map on the web: open the address in the system map search.
    const query = encodeURIComponent(`${point.name} ${point.address}`)
    window.open(`https://uri.amap.com/marker?position=${point.longitude},${point.latitude}&name=${query}`, '_blank')
  },
  // The web has no payment sheet: the unified payment platform's cashier page
  // takes over and sends the user back to returnUrl (the result page), which
  // asks the server. In the sandbox the cashier is served at /rails/cashier.
  async requestPayment(request, returnUrl) {
    if (request.kind !== 'cashier') return 'failed'
    const origin = API_BASE.replace(/\/api\/v1\/?$/, '')
    const back = new URL(returnUrl, window.location.href).toString()
    // replace, not assign: "back" from the result page returns to the bills, not to a spent checkout.
    window.location.replace(`${origin}/rails/cashier/${encodeURIComponent(request.cashierToken)}?return=${encodeURIComponent(back)}`)
    return 'redirected'
  },
}

export * from './types'
