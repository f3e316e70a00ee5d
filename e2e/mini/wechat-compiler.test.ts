// WeChat's own compiler (miniprogram-ci getCompiledResult), offline, on dist/weapp:
// it rejects broken WXML, JS syntax errors, bad app.json and missing page files.

import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ensureBuilt } from './build'

jest.setTimeout(180_000)

interface AppJson {
  pages: string[]
  subPackages?: Array<{ root: string; pages: string[] }>
  subpackages?: Array<{ root: string; pages: string[] }>
}

interface CompileResult {
  ok: boolean
  /** Compiled file → size in bytes. */
  files?: Record<string, number>
  error?: { message: string; code?: number; path?: string }
  /** What miniprogram-ci printed. */
  output: string
}

const RUNNER = path.join(__dirname, 'lib', 'wechat-compile.cjs')

/** Compiles weapp directories the way WeChat's tooling does, offline, all in one child process. */
function compileWeapps(projectPaths: string[]): Promise<CompileResult[]> {
  const resultFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mp-ci-result-')), 'result.json')
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [RUNNER, resultFile, ...projectPaths], { cwd: path.resolve(__dirname, '..', '..'), timeout: 170_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const output = `${stdout}${stderr}`
      try {
        const results = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as Array<Omit<CompileResult, 'output'>>
        resolve(results.map((result) => ({ ...result, output })))
      } catch {
        reject(new Error(`miniprogram-ci runner failed (${error?.message ?? 'no result'}):\n${output}`))
      } finally {
        fs.rmSync(path.dirname(resultFile), { recursive: true, force: true })
      }
    })
  })
}

/**
 * The smallest valid weapp: one page. The "rejects a broken build" checks break copies of this
 * instead of copies of dist/weapp, so each compiles in a couple of seconds: they prove the
 * compiler catches each kind of breakage; the real build is compiled once, above them.
 */
function writeMinimalWeapp(dir: string): AppJson {
  const app: AppJson = { pages: ['pages/index/index'] }
  const files: Record<string, string> = {
    'project.config.json': JSON.stringify({ appid: 'touristappid', compileType: 'miniprogram', libVersion: '3.0.0' }),
    'app.json': JSON.stringify(app),
    'app.js': 'App({})\n',
    'pages/index/index.js': "Page({ data: { text: '城市服务' } })\n",
    'pages/index/index.json': '{}',
    'pages/index/index.wxml': '<view class="page"><text>{{text}}</text></view>\n',
    'pages/index/index.wxss': '.page { padding: 24rpx; }\n',
  }
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), content)
  }
  return app
}

type Breakage = 'intact' | 'js-syntax' | 'unbalanced-wxml' | 'missing-page-file'

/** Breaks a fresh minimal project in one of the usual ways. */
const BREAKAGES: Record<Breakage, (dir: string, app: AppJson) => void> = {
  intact: () => {},
  'js-syntax': (dir, app) => fs.appendFileSync(path.join(dir, `${app.pages[0]}.js`), '\nvar = ;\n'),
  'unbalanced-wxml': (dir, app) => fs.appendFileSync(path.join(dir, `${app.pages[0]}.wxml`), '\n<view><text></view>\n'),
  'missing-page-file': (dir, app) => fs.rmSync(path.join(dir, `${app.pages[app.pages.length - 1]}.js`)),
}

describe('WeChat compiler (miniprogram-ci, offline) on dist/weapp', () => {
  let distDir: string
  let scratch: string
  let build: CompileResult
  const broken = {} as Record<Breakage, CompileResult>

  // One compiler process for everything: the real build and, to show the check can fail, the
  // usual breakages, each on its own copy of a minimal project next to the intact minimal project.
  beforeAll(async () => {
    distDir = ensureBuilt('weapp')
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'weapp-broken-'))
    const names = Object.keys(BREAKAGES) as Breakage[]
    const dirs = names.map((name) => {
      const dir = path.join(scratch, name)
      BREAKAGES[name](dir, writeMinimalWeapp(dir))
      return dir
    })
    const [real, ...others] = await compileWeapps([distDir, ...dirs])
    build = real
    names.forEach((name, i) => (broken[name] = others[i]))
  }, 300_000)

  afterAll(() => {
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true })
  })

  test('accepts the build and compiles every page in app.json', () => {
    const appJson = JSON.parse(fs.readFileSync(path.join(distDir, 'app.json'), 'utf8')) as AppJson
    const pages = [
      ...appJson.pages,
      ...(appJson.subPackages ?? appJson.subpackages ?? []).flatMap((pkg) => pkg.pages.map((p) => `${pkg.root.replace(/\/+$/, '')}/${p}`)),
    ]
    expect(build.error).toBeUndefined()
    expect(build.ok).toBe(true)
    const files = build.files ?? {}
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['app.js', 'app.json']))
    for (const page of pages) {
      for (const ext of ['js', 'json', 'wxml']) {
        const name = `${page}.${ext}`
        expect({ name, compiled: (files[name] ?? 0) > 0 }).toEqual({ name, compiled: true })
      }
    }
    // Offline: the whitelist request went to the dead proxy, never to servicewechat.com.
    expect(build.output).not.toMatch(/ENOTFOUND|ETIMEDOUT/)
  })

  describe('rejects a broken build', () => {
    test('the intact minimal project compiles (so each failure below is the breakage)', () => {
      expect(broken.intact.error).toBeUndefined()
      expect(broken.intact.ok).toBe(true)
    })

    test('a JS syntax error', () => {
      expect(broken['js-syntax'].ok).toBe(false)
      expect(broken['js-syntax'].error?.message).toMatch(/Unexpected token/)
    })

    test('an unbalanced WXML tag', () => {
      expect(broken['unbalanced-wxml'].ok).toBe(false)
      expect(broken['unbalanced-wxml'].error).toMatchObject({ message: expect.stringMatching(/end tag/), path: 'pages/index/index.wxml' })
    })

    test('a page listed in app.json without its files', () => {
      expect(broken['missing-page-file'].ok).toBe(false)
      expect(broken['missing-page-file'].error?.message).toMatch(/could not find the corresponding file/)
    })
  })
})
