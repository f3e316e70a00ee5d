/**
 * @jest-environment node
 */
// The real `taro build` refuses a production build whose API base is plain http://, with the
// reason, before webpack starts (no output directory is written). Fast: Taro stops in config/.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '..')
const TARO = path.join(ROOT, 'node_modules/.bin/taro')

test.each(['weapp', 'alipay'])('taro build --type %s with APP_ENV=production and an http:// base fails with the message', (target) => {
  const outputRoot = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cs-release-')), 'dist')
  const prefix = target === 'weapp' ? 'WEAPP' : 'ALIPAY'
  const result = spawnSync(TARO, ['build', '--type', target], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      APP_ENV: 'production',
      API_BASE: 'http://api.city.example-gov.cn/api/v1',
      [`${prefix}_APPID`]: target === 'weapp' ? 'wx0123456789abcdef' : '2021004123456789',
      OUTPUT_ROOT: outputRoot,
    },
  })
  expect(result.status).toBe(1)
  expect(result.stderr).toContain(`Refusing the production build for ${target}:`)
  expect(result.stderr).toContain('the API base must use https:// (both platforms call only HTTPS domains on the whitelist); got "http://api.city.example-gov.cn/api/v1"')
  expect(result.stderr).toContain(`${prefix}_TEMPLATE_BILL_ISSUED (subscription template id for bill_issued) is missing`)
  expect(result.stderr).not.toContain(`${prefix}_APPID`)
  // Stopped before webpack: nothing was built.
  expect(fs.existsSync(outputRoot)).toBe(false)
  fs.rmSync(path.dirname(outputRoot), { recursive: true, force: true })
}, 60_000)
