// Events: what the base library hands a page's `eh` handler when the user taps or types,
// bubbling along the bound ancestors like the view layer does.
import type { PageRecord } from './harness-types'
import type { HarnessState } from './state'
import type { ViewNode } from './view'

const eventBase = (alipay: boolean, node: ViewNode) => {
  const dataset = { sid: node.sid }
  return alipay ? { id: node.id, dataset, targetDataset: dataset, tagName: node.tag } : { id: node.id, dataset, offsetLeft: 0, offsetTop: 0 }
}

/** A native button that is disabled (or loading) swallows the tap. */
export function tapBlocked(node: ViewNode): boolean {
  for (let n: ViewNode | null = node; n && n.parent; n = n.parent) {
    if (n.tag === 'button' && n.attr('disabled') === true) return true
  }
  return false
}

export type Dispatch = (type: string, path: ViewNode[], target: ViewNode, detail: Record<string, unknown>) => void

/** Delivers an event to each node of `path` (target first) through the page's `eh`. */
export function eventDispatcher(state: HarnessState, rec: PageRecord): Dispatch {
  return (type, path, target, detail) => {
    const eh = rec.instance.eh
    if (typeof eh !== 'function') throw new Error(`${rec.route} has no eh handler`)
    for (const current of path) {
      const event = {
        type,
        timeStamp: Date.now(),
        target: eventBase(state.alipay, target),
        currentTarget: eventBase(state.alipay, current),
        detail,
        mark: {},
        mut: false,
        ...(type === 'tap' ? { touches: [], changedTouches: [{ identifier: 0, pageX: 0, pageY: 0, clientX: 0, clientY: 0 }] } : {}),
      }
      state.scheduler.guard(`${rec.route} ${type}`, () => (eh as (e: unknown) => unknown).call(rec.instance, state.toCtx(event)))
    }
  }
}
