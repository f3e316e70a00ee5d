// The harness's public types: boot options, the MiniProgram and PageHandle it returns, app.json,
// and the per-page records the page stack keeps (harness.ts re-exports the public ones).
import type vm from 'node:vm'
import type { PlainData } from './data-path'
import type { ApiCall, NativeBehaviour, UiRecord } from './native-api'
import type { RequestLog } from './request'
import type { CapturedError } from './scheduler'
import type { Platform } from './templates'
import type { FindTextOptions, ViewNode } from './view'

export interface BootOptions extends NativeBehaviour {
  platform: Platform
  /** Default: <repo>/dist/<platform>. */
  distDir?: string
  /** Where the sandbox really listens, e.g. http://127.0.0.1:40123. */
  apiOrigin: string
  /** Origin compiled into the build; default: read from the bundle (http://127.0.0.1:8787). */
  compiledApiOrigin?: string
  /** Initial device storage (as the app stored it: usually strings). */
  storage?: Record<string, unknown>
  /** First page (default app.json pages[0]) and its query. */
  launch?: { path?: string; query?: Record<string, string>; scene?: number }
  /** Alipay: HTTP ≥ 400 goes to `fail` with error 19 (the real client's behaviour). Default true. */
  alipayHttpErrorsFail?: boolean
  /** Print the app's console output (default: only with MINI_HARNESS_DEBUG=1). */
  echoConsole?: boolean
  /**
   * Extra globals for experiments (e.g. trying a polyfill before the app ships it). The
   * real runtimes have no window, document, fetch, URL or AbortController: do not use
   * this to make a journey pass that would fail on a device.
   */
  extraGlobals?: Record<string, unknown>
}

export interface LogEntry {
  level: string
  args: unknown[]
}

export interface WaitOptions {
  timeoutMs?: number
  /** Message prefix for the timeout error. */
  what?: string
}

export interface PageHandle {
  readonly id: number
  readonly route: string
  readonly query: Record<string, string>
  readonly title: string
  readonly alive: boolean
  /** The raw page instance (this in Page methods). */
  readonly instance: Record<string, unknown>
  /** Number of setData calls so far. */
  readonly renders: number
  /** Every setData call on this page: size, paths, time. */
  readonly setDataLog: readonly SetDataRecord[]
  data(): PlainData
  view(): ViewNode
  text(): string
  hasText(text: string): boolean
  findByText(text: string, options?: FindTextOptions): ViewNode | null
  findAll(predicate: (node: ViewNode) => boolean): ViewNode[]
  findByClass(className: string): ViewNode[]
  /** input/textarea by placeholder (contains) or the first one. */
  findInput(placeholder?: string): ViewNode | null
  /** Native tap on the element (bubbles to every element bound to tap). False when blocked (disabled button). */
  tap(node: ViewNode): boolean
  /** Taps the deepest element showing `text` from which a tap reaches a handler. Throws if none. */
  tapText(text: string, options?: FindTextOptions): void
  /** Types into an input: fires `input` with detail.value (then the app re-renders). */
  input(node: ViewNode, value: string): void
  /** Fires any event type bound on the element (confirm, blur, change, …). */
  trigger(node: ViewNode, type: string, detail?: Record<string, unknown>): void
  outline(): string
}

export interface MiniProgram {
  readonly platform: Platform
  readonly distDir: string
  readonly appJson: AppJson
  readonly tabRoutes: string[]
  /** Device storage: key → stored value. */
  readonly storage: Map<string, unknown>
  readonly requests: RequestLog[]
  readonly apiCalls: ApiCall[]
  readonly unknownApiCalls: ApiCall[]
  /**
   * Calls that broke the platform's documented API contract (undocumented parameter, method or
   * value, missing required one, API not simulated) and fake answers that did. close() throws
   * while any are left: a self-test that provokes them on purpose takes them first.
   */
  readonly contractViolations: string[]
  /** Returns the violations recorded so far and clears them (for tests that provoke them). */
  takeContractViolations(): string[]
  /** Toasts, loading, modals, action sheets shown. */
  readonly ui: UiRecord[]
  readonly errors: CapturedError[]
  readonly logs: LogEntry[]
  /**
   * Browser globals the app code read although the mini-program runtime has none of them
   * (AbortController, URL, fetch, window…). Feature checks (typeof window) read them too,
   * so this is a diagnostic, not an error list.
   */
  readonly missingGlobals: string[]
  readonly context: vm.Context
  /** The simulated `wx` / `my`, to call an API the way app code would. */
  readonly native: Record<string, (...args: unknown[]) => unknown>
  /** The user takes a screenshot: fires the app's onUserCaptureScreen listeners; returns how many there were. */
  userCaptureScreen(): number
  currentPage(): PageHandle
  pageStack(): PageHandle[]
  /** Tab pages alive (kept by switchTab). */
  tabPages(): PageHandle[]
  /** Current page text. */
  text(): string
  tapText(text: string, options?: FindTextOptions & WaitOptions): Promise<void>
  waitForText(text: string, options?: WaitOptions): Promise<PageHandle>
  waitForPage(route: string, options?: WaitOptions): Promise<PageHandle>
  waitFor<T>(predicate: () => T | null | undefined | false, options?: WaitOptions): Promise<T>
  /** Simulates tapping a tab bar item: by route ("pages/me/index") or tab text ("我的"). */
  switchTab(routeOrText: string): Promise<PageHandle>
  /** The back button / gesture. */
  navigateBack(delta?: number): Promise<PageHandle>
  /** No pending HTTP, navigation or short timers for a couple of turns. */
  idle(options?: WaitOptions): Promise<void>
  /** storage values as strings (JSON for non-strings). */
  storageDump(): Record<string, string>
  close(): Promise<void>
}

export interface AppJson {
  pages: string[]
  subPackages?: Array<{ root: string; pages: string[] }>
  subpackages?: Array<{ root: string; pages: string[] }>
  tabBar?: { list?: Array<{ pagePath: string; text?: string }>; items?: Array<{ pagePath: string; name?: string }> }
  window?: Record<string, unknown>
  usingComponents?: Record<string, string>
  [key: string]: unknown
}

export interface PageRecord {
  id: number
  route: string
  query: Record<string, string>
  instance: Record<string, unknown>
  title: string
  status: 'loading' | 'shown' | 'hidden' | 'unloaded'
  renders: number
  setDataLog: SetDataRecord[]
}

export interface SetDataRecord {
  /** Serialised size of the payload (what the platform limits to 256 KB per call). */
  bytes: number
  /** Number of paths in the call. */
  keys: number
  /** ms since the page was created. */
  at: number
}

export type EvalTarget = { kind: 'page'; route: string } | { kind: 'component'; path: string } | { kind: 'app' } | null
