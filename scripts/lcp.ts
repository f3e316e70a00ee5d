// First-load LCP of our H5 build against a bare Taro 4.2 React app built in the same run, on a
// slow phone: Chromium (DESIGN.md §6 flags) with the CPU 4× slower and Lighthouse's "Fast 3G"
// (562.5 ms RTT, 1.44 Mbit/s down, 675 kbit/s up), applied through the DevTools protocol. Both
// apps are served the same way, by the sandbox's static server (compressed, cache headers), and
// loaded with an empty cache. Absolute times are noisy on a shared machine; the ratio counts.
//
//   npx tsx scripts/lcp.ts              # uses dist/h5 (builds it when missing), builds the bare app
//   npx tsx scripts/lcp.ts --rebuild    # rebuilds dist/h5 first (prints both build times)
//   LCP_RUNS=5 npx tsx scripts/lcp.ts   # runs per app (median printed; default 3)
//
// Not part of `npm test` (it takes minutes). Exits 1 when ours is over 1.1× the bare app's LCP.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { chromium, type Browser } from 'playwright-core'
import { buildServer } from '../mock/server'

const ROOT = path.resolve(__dirname, '..')
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const RUNS = Number(process.env.LCP_RUNS ?? 3)
const GOAL_RATIO = 1.1
const FAST_3G = { offline: false, latency: 562.5, downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8, uploadThroughput: (750 * 1024 * 0.9) / 8 }
const CPU_SLOWDOWN = 4

/** A bare Taro 4.2 React app: one page with a heading, the template's config, our node_modules. */
const BARE_FILES: Record<string, string> = {
  'package.json': JSON.stringify({
    name: 'bare-taro',
    private: true,
    templateInfo: { name: 'default', typescript: true, css: 'None', framework: 'React' },
    browserslist: ['chrome >= 70', 'ios >= 12'],
    dependencies: { '@tarojs/taro': '4.2.0', '@tarojs/components': '4.2.0', '@tarojs/react': '4.2.0', react: '18.3.1', 'react-dom': '18.3.1' },
  }),
  'babel.config.js': "module.exports = { presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]] }\n",
  'tsconfig.json': JSON.stringify({ compilerOptions: { jsx: 'react-jsx', module: 'esnext', moduleResolution: 'node', strict: true, skipLibCheck: true } }),
  'config/index.js': `module.exports = function (merge) {
  return {
    projectName: 'bare-taro',
    date: '2026-12-03',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: 'dist/h5',
    plugins: [],
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'browser' },
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[hash].css', chunkFilename: 'css/[name].[chunkhash].css' },
    },
  }
}
`,
  'src/index.html': `<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <meta content="width=device-width,initial-scale=1,user-scalable=yes" name="viewport">
  <title>bare</title>
  <script><%= htmlWebpackPlugin.options.script %></script>
</head>
<body><div id="app"></div></body>
</html>
`,
  'src/app.config.ts': "export default { pages: ['pages/index/index'], window: { navigationBarTitleText: '首页' } }\n",
  'src/app.ts': "import type { PropsWithChildren } from 'react'\n\nfunction App({ children }: PropsWithChildren) {\n  return children\n}\n\nexport default App\n",
  'src/pages/index/index.config.ts': "export default { navigationBarTitleText: '首页' }\n",
  'src/pages/index/index.tsx': `import { Text, View } from '@tarojs/components'

export default function Index() {
  return (
    <View style={{ padding: '24px' }}>
      <Text style={{ fontSize: '24px' }}>城市服务：生活缴费、交通违法、电子证照、预约办事</Text>
    </View>
  )
}
`,
}

function taroBuild(cwd: string): number {
  const started = Date.now()
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/@tarojs/cli/bin/taro'), 'build', '--type', 'h5'], {
    cwd,
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
  })
  if (result.status !== 0) throw new Error(`taro build in ${cwd} failed:\n${result.stdout}\n${result.stderr}`)
  return (Date.now() - started) / 1000
}

/** What config/precompress.ts does in our build: .br and .gz beside each text asset ≥ 1 KB. */
function precompress(dir: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath, entry.name)
    if (!entry.isFile() || !/\.(js|css|html|svg|json)$/.test(file)) continue
    const input = fs.readFileSync(file)
    if (input.length < 1024) continue
    fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(input, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }))
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(input, { level: 9 }))
  }
}

function jsBytes(dir: string): { raw: number; gzip: number } {
  let raw = 0
  let gzip = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue
    const input = fs.readFileSync(path.join(entry.parentPath, entry.name))
    raw += input.length
    gzip += zlib.gzipSync(input, { level: 9 }).length
  }
  return { raw, gzip }
}

async function serve(staticDir: string) {
  const server = await buildServer({ staticDir, logger: false })
  const origin = await server.listen({ host: '127.0.0.1', port: 0 })
  return { server, origin }
}

/** One cold load: empty cache, throttled; the last largest-contentful-paint entry once the page is idle. */
async function measureLcp(browser: Browser, url: string, prefs?: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' })
  try {
    const page = await context.newPage()
    if (prefs) await page.addInitScript((value) => localStorage.setItem('cs.prefs', value), prefs)
    await page.addInitScript(() => {
      const w = window as unknown as { __lcp: number }
      w.__lcp = 0
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__lcp = entry.startTime
      }).observe({ type: 'largest-contentful-paint', buffered: true })
    })
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await cdp.send('Network.emulateNetworkConditions', FAST_3G)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
    await page.goto(url, { waitUntil: 'networkidle', timeout: 120_000 })
    await page.waitForTimeout(1500)
    const lcp = await page.evaluate(() => (window as unknown as { __lcp: number }).__lcp)
    if (!lcp) throw new Error(`no largest-contentful-paint entry for ${url}`)
    return lcp
  } finally {
    await context.close()
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

async function main(): Promise<void> {
  const ours = path.join(ROOT, 'dist/h5')
  let oursBuildS: number | undefined
  if (process.argv.includes('--rebuild') || !fs.existsSync(path.join(ours, 'index.html'))) oursBuildS = taroBuild(ROOT)

  const bareRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'bare-taro-'))
  try {
    for (const [name, content] of Object.entries(BARE_FILES)) {
      fs.mkdirSync(path.dirname(path.join(bareRoot, name)), { recursive: true })
      fs.writeFileSync(path.join(bareRoot, name), content)
    }
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(bareRoot, 'node_modules'), 'dir')
    const bareBuildS = taroBuild(bareRoot)
    const bare = path.join(bareRoot, 'dist/h5')
    precompress(bare)

    const oursServer = await serve(ours)
    const bareServer = await serve(bare)
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    })
    const results = { ours: [] as number[], bare: [] as number[] }
    // A returning resident's first load with an empty cache: city chosen, so home shows its services.
    const prefs = JSON.stringify({ data: JSON.stringify({ cityCode: '330100', elderMode: false }) })
    try {
      for (let run = 0; run < RUNS; run++) {
        // Alternate which goes first, so neither always meets a warmer machine.
        const order = run % 2 === 0 ? (['ours', 'bare'] as const) : (['bare', 'ours'] as const)
        for (const which of order) {
          const lcp = which === 'ours' ? await measureLcp(browser, `${oursServer.origin}/`, prefs) : await measureLcp(browser, `${bareServer.origin}/`)
          results[which].push(lcp)
        }
      }
    } finally {
      await browser.close()
      await oursServer.server.close()
      await bareServer.server.close()
    }

    const oursMs = median(results.ours)
    const bareMs = median(results.bare)
    const ratio = oursMs / bareMs
    const oursJs = jsBytes(ours)
    const bareJs = jsBytes(bare)
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`
    const rows = [
      ['', 'ours (dist/h5)', 'bare Taro 4.2', 'ratio'],
      [`LCP, median of ${RUNS} (CPU ${CPU_SLOWDOWN}×, Fast 3G)`, `${(oursMs / 1000).toFixed(2)} s`, `${(bareMs / 1000).toFixed(2)} s`, ratio.toFixed(2)],
      ['LCP runs (ms)', results.ours.map((v) => v.toFixed(0)).join(' '), results.bare.map((v) => v.toFixed(0)).join(' '), ''],
      ['JS on disk, raw / gzip', `${kb(oursJs.raw)} / ${kb(oursJs.gzip)}`, `${kb(bareJs.raw)} / ${kb(bareJs.gzip)}`, (oursJs.raw / bareJs.raw).toFixed(1)],
      ['H5 build (wall)', oursBuildS === undefined ? 'not rebuilt' : `${oursBuildS.toFixed(0)} s`, `${bareBuildS.toFixed(0)} s`, oursBuildS === undefined ? '' : (oursBuildS / bareBuildS).toFixed(1)],
    ]
    const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)))
    for (const row of rows) process.stdout.write(`${row.map((cell, i) => cell.padEnd(widths[i])).join('  ')}\n`)
    if (ratio > GOAL_RATIO) {
      process.stderr.write(`\nLCP ratio ${ratio.toFixed(2)} > ${GOAL_RATIO}\n`)
      process.exitCode = 1
    }
  } finally {
    fs.rmSync(bareRoot, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`)
  process.exit(1)
})
