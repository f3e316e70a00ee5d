// A release: the real `taro build` of weapp and alipay with APP_ENV=production, an https:// API
// base, appids and template ids given as variables (as a release pipeline does). Each build goes to
// a temporary outputRoot (dist/ stays the development build the other tests use). The two builds
// run side by side to halve the wait on a 2-core machine. The refusal of http:// is checked,
// faster, in config/release-cli.test.ts.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '../..')
const TARO = path.join(ROOT, 'node_modules/.bin/taro')
const API_BASE = 'https://api.city.example-gov.cn/api/v1'
const APPIDS = { weapp: 'wx0123456789abcdef', alipay: '2021004123456789' } as const
const KINDS = ['bill_issued', 'payment_succeeded', 'case_stage', 'case_rectification', 'appointment_reminder', 'appointment_waitlist', 'certificate_expiring']

type Target = keyof typeof APPIDS

const templateId = (target: Target, kind: string) => `${target}Rel_${kind}_Q7w9E1r3T5y7U9i1O3p5`

let workDir: string
const outputs: Partial<Record<Target, { code: number | null; log: string; dir: string }>> = {}

function build(target: Target): Promise<void> {
  const dir = path.join(workDir, target)
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    // Jest runs with NODE_ENV=test, which switches babel.config.js to its jest preset.
    NODE_ENV: 'production',
    APP_ENV: 'production',
    API_BASE,
    WEAPP_APPID: APPIDS.weapp,
    ALIPAY_APPID: APPIDS.alipay,
    OUTPUT_ROOT: dir,
  }
  for (const kind of KINDS) {
    env[`WEAPP_TEMPLATE_${kind.toUpperCase()}`] = templateId('weapp', kind)
    env[`ALIPAY_TEMPLATE_${kind.toUpperCase()}`] = templateId('alipay', kind)
  }
  return new Promise((resolve) => {
    const child = spawn(TARO, ['build', '--type', target], { cwd: ROOT, env })
    let log = ''
    child.stdout.on('data', (chunk) => (log += chunk))
    child.stderr.on('data', (chunk) => (log += chunk))
    child.on('close', (code) => {
      outputs[target] = { code, log: log.slice(-4000), dir }
      resolve()
    })
  })
}

beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-release-build-'))
  await Promise.all([build('weapp'), build('alipay')])
}, 600_000)

afterAll(() => {
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true })
}, 30_000)

function output(target: Target): string {
  const result = outputs[target]!
  expect({ target, code: result.code, log: result.code === 0 ? '' : result.log }).toEqual({ target, code: 0, log: '' })
  return result.dir
}

function bundleText(dir: string): string {
  return ['app.js', 'common.js', 'vendors.js', 'taro.js']
    .map((file) => path.join(dir, file))
    .filter((file) => fs.existsSync(file))
    .map((file) => fs.readFileSync(file, 'utf8'))
    .join('\n')
}

test('weapp: project.config.json carries the appid; the https API base and the WeChat template ids are compiled in', () => {
  const dir = output('weapp')
  expect(JSON.parse(fs.readFileSync(path.join(dir, 'project.config.json'), 'utf8'))).toMatchObject({ appid: APPIDS.weapp, compileType: 'miniprogram' })
  const js = bundleText(dir)
  expect(js).toContain(`"${API_BASE}"`)
  expect(js).not.toContain('127.0.0.1:8787')
  for (const kind of KINDS) expect(js).toContain(templateId('weapp', kind))
  expect(js).not.toContain(templateId('alipay', 'bill_issued'))
  expect(js).not.toMatch(/cs-(wx|ali)-/)
  const app = JSON.parse(fs.readFileSync(path.join(dir, 'app.json'), 'utf8'))
  expect(app).toMatchObject({ lazyCodeLoading: 'requiredComponents', requiredPrivateInfos: ['getFuzzyLocation'] })
}, 30_000)

test('alipay: mini.project.json carries the appid and compileType mini; the https API base and the Alipay template ids are compiled in', () => {
  const dir = output('alipay')
  expect(JSON.parse(fs.readFileSync(path.join(dir, 'mini.project.json'), 'utf8'))).toMatchObject({ appid: APPIDS.alipay, compileType: 'mini' })
  const js = bundleText(dir)
  expect(js).toContain(`"${API_BASE}"`)
  expect(js).not.toContain('127.0.0.1:8787')
  for (const kind of KINDS) expect(js).toContain(templateId('alipay', kind))
  expect(js).not.toContain(templateId('weapp', 'bill_issued'))
  const app = JSON.parse(fs.readFileSync(path.join(dir, 'app.json'), 'utf8'))
  for (const field of ['permission', 'requiredPrivateInfos', 'lazyCodeLoading']) expect(Object.keys(app)).not.toContain(field)
  expect(Object.keys(app.window)).not.toContain('navigationBarTextStyle')
}, 30_000)
