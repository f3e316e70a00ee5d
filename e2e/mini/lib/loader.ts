// Module loading: evaluates the compiled app's CommonJS files in the vm realm, the
// App() / Page() / Component() registrations they make, and the components a page or
// the app declares in `usingComponents`.
import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { readJson } from './bundle'
import type { EvalTarget } from './harness-types'
import type { HarnessState } from './state'

export interface Loader {
  evaluate(target: EvalTarget, file: string): void
  /** Evaluates the components a `.json` file uses (recursively), once each. */
  loadComponents(jsonFile: string): void
  /** Evaluates a page's file (and its components) unless Page() already ran for it. */
  ensureEvaluated(route: string): void
  /** The registration globals the base library provides: App, getApp, Page, Component, Behavior. */
  registrations: Record<string, unknown>
}

export function createLoader(state: HarnessState): Loader {
  const { distDir, context, vmGlobal } = state
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
    const previous = state.evaluating
    state.evaluating = target
    try {
      loadModule(file)
    } finally {
      state.evaluating = previous
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
      if (state.componentDefs.has(rel) || moduleCache.has(`${abs}.js`)) continue
      evaluate({ kind: 'component', path: rel }, `${abs}.js`)
      loadComponents(`${abs}.json`)
    }
  }
  const ensureEvaluated = (route: string) => {
    if (state.pageDefs.has(route)) return
    const file = path.join(distDir, `${route}.js`)
    if (!fs.existsSync(file)) throw new Error(`No page file ${file}`)
    loadComponents(path.join(distDir, `${route}.json`))
    evaluate({ kind: 'page', route }, file)
  }

  const registrations: Record<string, unknown> = {
    App(appOptions: Record<string, unknown>) {
      if (state.app) throw new Error('App() called twice')
      state.app = appOptions
    },
    getApp() {
      return state.app
    },
    Page(pageOptions: Record<string, unknown>) {
      if (state.evaluating?.kind !== 'page') throw new Error('Page() called outside a page file')
      state.pageDefs.set(state.evaluating.route, pageOptions)
    },
    Component(componentOptions: Record<string, unknown>) {
      // Pages may also be built with Component(); treat it as the page's definition.
      if (state.evaluating?.kind === 'page') {
        const methods = (componentOptions.methods ?? {}) as Record<string, unknown>
        state.pageDefs.set(state.evaluating.route, { ...componentOptions, ...methods })
        return
      }
      if (state.evaluating?.kind !== 'component') throw new Error('Component() called outside a component file')
      state.componentDefs.set(state.evaluating.path, componentOptions)
    },
    Behavior(behavior: unknown) {
      return behavior
    },
  }

  return { evaluate, loadComponents, ensureEvaluated, registrations }
}
