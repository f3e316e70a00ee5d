// Boots the REAL compiled mini-program (dist/weapp or dist/alipay) in a Node `vm`
// context with a simulated base library: `wx` / `my`, App, Page, Component, getApp,
// getCurrentPages, a page stack with the platform's navigation rules, storage,
// wx.request over real HTTP, and a view model of what each page renders (Taro's
// setData tree read through the generated base template). See README.md.

import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { applySetData, cloneData, type PlainData } from './lib/data-path'
import { createNativeApi, fireUserCaptureScreen, type ApiCall, type ApiOptions, type Callback, type NavigationKind, type UiRecord } from './lib/native-api'
import { detectCompiledOrigin, parseQuery, readAppLayout, readJson } from './lib/bundle'
import type { AppJson, BootOptions, EvalTarget, LogEntry, MiniProgram, PageHandle, PageRecord, WaitOptions } from './lib/harness-types'
import { createRealm } from './lib/realm'
import type { RequestLog } from './lib/request'
import { Scheduler } from './lib/scheduler'
import { loadTemplates, type TemplateInfo } from './lib/templates'
import { bubblePath, buildView, findAll, findByText, hasClass, outline, textOf, type RawNode, type ViewNode } from './lib/view'

export type { Platform } from './lib/templates'
export type { ViewNode } from './lib/view'
export type { RequestLog } from './lib/request'
export type { ApiCall, UiRecord } from './lib/native-api'

export type { BootOptions, LogEntry, MiniProgram, PageHandle, SetDataRecord, WaitOptions } from './lib/harness-types'

export const REPO_ROOT = path.resolve(__dirname, '..', '..')

const DEFAULT_TIMEOUT_MS = 8000

/** Present in browsers (and Node), absent from the WeChat / Alipay logic layer. */
const BROWSER_ONLY_GLOBALS = [
  'window', 'document', 'self', 'location', 'history', 'localStorage', 'sessionStorage', 'fetch', 'XMLHttpRequest',
  'WebSocket', 'Headers', 'Request', 'Response', 'FormData', 'Blob', 'File', 'FileReader', 'AbortController',
  'AbortSignal', 'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'Event', 'EventTarget', 'CustomEvent',
  'MessageChannel', 'setImmediate', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback',
  'structuredClone', 'queueMicrotask', 'atob', 'btoa', 'crypto', 'performance', 'process', 'Buffer', 'global',
]
const MAX_STACK = 10

export async function bootMiniProgram(options: BootOptions): Promise<MiniProgram> {
  const { platform } = options
  const alipay = platform === 'alipay'
  const distDir = path.resolve(options.distDir ?? path.join(REPO_ROOT, 'dist', platform))
  if (!fs.existsSync(path.join(distDir, 'app.json'))) throw new Error(`No build at ${distDir} (run npm run build:${platform})`)
  const appJson = readJson<AppJson>(path.join(distDir, 'app.json'))
  const templates: Map<string, TemplateInfo> = loadTemplates(distDir, platform)
  const debug = options.echoConsole ?? process.env.MINI_HARNESS_DEBUG === '1'

  // ---- routes ----------------------------------------------------------------
  const { mainRoutes, allRoutes, tabRoutes, tabTexts, appId } = readAppLayout(appJson, distDir, platform)

  // ---- state -----------------------------------------------------------------
  const scheduler = new Scheduler()
  const storage = new Map<string, unknown>(Object.entries(options.storage ?? {}))
  const requests: RequestLog[] = []
  const apiCalls: ApiCall[] = []
  const unknownApiCalls: ApiCall[] = []
  const contractViolations: string[] = []
  const ui: UiRecord[] = []
  const logs: LogEntry[] = []
  const pageDefs = new Map<string, Record<string, unknown>>()
  const componentDefs = new Map<string, Record<string, unknown>>()
  let appInstance: Record<string, unknown> | null = null
  let evaluating: EvalTarget = null
  let stack: PageRecord[] = []
  const tabs = new Map<string, PageRecord>()
  let nextPageId = 1
  let navChain: Promise<void> = Promise.resolve()
  const launch = {
    path: options.launch?.path ?? mainRoutes[0],
    query: options.launch?.query ?? {},
    scene: options.launch?.scene ?? (alipay ? 1000 : 1001),
  }
  const launchOptions = () => ({ path: launch.path, query: { ...launch.query }, scene: launch.scene, referrerInfo: {}, ...(alipay ? {} : { apiCategory: 'default' }) })

  // ---- context ---------------------------------------------------------------
  const { vmGlobal, context, toCtx } = createRealm(platform)

  scheduler.onError = (error) => {
    const onError = appInstance?.onError
    if (typeof onError === 'function') {
      try {
        onError.call(appInstance, error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error))
      } catch {
        // reported already
      }
    }
    if (debug) console.error('[mini] uncaught', error)
  }

  const callLater = (fn: Callback, result: unknown, source: string) => {
    if (typeof fn !== 'function') return
    const payload = toCtx(result)
    scheduler.setTimeout(() => scheduler.guard(source, () => fn(payload)), 0)
  }

  const makeConsole = () => {
    const record =
      (level: string) =>
      (...args: unknown[]) => {
        logs.push({ level, args })
        if (debug) (console as unknown as Record<string, (...a: unknown[]) => void>)[level === 'debug' || level === 'trace' ? 'log' : level]?.(`[mini:${platform}]`, ...args)
      }
    const c: Record<string, unknown> = {}
    for (const level of ['log', 'info', 'warn', 'error', 'debug', 'trace']) c[level] = record(level)
    for (const noop of ['group', 'groupCollapsed', 'groupEnd', 'time', 'timeEnd', 'timeLog', 'table', 'count', 'countReset', 'dir', 'profile', 'profileEnd']) c[noop] = () => undefined
    c.assert = (cond: unknown, ...args: unknown[]) => {
      if (!cond) record('error')('Assertion failed', ...args)
    }
    return c
  }

  // ---- page instances & navigation --------------------------------------------
  const pageJson = (route: string): Record<string, unknown> => {
    const file = path.join(distDir, `${route}.json`)
    return fs.existsSync(file) ? readJson<Record<string, unknown>>(file) : {}
  }
  const defaultTitle = (route: string): string => {
    const json = pageJson(route)
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
    const def = pageDefs.get(route)
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
    instance.createSelectorQuery = () => (nativeApi.createSelectorQuery as () => unknown)()
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

  const openNew = (route: string, query: Record<string, string>): PageRecord => {
    const rec = createInstance(route, query)
    stack.push(rec)
    if (tabRoutes.includes(route)) tabs.set(route, rec)
    lifecycle(rec, 'onLoad', query)
    show(rec)
    scheduler.setTimeout(() => {
      if (rec.status !== 'unloaded') lifecycle(rec, 'onReady')
    }, 0)
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

  const resolveUrl = (url: string): { route: string; query: Record<string, string> } => {
    const [rawPath, query = ''] = url.split('?')
    let route: string
    if (rawPath.startsWith('/')) route = rawPath.replace(/^\/+/, '')
    else {
      const current = stack[stack.length - 1]?.route ?? ''
      route = path.posix.normalize(path.posix.join(path.posix.dirname(current), rawPath))
    }
    return { route: route.replace(/\.html$/, ''), query: parseQuery(query) }
  }

  const navFail = (kind: string, o: ApiOptions, message: string) => {
    const res = alipay ? { error: 2, errorMessage: `${kind}:fail ${message}` } : { errMsg: `${kind}:fail ${message}` }
    callLater(o.fail, res, `${kind}.fail`)
    callLater(o.complete, res, `${kind}.complete`)
  }
  const navOk = (kind: string, o: ApiOptions) => {
    const res = alipay ? { success: true } : { errMsg: `${kind}:ok` }
    callLater(o.success, res, `${kind}.success`)
    callLater(o.complete, res, `${kind}.complete`)
  }

  const doNavigate = (kind: NavigationKind, o: ApiOptions) => {
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
          stack = [kept]
          show(kept)
        } else openNew(route, {})
        break
      }
      case 'reLaunch':
        for (let rec = stack.pop(); rec; rec = stack.pop()) unload(rec)
        for (const rec of [...tabs.values()]) unload(rec)
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

  // ---- native API --------------------------------------------------------------
  const nativeApi = createNativeApi({
    platform,
    behaviour: options,
    storage,
    apiCalls,
    unknownApiCalls,
    contractViolations,
    ui,
    appId,
    requestEnv: {
      platform,
      compiledOrigin: options.compiledApiOrigin ?? detectCompiledOrigin(distDir),
      apiOrigin: options.apiOrigin,
      alipayHttpErrorsFail: options.alipayHttpErrorsFail ?? true,
      log: requests,
      deliver: (fn, result, source) => {
        if (typeof fn !== 'function') return
        const payload = toCtx(result)
        scheduler.guard(source, () => fn(payload))
      },
      track: (p) => scheduler.track(p),
    },
    navigate,
    setTitle: (title) => {
      const top = stack[stack.length - 1]
      if (top) top.title = title
    },
    callLater,
    nextTick: (fn) => void scheduler.setTimeout(fn, 0),
    launchOptions,
  })

  // ---- globals -----------------------------------------------------------------
  const globals: Record<string, unknown> = {
    console: makeConsole(),
    setTimeout: scheduler.setTimeout.bind(scheduler),
    clearTimeout: scheduler.clear.bind(scheduler),
    setInterval: scheduler.setInterval.bind(scheduler),
    clearInterval: scheduler.clear.bind(scheduler),
    App(appOptions: Record<string, unknown>) {
      if (appInstance) throw new Error('App() called twice')
      appInstance = appOptions
    },
    getApp() {
      return appInstance
    },
    Page(pageOptions: Record<string, unknown>) {
      if (evaluating?.kind !== 'page') throw new Error('Page() called outside a page file')
      pageDefs.set(evaluating.route, pageOptions)
    },
    Component(componentOptions: Record<string, unknown>) {
      // Pages may also be built with Component(); treat it as the page's definition.
      if (evaluating?.kind === 'page') {
        const methods = (componentOptions.methods ?? {}) as Record<string, unknown>
        pageDefs.set(evaluating.route, { ...componentOptions, ...methods })
        return
      }
      if (evaluating?.kind !== 'component') throw new Error('Component() called outside a component file')
      componentDefs.set(evaluating.path, componentOptions)
    },
    Behavior(behavior: unknown) {
      return behavior
    },
    getCurrentPages() {
      return stack.map((rec) => rec.instance)
    },
    requirePlugin(name: string) {
      throw new Error(`requirePlugin("${name}") is not simulated`)
    },
  }
  if (alipay) {
    globals.my = nativeApi
    // Taro's Alipay runtime reads navigator.userAgent at start; devices only have swuserAgent.
    globals.navigator = { userAgent: '', swuserAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_0 like Mac OS X) AlipayClient/10.5.30 MiniProgram' }
  } else {
    globals.wx = nativeApi
  }
  Object.assign(vmGlobal, globals)
  // Browser APIs that WeChat / Alipay do not provide stay undefined, but reading one is
  // recorded: a library that silently depends on it (React Query v5 and
  // AbortController) then shows up in failure messages.
  const missingGlobals: string[] = []
  for (const name of BROWSER_ONLY_GLOBALS) {
    Object.defineProperty(vmGlobal, name, {
      configurable: true,
      enumerable: false,
      get() {
        if (!missingGlobals.includes(name)) missingGlobals.push(name)
        return undefined
      },
      set(value: unknown) {
        // The app installs a polyfill: from now on it is a plain global.
        Object.defineProperty(vmGlobal, name, { configurable: true, enumerable: false, writable: true, value })
      },
    })
  }
  Object.assign(vmGlobal, options.extraGlobals ?? {})

  // The base library reports unhandled promise rejections (App.onUnhandledRejection)
  // instead of crashing; record them with the other errors while this app runs.
  const onUnhandledRejection = (reason: unknown) => {
    scheduler.errors.push({ source: 'unhandledrejection', error: reason })
    const handler = appInstance?.onUnhandledRejection
    if (typeof handler === 'function') scheduler.guard('App.onUnhandledRejection', () => handler.call(appInstance, toCtx({ reason: String(reason) })))
  }
  process.on('unhandledRejection', onUnhandledRejection)

  // ---- module loader -----------------------------------------------------------
  const moduleCache = new Map<string, { exports: unknown }>()
  const loadModule = (absolute: string): unknown => {
    const cached = moduleCache.get(absolute)
    if (cached) return cached.exports
    const module = vm.runInContext('({ exports: {} })', context) as { exports: unknown }
    moduleCache.set(absolute, module)
    const code = fs.readFileSync(absolute, 'utf8')
    const script = new vm.Script(`(function (require, module, exports) {${code}\n})`, { filename: absolute })
    const fn = script.runInContext(context) as (req: (id: string) => unknown, mod: unknown, exp: unknown) => void
    const dir = path.dirname(absolute)
    const req = (id: string) => {
      if (!id.startsWith('.') && !id.startsWith('/')) throw new Error(`require("${id}"): only relative paths exist in a mini-program`)
      let target = id.startsWith('/') ? path.join(distDir, id) : path.resolve(dir, id)
      if (!target.endsWith('.js')) target += '.js'
      if (!target.startsWith(distDir + path.sep)) throw new Error(`require("${id}") leaves the package`)
      return loadModule(target)
    }
    fn.call(vmGlobal, req, module, module.exports)
    return module.exports
  }
  const evaluate = (target: EvalTarget, file: string) => {
    const previous = evaluating
    evaluating = target
    try {
      loadModule(file)
    } finally {
      evaluating = previous
    }
  }

  const componentsOf = (jsonFile: string): string[] => {
    if (!fs.existsSync(jsonFile)) return []
    const using = (readJson<{ usingComponents?: Record<string, string> }>(jsonFile).usingComponents ?? {}) as Record<string, string>
    const base = path.dirname(jsonFile)
    return Object.values(using)
      .filter((p) => !/^plugin(-private)?:\/\//.test(p))
      .map((p) => (p.startsWith('/') ? path.join(distDir, p) : path.resolve(base, p)))
  }
  const loadComponents = (jsonFile: string) => {
    for (const abs of componentsOf(jsonFile)) {
      const rel = path.relative(distDir, abs).split(path.sep).join('/')
      if (componentDefs.has(rel) || moduleCache.has(`${abs}.js`)) continue
      evaluate({ kind: 'component', path: rel }, `${abs}.js`)
      loadComponents(`${abs}.json`)
    }
  }
  function ensureEvaluated(route: string) {
    if (pageDefs.has(route)) return
    const file = path.join(distDir, `${route}.js`)
    if (!fs.existsSync(file)) throw new Error(`No page file ${file}`)
    loadComponents(path.join(distDir, `${route}.json`))
    evaluate({ kind: 'page', route }, file)
  }

  // ---- boot --------------------------------------------------------------------
  evaluate({ kind: 'app' }, path.join(distDir, 'app.js'))
  if (!appInstance) throw new Error('app.js did not call App()')
  loadComponents(path.join(distDir, 'app.json'))
  for (const route of mainRoutes) ensureEvaluated(route)
  const app = appInstance as Record<string, unknown>
  for (const hook of ['onLaunch', 'onShow']) {
    const fn = app[hook]
    if (typeof fn === 'function') scheduler.guard(`App.${hook}`, () => (fn as (o: unknown) => void).call(app, toCtx(launchOptions())))
  }
  if (!allRoutes.has(launch.path)) throw new Error(`Launch page ${launch.path} is not in app.json`)
  openNew(launch.path, launch.query)

  // ---- handles -----------------------------------------------------------------
  const handles = new Map<PageRecord, PageHandle>()
  const eventBase = (node: ViewNode) => {
    const dataset = { sid: node.sid }
    return alipay ? { id: node.id, dataset, targetDataset: dataset, tagName: node.tag } : { id: node.id, dataset, offsetLeft: 0, offsetTop: 0 }
  }
  /** A native button that is disabled (or loading) swallows the tap. */
  const tapBlocked = (node: ViewNode): boolean => {
    for (let n: ViewNode | null = node; n && n.parent; n = n.parent) {
      if (n.tag === 'button' && n.attr('disabled') === true) return true
    }
    return false
  }
  const handleOf = (rec: PageRecord): PageHandle => {
    const existing = handles.get(rec)
    if (existing) return existing
    const dispatch = (type: string, path: ViewNode[], target: ViewNode, detail: Record<string, unknown>) => {
      const eh = rec.instance.eh
      if (typeof eh !== 'function') throw new Error(`${rec.route} has no eh handler`)
      for (const current of path) {
        const event = {
          type,
          timeStamp: Date.now(),
          target: eventBase(target),
          currentTarget: eventBase(current),
          detail,
          mark: {},
          mut: false,
          ...(type === 'tap' ? { touches: [], changedTouches: [{ identifier: 0, pageX: 0, pageY: 0, clientX: 0, clientY: 0 }] } : {}),
        }
        scheduler.guard(`${rec.route} ${type}`, () => (eh as (e: unknown) => unknown).call(rec.instance, toCtx(event)))
      }
    }
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
    const top = stack[stack.length - 1]
    if (!top) throw new Error('No page is open')
    return top
  }

  const diagnostics = () => {
    const top = stack[stack.length - 1]
    const recent = requests
      .slice(-8)
      .map((r) => `  ${r.method} ${r.path} → ${r.status}`)
      .join('\n')
    const errs = scheduler.errors
      .slice(-3)
      .map((e) => `  ${e.source}: ${(e.error as Error)?.stack ?? String(e.error)}`)
      .join('\n')
    return [
      `stack: [${stack.map((r) => r.route).join(', ')}]`,
      top ? `page text:\n${textOf(buildView((top.instance.data as { root?: RawNode }).root, templates))}` : 'no page',
      recent ? `recent requests:\n${recent}` : 'no requests',
      errs ? `errors:\n${errs}` : '',
      missingGlobals.length ? `browser-only globals the app read (absent on devices): ${missingGlobals.join(', ')}` : '',
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

  const mp: MiniProgram = {
    platform,
    distDir,
    appJson,
    tabRoutes,
    storage,
    requests,
    apiCalls,
    unknownApiCalls,
    contractViolations,
    takeContractViolations: () => contractViolations.splice(0),
    ui,
    errors: scheduler.errors,
    logs,
    missingGlobals,
    context,
    native: nativeApi as Record<string, (...args: unknown[]) => unknown>,
    userCaptureScreen: () => fireUserCaptureScreen(nativeApi),
    currentPage: () => handleOf(current()),
    pageStack: () => stack.map(handleOf),
    tabPages: () => [...tabs.values()].map(handleOf),
    text: () => handleOf(current()).text(),
    async tapText(text, opts = {}) {
      const target = await waitFor(
        () => {
          const page = handleOf(current())
          const node = page.findByText(text, { ...opts, bound: 'tap' })
          return node && !tapBlocked(node) ? { page, node } : null
        },
        { ...opts, what: `enabled, tappable "${text}"` },
      )
      if (!target.page.tap(target.node)) throw new Error(`"${text}" is disabled on ${target.page.route}`)
    },
    waitForText: (text, opts = {}) =>
      waitFor(
        () => {
          const page = handleOf(current())
          return page.hasText(text) ? page : null
        },
        { ...opts, what: opts.what ?? `text "${text}"` },
      ),
    waitForPage: (route, opts = {}) =>
      waitFor(
        () => {
          const top = stack[stack.length - 1]
          return top && top.route === route.replace(/^\/+/, '') ? handleOf(top) : null
        },
        { ...opts, what: opts.what ?? `page ${route}` },
      ),
    waitFor,
    async switchTab(routeOrText) {
      const byText = tabTexts.indexOf(routeOrText)
      const route = byText >= 0 ? tabRoutes[byText] : routeOrText.replace(/^\/+/, '')
      const index = tabRoutes.indexOf(route)
      if (index < 0) throw new Error(`${routeOrText} is not a tab (tabs: ${tabRoutes.join(', ')})`)
      navigate('switchTab', { url: `/${route}` })
      const page = await mp.waitForPage(route)
      const onTabItemTap = page.instance.onTabItemTap
      if (typeof onTabItemTap === 'function') {
        scheduler.guard(`${route}.onTabItemTap`, () => onTabItemTap.call(page.instance, toCtx({ index, pagePath: route, text: tabTexts[index] })))
      }
      return page
    },
    async navigateBack(delta = 1) {
      const target = stack[stack.length - 1 - delta]
      if (!target) throw new Error('Nothing to go back to')
      navigate('navigateBack', { delta })
      return mp.waitForPage(target.route)
    },
    async idle(opts = {}) {
      let quiet = 0
      await waitFor(
        () => {
          quiet = scheduler.pendingWork(50) === 0 ? quiet + 1 : 0
          return quiet >= 3
        },
        { ...opts, what: opts.what ?? 'idle' },
      )
    },
    storageDump() {
      const out: Record<string, string> = {}
      for (const [k, v] of storage) out[k] = typeof v === 'string' ? v : JSON.stringify(v)
      return out
    },
    async close() {
      for (let rec = stack.pop(); rec; rec = stack.pop()) unload(rec)
      for (const rec of [...tabs.values()]) unload(rec)
      scheduler.close()
      // Let rejections already queued by app code be attributed to this app before detaching.
      await new Promise((resolve) => setTimeout(resolve, 0))
      process.off('unhandledRejection', onUnhandledRejection)
      // Every harness test fails on a contract violation, even one that asserted nothing else.
      if (contractViolations.length > 0) {
        const list = [...new Set(contractViolations.splice(0))]
        throw new Error(`${platform}: ${list.length} platform API contract violation(s):\n  ${list.join('\n  ')}`)
      }
    },
  }
  return mp
}
