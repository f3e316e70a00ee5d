// WeChat's and Alipay's JS runtimes have no AbortController, and React Query v5
// creates one for every fetch (TanStack/query#5837): without it every query
// fails silently before sending a request. Installed once, only where missing.

type Listener = (event: { type: 'abort'; target: unknown }) => void

class AbortSignalShim {
  aborted = false
  reason: unknown = undefined
  onabort: Listener | null = null
  private readonly listeners = new Set<Listener>()

  addEventListener(type: string, listener: Listener): void {
    if (type === 'abort') this.listeners.add(listener)
  }

  removeEventListener(type: string, listener: Listener): void {
    if (type === 'abort') this.listeners.delete(listener)
  }

  throwIfAborted(): void {
    if (this.aborted) throw this.reason
  }

  /** @internal */
  fire(reason: unknown): void {
    if (this.aborted) return
    this.aborted = true
    this.reason = reason
    const event = { type: 'abort' as const, target: this }
    this.onabort?.(event)
    this.listeners.forEach((listener) => listener(event))
  }
}

class AbortControllerShim {
  readonly signal = new AbortSignalShim()

  abort(reason: unknown = new Error('AbortError: the operation was aborted')): void {
    this.signal.fire(reason)
  }
}

/** Puts AbortController/AbortSignal on `target` when it has none; true if it did. */
export function installAbortController(target: Record<string, unknown>): boolean {
  if (typeof target.AbortController === 'function') return false
  target.AbortController = AbortControllerShim
  target.AbortSignal = AbortSignalShim
  return true
}

const realm: Record<string, unknown> | undefined =
  typeof globalThis !== 'undefined' ? (globalThis as unknown as Record<string, unknown>) : undefined
if (realm) installAbortController(realm)
