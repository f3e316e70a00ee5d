// The logic layer's global scope: console (recorded), timers from the scheduler, the
// registration functions, `wx` / `my`, browser-only globals left undefined (reads
// recorded), and unhandled rejections reported to App.onUnhandledRejection.
import type { LogEntry } from './harness-types'
import type { HarnessState } from './state'

/** Present in browsers (and Node), absent from the WeChat / Alipay logic layer. */
const BROWSER_ONLY_GLOBALS = [
  'window', 'document', 'self', 'location', 'history', 'localStorage', 'sessionStorage', 'fetch', 'XMLHttpRequest',
  'WebSocket', 'Headers', 'Request', 'Response', 'FormData', 'Blob', 'File', 'FileReader', 'AbortController',
  'AbortSignal', 'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'Event', 'EventTarget', 'CustomEvent',
  'MessageChannel', 'setImmediate', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback',
  'structuredClone', 'queueMicrotask', 'atob', 'btoa', 'crypto', 'performance', 'process', 'Buffer', 'global',
]

const makeConsole = (platform: string, logs: LogEntry[], debug: boolean) => {
  const record =
    (level: string) =>
    (...args: unknown[]) => {
      logs.push({ level, args })
      if (debug) (console as unknown as Record<string, (...a: unknown[]) => void>)[level === 'debug' || level === 'trace' ? 'log' : level]?.(`[mini:${platform}]`, ...args)
    }
  const c: Record<string, unknown> = {}
  for (const level of ['log', 'info', 'warn', 'error', 'debug', 'trace']) c[level] = record(level)
  for (const noop of ['group', 'groupCollapsed', 'groupEnd', 'time', 'timeEnd', 'timeLog', 'table', 'count', 'countReset', 'dir', 'profile', 'profileEnd']) c[noop] = () => undefined
  c.assert = (cond: unknown, ...args: unknown[]) => {
    if (!cond) record('error')('Assertion failed', ...args)
  }
  return c
}

export interface GlobalsOptions {
  logs: LogEntry[]
  debug: boolean
  /** App, getApp, Page, Component, Behavior (from the loader). */
  registrations: Record<string, unknown>
  extraGlobals?: Record<string, unknown>
}

/** Fills the realm's global scope; returns a function that detaches the process-level listener. */
export function installGlobals(state: HarnessState, options: GlobalsOptions): () => void {
  const { vmGlobal, scheduler, alipay, missingGlobals } = state
  scheduler.onError = (error) => {
    const onError = state.app?.onError
    if (typeof onError === 'function') {
      try {
        onError.call(state.app, error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error))
      } catch {
        // reported already
      }
    }
    if (options.debug) console.error('[mini] uncaught', error)
  }

  const globals: Record<string, unknown> = {
    console: makeConsole(state.platform, options.logs, options.debug),
    setTimeout: scheduler.setTimeout.bind(scheduler),
    clearTimeout: scheduler.clear.bind(scheduler),
    setInterval: scheduler.setInterval.bind(scheduler),
    clearInterval: scheduler.clear.bind(scheduler),
    ...options.registrations,
    getCurrentPages() {
      return state.stack.map((rec) => rec.instance)
    },
    requirePlugin(name: string) {
      throw new Error(`requirePlugin("${name}") is not simulated`)
    },
  }
  if (alipay) {
    globals.my = state.native
    // Taro's Alipay runtime reads navigator.userAgent at start; devices only have swuserAgent.
    globals.navigator = { userAgent: '', swuserAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_0 like Mac OS X) AlipayClient/10.5.30 MiniProgram' }
  } else {
    globals.wx = state.native
  }
  Object.assign(vmGlobal, globals)
  // Browser APIs that WeChat / Alipay do not provide stay undefined, but reading one is
  // recorded: a library that silently depends on it (React Query v5 and
  // AbortController) then shows up in failure messages.
  for (const name of BROWSER_ONLY_GLOBALS) {
    Object.defineProperty(vmGlobal, name, {
      configurable: true,
      enumerable: false,
      get() {
        if (!missingGlobals.includes(name)) missingGlobals.push(name)
        return undefined
      },
      set(value: unknown) {
        // The app installs a polyfill: from now on it is a plain global.
        Object.defineProperty(vmGlobal, name, { configurable: true, enumerable: false, writable: true, value })
      },
    })
  }
  Object.assign(vmGlobal, options.extraGlobals ?? {})

  // The base library reports unhandled promise rejections (App.onUnhandledRejection)
  // instead of crashing; record them with the other errors while this app runs.
  const onUnhandledRejection = (reason: unknown) => {
    scheduler.errors.push({ source: 'unhandledrejection', error: reason })
    const handler = state.app?.onUnhandledRejection
    if (typeof handler === 'function') scheduler.guard('App.onUnhandledRejection', () => handler.call(state.app, state.toCtx({ reason: String(reason) })))
  }
  process.on('unhandledRejection', onUnhandledRejection)
  return () => process.off('unhandledRejection', onUnhandledRejection)
}
