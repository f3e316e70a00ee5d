// Timers, error capture and "is anything still going on?" bookkeeping for one
// simulated mini-program. Everything the vm code schedules goes through here so
// close() can cancel it and idle() can tell when the app has settled.

export interface CapturedError {
  source: string
  error: unknown
}

interface TimerEntry {
  handle: NodeJS.Timeout
  delay: number
  repeat: boolean
}

export class Scheduler {
  readonly errors: CapturedError[] = []
  private timers = new Map<number, TimerEntry>()
  private nextId = 1
  private busy = 0
  private closed = false
  /** Called with each error thrown by app code run from a host callback. */
  onError: (error: unknown, source: string) => void = () => undefined

  get isClosed(): boolean {
    return this.closed
  }

  /** Runs app code; an exception is recorded (like the base library reporting it to App.onError). */
  guard<T>(source: string, fn: () => T): T | undefined {
    if (this.closed) return undefined
    try {
      return fn()
    } catch (error) {
      this.errors.push({ source, error })
      try {
        this.onError(error, source)
      } catch {
        // onError itself failing must not mask the original error.
      }
      return undefined
    }
  }

  setTimeout(fn: (...args: unknown[]) => void, delay?: number, ...args: unknown[]): number {
    return this.schedule(fn, delay, args, false)
  }

  setInterval(fn: (...args: unknown[]) => void, delay?: number, ...args: unknown[]): number {
    return this.schedule(fn, delay, args, true)
  }

  clear(id: unknown): void {
    const entry = typeof id === 'number' ? this.timers.get(id) : undefined
    if (!entry) return
    if (entry.repeat) clearInterval(entry.handle)
    else clearTimeout(entry.handle)
    this.timers.delete(id as number)
  }

  /** Host-side work the app is waiting for (HTTP, navigation); idle() waits for it. */
  track<T>(promise: Promise<T>): Promise<T> {
    this.busy += 1
    return promise.finally(() => {
      this.busy -= 1
    })
  }

  /** Timers due within `horizonMs`, plus tracked host work. */
  pendingWork(horizonMs: number): number {
    let count = this.busy
    for (const entry of this.timers.values()) if (!entry.repeat && entry.delay <= horizonMs) count += 1
    return count
  }

  close(): void {
    this.closed = true
    for (const id of [...this.timers.keys()]) this.clear(id)
  }

  private schedule(fn: (...args: unknown[]) => void, delay: number | undefined, args: unknown[], repeat: boolean): number {
    if (typeof fn !== 'function') throw new TypeError('setTimeout/setInterval: callback is not a function')
    const id = this.nextId++
    const ms = Math.max(0, Number(delay) || 0)
    if (this.closed) return id
    const run = () => {
      if (!repeat) this.timers.delete(id)
      this.guard(repeat ? 'setInterval' : 'setTimeout', () => fn(...args))
    }
    const handle = repeat ? setInterval(run, ms) : setTimeout(run, ms)
    this.timers.set(id, { handle, delay: ms, repeat })
    return id
  }
}
