// A small seedable PRNG (mulberry32) so fault injection is reproducible in tests and demos.

export interface Rng {
  /** A float in [0, 1). */
  next(): number
  readonly seed: number
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0
  return {
    seed,
    next() {
      state = (state + 0x6d2b79f5) >>> 0
      let t = state
      t = Math.imul(t ^ (t >>> 15), t | 1)
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    },
  }
}
