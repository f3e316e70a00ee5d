// Page handles: what a test holds for an open page (its data, rendered view, queries,
// taps and input), and waiting for a condition with a diagnostic when it times out.
import type { PlainData } from './data-path'
import { eventDispatcher, tapBlocked } from './events'
import type { PageHandle, PageRecord, WaitOptions } from './harness-types'
import { topPage, type HarnessState } from './state'
import { bubblePath, buildView, findAll, findByText, hasClass, outline, textOf, type RawNode } from './view'

const DEFAULT_TIMEOUT_MS = 8000

export interface Handles {
  handleOf(rec: PageRecord): PageHandle
  /** The top page; throws when none is open. */
  current(): PageRecord
  waitFor<T>(predicate: () => T | null | undefined | false, opts?: WaitOptions): Promise<T>
}

export function createHandles(state: HarnessState): Handles {
  const { templates } = state
  const handles = new Map<PageRecord, PageHandle>()

  const handleOf = (rec: PageRecord): PageHandle => {
    const existing = handles.get(rec)
    if (existing) return existing
    const dispatch = eventDispatcher(state, rec)
    const view = () => buildView((rec.instance.data as { root?: RawNode }).root, templates)
    const handle: PageHandle = {
      id: rec.id,
      route: rec.route,
      query: rec.query,
      instance: rec.instance,
      get title() {
        return rec.title
      },
      get alive() {
        return rec.status !== 'unloaded'
      },
      get renders() {
        return rec.renders
      },
      setDataLog: rec.setDataLog,
      data: () => rec.instance.data as PlainData,
      view,
      text: () => textOf(view()),
      hasText: (text) => textOf(view()).includes(text),
      findByText: (text, opts) => findByText(view(), text, opts),
      findAll: (predicate) => findAll(view(), predicate),
      findByClass: (className) => findAll(view(), (n) => hasClass(n, className)),
      findInput: (placeholder) =>
        findAll(view(), (n) => (n.tag === 'input' || n.tag === 'textarea') && (placeholder === undefined || String(n.attr('placeholder') ?? '').includes(placeholder)))[0] ?? null,
      tap(node) {
        if (tapBlocked(node)) return false
        const path = bubblePath(node, 'tap')
        if (path.length === 0) throw new Error(`Nothing handles a tap on <${node.tag} class="${node.className}"> "${textOf(node)}" in ${rec.route}`)
        dispatch('tap', path, node, { x: 0, y: 0 })
        return true
      },
      tapText(text, opts) {
        const node = findByText(view(), text, { ...opts, bound: 'tap' })
        if (!node) throw new Error(`No tappable element with text "${text}" on ${rec.route}.\n${outline(view())}`)
        if (!handle.tap(node)) throw new Error(`"${text}" on ${rec.route} is disabled`)
      },
      input(node, value) {
        if (!node.binds('input')) throw new Error(`<${node.tag}> on ${rec.route} has no input binding`)
        dispatch('input', [node], node, { value, cursor: value.length, keyCode: 0 })
      },
      trigger(node, type, detail = {}) {
        const path = bubblePath(node, type)
        if (path.length === 0) throw new Error(`Nothing bound to ${type} on <${node.tag}> in ${rec.route}`)
        dispatch(type, path, node, detail)
      },
      outline: () => outline(view()),
    }
    handles.set(rec, handle)
    return handle
  }

  const current = (): PageRecord => {
    const top = topPage(state)
    if (!top) throw new Error('No page is open')
    return top
  }

  const diagnostics = () => {
    const top = topPage(state)
    const recent = state.requests
      .slice(-8)
      .map((r) => `  ${r.method} ${r.path} → ${r.status}`)
      .join('\n')
    const errs = state.scheduler.errors
      .slice(-3)
      .map((e) => `  ${e.source}: ${(e.error as Error)?.stack ?? String(e.error)}`)
      .join('\n')
    return [
      `stack: [${state.stack.map((r) => r.route).join(', ')}]`,
      top ? `page text:\n${textOf(buildView((top.instance.data as { root?: RawNode }).root, templates))}` : 'no page',
      recent ? `recent requests:\n${recent}` : 'no requests',
      errs ? `errors:\n${errs}` : '',
      state.missingGlobals.length ? `browser-only globals the app read (absent on devices): ${state.missingGlobals.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('\n')
  }

  const waitFor = async <T>(predicate: () => T | null | undefined | false, opts: WaitOptions = {}): Promise<T> => {
    const timeout = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS
    const deadline = Date.now() + timeout
    let lastError: unknown
    for (;;) {
      try {
        const value = predicate()
        if (value) return value as T
      } catch (error) {
        lastError = error
      }
      if (Date.now() > deadline) {
        const cause = lastError ? `\nlast error: ${(lastError as Error)?.message ?? String(lastError)}` : ''
        throw new Error(`${opts.what ?? 'condition'} not met within ${timeout} ms${cause}\n${diagnostics()}`)
      }
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
  }

  return { handleOf, current, waitFor }
}
