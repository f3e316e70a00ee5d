// The view helpers Taro and UI libraries call from the logic layer (selector queries,
// intersection observers, animations).
import type { Callback } from '../native-api'
import type { NativeKit } from './kit'

export function viewApis(kit: NativeKit): Record<string, unknown> {
  const { host } = kit
  return {
    // view helpers Taro / UI libraries call
    createSelectorQuery() {
      const results: unknown[] = []
      const query = {
        in: () => query,
        select: () => nodesRef(false),
        selectAll: () => nodesRef(true),
        selectViewport: () => nodesRef(false),
        exec(cb?: (res: unknown[]) => void) {
          host.callLater(cb as Callback, results.slice(), 'SelectorQuery.exec')
          return undefined
        },
      }
      const nodesRef = (all: boolean) => {
        const push = (value: unknown, cb?: (res: unknown) => void) => {
          results.push(all ? [] : value)
          if (cb) host.callLater(cb as Callback, all ? [] : value, 'NodesRef.callback')
          return query
        }
        const rect = { id: '', dataset: {}, left: 0, right: 0, top: 0, bottom: 0, width: 0, height: 0 }
        return {
          boundingClientRect: (cb?: (res: unknown) => void) => push(rect, cb),
          scrollOffset: (cb?: (res: unknown) => void) => push({ scrollLeft: 0, scrollTop: 0, scrollWidth: 0, scrollHeight: 0 }, cb),
          fields: (_f: unknown, cb?: (res: unknown) => void) => push({ ...rect }, cb),
          node: (cb?: (res: unknown) => void) => push({ node: null }, cb),
          context: (cb?: (res: unknown) => void) => push({ context: null }, cb),
        }
      }
      return query
    },
    createIntersectionObserver() {
      const observer = { relativeTo: () => observer, relativeToViewport: () => observer, observe() {}, disconnect() {} }
      return observer
    },
    createAnimation() {
      const animation: Record<string, unknown> = {}
      for (const m of ['opacity', 'backgroundColor', 'width', 'height', 'top', 'left', 'bottom', 'right', 'rotate', 'scale', 'translate', 'translateX', 'translateY', 'skew', 'matrix', 'step']) {
        animation[m] = () => animation
      }
      animation.export = () => ({ actions: [] })
      return animation
    },

  }
}
