// npm test's preflight: a machine without Chromium or CJK fonts is told what to install, at once.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const script = path.join(__dirname, 'preflight.mjs')
const run = (env: Record<string, string>) => spawnSync(process.execPath, [script], { encoding: 'utf8', env: { ...process.env, ...env } })

test('names a missing Chromium and the apt-get command that installs it', () => {
  const result = run({ CHROMIUM_PATH: '/nonexistent/chromium' })
  expect(result.status).toBe(1)
  expect(result.stderr).toContain('/nonexistent/chromium')
  expect(result.stderr).toMatch(/apt-get install -y .*chromium/)
}, 30_000)

test('names missing CJK fonts (no fc-list on the PATH)', () => {
  const emptyBin = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-'))
  const result = run({ PATH: emptyBin, CHROMIUM_PATH: process.execPath })
  expect(result.status).toBe(1)
  expect(result.stderr).toMatch(/apt-get install -y .*fonts-noto-cjk/)
  expect(result.stderr).not.toContain('Chromium (')
}, 30_000)
