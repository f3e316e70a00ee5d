// Time is injected everywhere it matters (token expiry, deadlines), so tests can move it.

export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number
}

export const systemClock: Clock = { now: () => Date.now() }

/** A clock tests move by hand. */
export interface ManualClock extends Clock {
  set(ms: number): void
  advance(ms: number): void
}

export function createManualClock(startMs: number = Date.UTC(2025, 0, 6, 1, 0, 0)): ManualClock {
  let current = startMs
  return {
    now: () => current,
    set: (ms) => {
      current = ms
    },
    advance: (ms) => {
      current += ms
    },
  }
}

/** Wraps a clock with a run-time adjustable offset (the admin API's `/__admin/clock`). */
export interface OffsetClock extends Clock {
  readonly offsetMs: number
  setOffset(ms: number): void
}

export function createOffsetClock(base: Clock): OffsetClock {
  let offset = 0
  return {
    now: () => base.now() + offset,
    get offsetMs() {
      return offset
    },
    setOffset: (ms) => {
      offset = ms
    },
  }
}

export const toIso = (ms: number): string => new Date(ms).toISOString()
