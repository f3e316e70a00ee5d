// Reading a build's files: JSON, the API origin compiled into the bundle, page queries as the base
// library hands them over.
import fs from 'node:fs'
import path from 'node:path'
import type { AppJson } from './harness-types'
import type { Platform } from './templates'

export function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T
}

export function detectCompiledOrigin(distDir: string): string {
  for (const file of ['common.js', 'app.js', 'vendors.js']) {
    const full = path.join(distDir, file)
    if (!fs.existsSync(full)) continue
    const m = /["'](https?:\/\/[^"'/]+)\/api\/v1["']/.exec(fs.readFileSync(full, 'utf8'))
    if (m) return m[1]
  }
  return 'http://127.0.0.1:8787'
}

export function parseQuery(query: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const pair of query.split('&')) {
    if (!pair) continue
    const i = pair.indexOf('=')
    // Like the base library: values are handed over as written in the URL (not decoded).
    if (i < 0) out[pair] = ''
    else out[pair.slice(0, i)] = pair.slice(i + 1)
  }
  return out
}

export interface AppLayout {
  mainRoutes: string[]
  /** Subpackage page route → its package root. */
  subRoutes: Map<string, string>
  allRoutes: Set<string>
  tabRoutes: string[]
  tabTexts: string[]
  appId: string
}

/** Pages, subpackages and tabs of app.json (WeChat `tabBar.list`/`text`, Alipay `tabBar.items`/`name`). */
export function readAppLayout(appJson: AppJson, distDir: string, platform: Platform): AppLayout {
  const alipay = platform === 'alipay'
  const mainRoutes = [...appJson.pages]
  const subPackages = appJson.subPackages ?? appJson.subpackages ?? []
  const subRoutes = new Map<string, string>()
  for (const pkg of subPackages) for (const p of pkg.pages) subRoutes.set(`${pkg.root.replace(/\/+$/, '')}/${p}`, pkg.root)
  const allRoutes = new Set([...mainRoutes, ...subRoutes.keys()])
  const tabRoutes = alipay ? (appJson.tabBar?.items ?? []).map((t) => t.pagePath) : (appJson.tabBar?.list ?? []).map((t) => t.pagePath)
  const tabTexts = alipay ? (appJson.tabBar?.items ?? []).map((t) => t.name ?? '') : (appJson.tabBar?.list ?? []).map((t) => t.text ?? '')
  const appId = alipay
    ? 'harness-alipay'
    : (() => {
        const file = path.join(distDir, 'project.config.json')
        return fs.existsSync(file) ? String(readJson<{ appid?: string }>(file).appid ?? 'touristappid') : 'touristappid'
      })()
  return { mainRoutes, subRoutes, allRoutes, tabRoutes, tabTexts, appId }
}
