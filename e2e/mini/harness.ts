// Boots the REAL compiled mini-program (dist/weapp or dist/alipay) in a Node `vm`
// context with a simulated base library: `wx` / `my`, App, Page, Component, getApp,
// getCurrentPages, a page stack with the platform's navigation rules, storage,
// wx.request over real HTTP, and a view model of what each page renders (Taro's
// setData tree read through the generated base template). See README.md.
// The parts live in lib/: pages.ts (stack & navigation), loader.ts (module loading),
// handles.ts (page handles & queries), events.ts, globals.ts; state.ts is what they share.

import fs from 'node:fs'
import path from 'node:path'
import { createNativeApi, fireUserCaptureScreen, type ApiCall, type UiRecord } from './lib/native-api'
import { detectCompiledOrigin, readAppLayout, readJson } from './lib/bundle'
import { tapBlocked } from './lib/events'
import { installGlobals } from './lib/globals'
import { createHandles } from './lib/handles'
import type { AppJson, BootOptions, LogEntry, MiniProgram } from './lib/harness-types'
import { createLoader } from './lib/loader'
import { createPages } from './lib/pages'
import { createRealm } from './lib/realm'
import type { RequestLog } from './lib/request'
import { Scheduler } from './lib/scheduler'
import { callLater, topPage, type HarnessState } from './lib/state'
import { loadTemplates } from './lib/templates'

export type { Platform } from './lib/templates'
export type { ViewNode } from './lib/view'
export type { RequestLog } from './lib/request'
export type { ApiCall, UiRecord } from './lib/native-api'

export type { BootOptions, LogEntry, MiniProgram, PageHandle, SetDataRecord, WaitOptions } from './lib/harness-types'

export const REPO_ROOT = path.resolve(__dirname, '..', '..')

export async function bootMiniProgram(options: BootOptions): Promise<MiniProgram> {
  const { platform } = options
  const alipay = platform === 'alipay'
  const distDir = path.resolve(options.distDir ?? path.join(REPO_ROOT, 'dist', platform))
  if (!fs.existsSync(path.join(distDir, 'app.json'))) throw new Error(`No build at ${distDir} (run npm run build:${platform})`)
  const appJson = readJson<AppJson>(path.join(distDir, 'app.json'))
  const debug = options.echoConsole ?? process.env.MINI_HARNESS_DEBUG === '1'
  const { mainRoutes, allRoutes, tabRoutes, tabTexts, appId } = readAppLayout(appJson, distDir, platform)

  const storage = new Map<string, unknown>(Object.entries(options.storage ?? {}))
  const requests: RequestLog[] = []
  const apiCalls: ApiCall[] = []
  const unknownApiCalls: ApiCall[] = []
  const contractViolations: string[] = []
  const ui: UiRecord[] = []
  const logs: LogEntry[] = []
  const state: HarnessState = {
    ...createRealm(platform),
    platform,
    alipay,
    distDir,
    appJson,
    templates: loadTemplates(distDir, platform),
    scheduler: new Scheduler(),
    tabRoutes,
    allRoutes,
    requests,
    missingGlobals: [],
    pageDefs: new Map(),
    componentDefs: new Map(),
    app: null,
    evaluating: null,
    stack: [],
    tabs: new Map(),
    native: {},
  }
  const { scheduler, toCtx, stack, tabs } = state
  const launch = {
    path: options.launch?.path ?? mainRoutes[0],
    query: options.launch?.query ?? {},
    scene: options.launch?.scene ?? (alipay ? 1000 : 1001),
  }
  const launchOptions = () => ({ path: launch.path, query: { ...launch.query }, scene: launch.scene, referrerInfo: {}, ...(alipay ? {} : { apiCategory: 'default' }) })

  const loader = createLoader(state)
  const pages = createPages(state, loader.ensureEvaluated)
  const { navigate } = pages
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
      const top = topPage(state)
      if (top) top.title = title
    },
    callLater: (fn, result, source) => callLater(state, fn, result, source),
    nextTick: (fn) => void scheduler.setTimeout(fn, 0),
    launchOptions,
  })
  state.native = nativeApi
  const detachGlobals = installGlobals(state, { logs, debug, registrations: loader.registrations, extraGlobals: options.extraGlobals })

  // ---- boot --------------------------------------------------------------------
  loader.evaluate({ kind: 'app' }, path.join(distDir, 'app.js'))
  if (!state.app) throw new Error('app.js did not call App()')
  loader.loadComponents(path.join(distDir, 'app.json'))
  for (const route of mainRoutes) loader.ensureEvaluated(route)
  const app = state.app as Record<string, unknown>
  for (const hook of ['onLaunch', 'onShow']) {
    const fn = app[hook]
    if (typeof fn === 'function') scheduler.guard(`App.${hook}`, () => (fn as (o: unknown) => void).call(app, toCtx(launchOptions())))
  }
  if (!allRoutes.has(launch.path)) throw new Error(`Launch page ${launch.path} is not in app.json`)
  pages.openNew(launch.path, launch.query)

  // ---- the test's view ---------------------------------------------------------
  const { handleOf, current, waitFor } = createHandles(state)
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
    missingGlobals: state.missingGlobals,
    context: state.context,
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
          const top = topPage(state)
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
      pages.unloadAll()
      scheduler.close()
      // Let rejections already queued by app code be attributed to this app before detaching.
      await new Promise((resolve) => setTimeout(resolve, 0))
      detachGlobals()
      // Every harness test fails on a contract violation, even one that asserted nothing else.
      if (contractViolations.length > 0) {
        const list = [...new Set(contractViolations.splice(0))]
        throw new Error(`${platform}: ${list.length} platform API contract violation(s):\n  ${list.join('\n  ')}`)
      }
    },
  }
  return mp
}
