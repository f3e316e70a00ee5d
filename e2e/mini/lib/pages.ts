// The page stack: page instances with their lifecycle, and navigation with the base
// library's rules (stack limit, tab pages, relative URLs, one navigation at a time).
import fs from 'node:fs'
import path from 'node:path'
import { parseQuery, readJson } from './bundle'
import { applySetData, cloneData, type PlainData } from './data-path'
import type { PageRecord } from './harness-types'
import type { ApiOptions, NavigationKind } from './native-api'
import { callLater, topPage, type HarnessState } from './state'

const MAX_STACK = 10

export interface Pages {
  openNew(route: string, query: Record<string, string>): PageRecord
  /** Queues a navigation as the platform does (asynchronous, one at a time). */
  navigate(kind: NavigationKind, o: ApiOptions): void
  /** Unloads every page (stack and kept tabs). */
  unloadAll(): void
}

export function createPages(state: HarnessState, ensureEvaluated: (route: string) => void): Pages {
  const { alipay, distDir, appJson, scheduler, toCtx, tabRoutes, allRoutes, tabs } = state
  let nextPageId = 1
  let navChain: Promise<void> = Promise.resolve()

  const defaultTitle = (route: string): string => {
    const file = path.join(distDir, `${route}.json`)
    const json = fs.existsSync(file) ? readJson<Record<string, unknown>>(file) : {}
    const win = appJson.window ?? {}
    const key = alipay ? 'defaultTitle' : 'navigationBarTitleText'
    return String(json[key] ?? win[key] ?? '')
  }

  const lifecycle = (rec: PageRecord, name: string, ...args: unknown[]) => {
    const fn = rec.instance[name]
    if (typeof fn !== 'function') return
    scheduler.guard(`${rec.route}.${name}`, () => (fn as (...a: unknown[]) => unknown).apply(rec.instance, args.map(toCtx)))
  }

  const createInstance = (route: string, query: Record<string, string>): PageRecord => {
    ensureEvaluated(route)
    const def = state.pageDefs.get(route)
    if (!def) throw new Error(`Page() was not registered for ${route}`)
    const id = nextPageId++
    const instance: Record<string, unknown> = {}
    for (const key of Object.keys(def)) if (key !== 'data') instance[key] = def[key]
    // Alipay mixins / WeChat behaviors on a Page: copy methods not defined by the page itself.
    for (const mixinKey of ['mixins', 'behaviors']) {
      const mixins = def[mixinKey]
      if (Array.isArray(mixins)) for (const mixin of mixins) for (const [k, v] of Object.entries(mixin as object)) if (!(k in instance)) instance[k] = v
    }
    const createdAt = Date.now()
    const rec: PageRecord = { id, route, query, instance, title: defaultTitle(route), status: 'loading', renders: 0, setDataLog: [] }
    instance.data = cloneData(def.data ?? {}) as PlainData
    instance.route = route
    instance.__route__ = route
    instance.options = toCtx(query)
    instance.setData = function setData(payload: Record<string, unknown>, cb?: () => void) {
      if (!payload || typeof payload !== 'object') throw new TypeError('setData: data must be an object')
      applySetData(instance.data as PlainData, payload)
      rec.renders += 1
      rec.setDataLog.push({ bytes: Buffer.byteLength(JSON.stringify(payload) ?? ''), keys: Object.keys(payload).length, at: Date.now() - createdAt })
      if (typeof cb === 'function') scheduler.setTimeout(() => cb.call(instance), 0)
    }
    instance.createSelectorQuery = () => (state.native.createSelectorQuery as () => unknown)()
    instance.selectComponent = () => null
    instance.selectAllComponents = () => []
    if (alipay) {
      instance.$viewId = String(id)
      instance.$id = id
      instance.$batchedUpdates = (fn: () => void) => fn()
      instance.$spliceData = (payload: Record<string, unknown[]>, cb?: () => void) => {
        for (const [key, args] of Object.entries(payload)) {
          const current = key.split('.').reduce<unknown>((node, seg) => (node as Record<string, unknown> | undefined)?.[seg], instance.data)
          if (Array.isArray(current)) current.splice(Number(args[0]), Number(args[1]), ...(cloneData(args.slice(2)) as unknown[]))
        }
        rec.renders += 1
        if (typeof cb === 'function') scheduler.setTimeout(() => cb.call(instance), 0)
      }
    } else {
      instance.is = route
      instance.__wxWebviewId__ = id
      instance.__wxExparserNodeId__ = `page-${id}`
      instance.getPageId = () => `pageId:${id}`
      instance.getOpenerEventChannel = () => ({ emit() {}, on() {}, once() {}, off() {} })
    }
    return rec
  }

  const show = (rec: PageRecord) => {
    rec.status = 'shown'
    lifecycle(rec, 'onShow')
  }
  const hide = (rec: PageRecord) => {
    if (rec.status !== 'shown') return
    rec.status = 'hidden'
    lifecycle(rec, 'onHide')
  }
  const unload = (rec: PageRecord) => {
    if (rec.status === 'unloaded') return
    rec.status = 'unloaded'
    lifecycle(rec, 'onUnload')
    if (tabs.get(rec.route) === rec) tabs.delete(rec.route)
  }
  const openNew = (route: string, query: Record<string, string>): PageRecord => {
    const rec = createInstance(route, query)
    state.stack.push(rec)
    if (tabRoutes.includes(route)) tabs.set(route, rec)
    lifecycle(rec, 'onLoad', query)
    show(rec)
    scheduler.setTimeout(() => {
      if (rec.status !== 'unloaded') lifecycle(rec, 'onReady')
    }, 0)
    return rec
  }
  const unloadAll = () => {
    for (let rec = state.stack.pop(); rec; rec = state.stack.pop()) unload(rec)
    for (const rec of [...tabs.values()]) unload(rec)
  }

  const resolveUrl = (url: string): { route: string; query: Record<string, string> } => {
    const [rawPath, query = ''] = url.split('?')
    let route: string
    if (rawPath.startsWith('/')) route = rawPath.replace(/^\/+/, '')
    else {
      const current = topPage(state)?.route ?? ''
      route = path.posix.normalize(path.posix.join(path.posix.dirname(current), rawPath))
    }
    return { route: route.replace(/\.html$/, ''), query: parseQuery(query) }
  }

  const navFail = (kind: string, o: ApiOptions, message: string) => {
    const res = alipay ? { error: 2, errorMessage: `${kind}:fail ${message}` } : { errMsg: `${kind}:fail ${message}` }
    callLater(state, o.fail, res, `${kind}.fail`)
    callLater(state, o.complete, res, `${kind}.complete`)
  }
  const navOk = (kind: string, o: ApiOptions) => {
    const res = alipay ? { success: true } : { errMsg: `${kind}:ok` }
    callLater(state, o.success, res, `${kind}.success`)
    callLater(state, o.complete, res, `${kind}.complete`)
  }

  const doNavigate = (kind: NavigationKind, o: ApiOptions) => {
    const { stack } = state
    if (kind === 'navigateBack') {
      if (stack.length <= 1) return navFail(kind, o, 'cannot navigate back at first page.')
      const delta = Math.max(1, Math.min(Number(o.delta ?? 1) || 1, stack.length - 1))
      for (let i = 0; i < delta; i++) unload(stack.pop() as PageRecord)
      show(stack[stack.length - 1])
      return navOk(kind, o)
    }
    const url = String(o.url ?? '')
    const { route, query } = resolveUrl(url)
    if (!allRoutes.has(route)) return navFail(kind, o, `page "${route}" is not found`)
    const isTab = tabRoutes.includes(route)
    const top = stack[stack.length - 1]
    switch (kind) {
      case 'navigateTo':
        if (isTab) return navFail(kind, o, 'can not navigateTo a tabbar page')
        if (stack.length >= MAX_STACK) return navFail(kind, o, 'webview count limit exceed')
        if (top) hide(top)
        openNew(route, query)
        break
      case 'redirectTo':
        if (isTab) return navFail(kind, o, 'can not redirectTo a tabbar page')
        if (top) unload(stack.pop() as PageRecord)
        openNew(route, query)
        break
      case 'switchTab': {
        if (!isTab) return navFail(kind, o, 'can not switch to no-tabBar page')
        if (top && top.route === route && stack.length === 1) break
        for (let rec = stack.pop(); rec; rec = stack.pop()) {
          if (tabRoutes.includes(rec.route) && tabs.get(rec.route) === rec) hide(rec)
          else unload(rec)
        }
        const kept = tabs.get(route)
        if (kept) {
          stack.push(kept)
          show(kept)
        } else openNew(route, {})
        break
      }
      case 'reLaunch':
        unloadAll()
        openNew(route, query)
        break
    }
    navOk(kind, o)
  }

  const navigate = (kind: NavigationKind, o: ApiOptions) => {
    // The base library routes asynchronously, one navigation at a time.
    navChain = navChain.then(
      () =>
        scheduler.track(
          new Promise<void>((resolve) => {
            scheduler.setTimeout(() => {
              try {
                doNavigate(kind, o)
              } catch (error) {
                scheduler.errors.push({ source: kind, error })
                navFail(kind, o, String((error as Error)?.message ?? error))
              }
              resolve()
            }, 0)
            if (scheduler.isClosed) resolve()
          }),
        ),
    )
  }

  return { openNew, navigate, unloadAll }
}
