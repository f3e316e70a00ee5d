// The state one booted mini-program shares between the harness modules (page stack,
// module loader, handles, events). Created once per boot in harness.ts.
import type { AppJson, EvalTarget, PageRecord } from './harness-types'
import type { Callback } from './native-api'
import type { Realm } from './realm'
import type { RequestLog } from './request'
import type { Scheduler } from './scheduler'
import type { Platform, TemplateInfo } from './templates'

export interface HarnessState extends Realm {
  platform: Platform
  alipay: boolean
  distDir: string
  appJson: AppJson
  templates: Map<string, TemplateInfo>
  scheduler: Scheduler
  tabRoutes: string[]
  allRoutes: Set<string>
  requests: RequestLog[]
  /** Browser-only globals the app read (absent on devices). */
  missingGlobals: string[]
  pageDefs: Map<string, Record<string, unknown>>
  componentDefs: Map<string, Record<string, unknown>>
  /** What App() registered. */
  app: Record<string, unknown> | null
  /** The file being evaluated, so Page() / Component() know what they define. */
  evaluating: EvalTarget
  /** The page stack, bottom first. */
  stack: PageRecord[]
  /** Tab pages kept alive while another tab is shown. */
  tabs: Map<string, PageRecord>
  /** `wx` / `my`; set once created (it needs navigation, which needs it). */
  native: Record<string, unknown>
}

/** Calls a platform callback on a later turn, with its payload moved into the app's realm. */
export function callLater(state: HarnessState, fn: Callback, result: unknown, source: string): void {
  if (typeof fn !== 'function') return
  const payload = state.toCtx(result)
  state.scheduler.setTimeout(() => state.scheduler.guard(source, () => fn(payload)), 0)
}

export function topPage(state: HarnessState): PageRecord | undefined {
  return state.stack[state.stack.length - 1]
}
