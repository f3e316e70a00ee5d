// What the home page costs to render on a device: the setData calls from launch until
// the page settles (the platforms cap each call at 256 KB), and the size of the tree.
// Used by scripts/budget.ts; runs the real build against an in-memory sandbox.

import { bootMiniProgram, type Platform } from './harness'
import { cityChosen, HANGZHOU, loggedInAs } from './fixtures'
import { treeStats } from './lib/view'
import { startSandbox } from './sandbox'

/**
 * Who opens the app: `first-launch` (nothing stored: no city, no session), `logged-out` (a
 * returning visitor, city chosen) or `logged-in` (the resident, with bills, fines and cases in the
 * to-do inbox).
 */
export type FirstRenderCase = 'first-launch' | 'logged-out' | 'logged-in'
export const FIRST_RENDER_CASES: readonly FirstRenderCase[] = ['first-launch', 'logged-out', 'logged-in']

export interface FirstRenderMeasure {
  /** setData calls on the home page until it settled. */
  calls: number
  largestCallBytes: number
  totalBytes: number
  /** Rendered nodes and depth once settled. */
  nodes: number
  depth: number
  /** Errors the app raised meanwhile (should be none). */
  errors: string[]
  /** Bytes of each setData call, in order (to see which one to merge or trim). */
  callBytes: number[]
}

/**
 * Boots `distDir` in the given case (default: a returning visitor with 杭州 chosen, so the home
 * page shows its shortcuts and popular services) and measures the home page until it is idle.
 */
export async function measureFirstRender(
  platform: Platform,
  distDir: string,
  options: { cityCode?: string; timeoutMs?: number; case?: FirstRenderCase } = {},
): Promise<FirstRenderMeasure> {
  const sandbox = await startSandbox()
  try {
    const which = options.case ?? 'logged-out'
    const storage =
      which === 'first-launch'
        ? {}
        : { ...cityChosen(options.cityCode ?? HANGZHOU), ...(which === 'logged-in' ? await loggedInAs(sandbox, platform, 'resident') : {}) }
    const mp = await bootMiniProgram({ platform, distDir, apiOrigin: sandbox.origin, storage })
    try {
      const home = mp.currentPage()
      await mp.idle({ timeoutMs: options.timeoutMs ?? 15_000 })
      const log = home.setDataLog
      const { nodes, depth } = treeStats(home.view())
      return {
        calls: log.length,
        largestCallBytes: log.reduce((max, call) => Math.max(max, call.bytes), 0),
        totalBytes: log.reduce((sum, call) => sum + call.bytes, 0),
        nodes,
        depth,
        errors: mp.errors.map((e) => `${e.source}: ${String((e.error as Error)?.message ?? e.error)}`),
        callBytes: log.map((call) => call.bytes),
      }
    } finally {
      await mp.close()
    }
  } finally {
    await sandbox.close()
  }
}
