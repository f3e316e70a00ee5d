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

/** Compiles a weapp directory the way WeChat's tooling does, offline, in a child process. */
function compileWeapp(projectPath: string): Promise<CompileResult> {
  const resultFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mp-ci-result-')), 'result.json')
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [RUNNER, projectPath, resultFile], { cwd: path.resolve(__dirname, '..', '..'), timeout: 150_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const output = `${stdout}${stderr}`
      try {
        const result = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as Omit<CompileResult, 'output'>
        resolve({ ...result, output })
      } catch {
        reject(new Error(`miniprogram-ci runner failed (${error?.message ?? 'no result'}):\n${output}`))
      } finally {
        fs.rmSync(path.dirname(resultFile), { recursive: true, force: true })
      }
    })
  })
}

function copyDir(from: string, to: string): void {
  fs.cpSync(from, to, { recursive: true })
}

/** dist/weapp, built first if missing (test.concurrent bodies start before beforeAll hooks). */
let built: string | undefined
function weappDir(): string {
  built ??= ensureBuilt('weapp')
  return built
}

describe('WeChat compiler (miniprogram-ci, offline) on dist/weapp', () => {
  let distDir: string

  beforeAll(() => {
    distDir = weappDir()
  }, 300_000)

  test('accepts the build and compiles every page in app.json', async () => {
    const appJson = JSON.parse(fs.readFileSync(path.join(distDir, 'app.json'), 'utf8')) as AppJson
    const pages = [
      ...appJson.pages,
      ...(appJson.subPackages ?? appJson.subpackages ?? []).flatMap((pkg) => pkg.pages.map((p) => `${pkg.root.replace(/\/+$/, '')}/${p}`)),
    ]
    const result = await compileWeapp(distDir)
    expect(result.error).toBeUndefined()
    expect(result.ok).toBe(true)
    const files = result.files ?? {}
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['app.js', 'app.json']))
    for (const page of pages) {
      for (const ext of ['js', 'json', 'wxml']) {
        const name = `${page}.${ext}`
        expect({ name, compiled: (files[name] ?? 0) > 0 }).toEqual({ name, compiled: true })
      }
    }
    // Offline: the whitelist request went to the dead proxy, never to servicewechat.com.
    expect(result.output).not.toMatch(/ENOTFOUND|ETIMEDOUT/)
  })

  // The check is only worth having if it can fail: feed it the usual breakages
  // (each on its own copy of the build, compiled in parallel).
  describe('rejects a broken build', () => {
    async function compileBroken(breakIt: (dir: string, appJson: AppJson) => void): Promise<CompileResult> {
      const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'weapp-broken-'))
      try {
        copyDir(weappDir(), scratch)
        breakIt(scratch, JSON.parse(fs.readFileSync(path.join(scratch, 'app.json'), 'utf8')) as AppJson)
        return await compileWeapp(scratch)
      } finally {
        fs.rmSync(scratch, { recursive: true, force: true })
      }
    }

    test.concurrent('a JS syntax error', async () => {
      const result = await compileBroken((dir, app) => fs.appendFileSync(path.join(dir, `${app.pages[0]}.js`), '\nvar = ;\n'))
      expect(result.ok).toBe(false)
      expect(result.error?.message).toMatch(/Unexpected token/)
    })

    test.concurrent('an unbalanced WXML tag', async () => {
      let page = ''
      const result = await compileBroken((dir, app) => {
        page = app.pages[0]
        fs.appendFileSync(path.join(dir, `${page}.wxml`), '\n<view><text></view>\n')
      })
      expect(result.ok).toBe(false)
      expect(result.error).toMatchObject({ message: expect.stringMatching(/end tag/), path: `${page}.wxml` })
    })

    test.concurrent('a page listed in app.json without its files', async () => {
      const result = await compileBroken((dir, app) => fs.rmSync(path.join(dir, `${app.pages[app.pages.length - 1]}.js`)))
      expect(result.ok).toBe(false)
      expect(result.error?.message).toMatch(/could not find the corresponding file/)
    })
  })
})
