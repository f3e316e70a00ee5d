// Builds dist/<platform> only when it is missing (the test runner normally builds
// before e2e runs). A lock directory keeps parallel jest workers from building twice.

import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { Platform } from './lib/templates'

const REPO_ROOT = path.resolve(__dirname, '..', '..')

export function distDirOf(platform: Platform): string {
  return path.join(REPO_ROOT, 'dist', platform)
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

export function ensureBuilt(platform: Platform, timeoutMs = 300_000): string {
  const distDir = distDirOf(platform)
  const marker = path.join(distDir, 'app.json')
  if (fs.existsSync(marker)) return distDir
  const lock = path.join(REPO_ROOT, 'dist', `.e2e-mini-build-${platform}.lock`)
  fs.mkdirSync(path.dirname(lock), { recursive: true })
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      fs.mkdirSync(lock)
      break
    } catch {
      // Another worker is building: wait for its result.
      if (fs.existsSync(marker)) return distDir
      if (Date.now() > deadline) throw new Error(`Timed out waiting for the ${platform} build (lock ${lock})`)
      sleep(500)
    }
  }
  try {
    if (!fs.existsSync(marker)) {
      // Jest runs with NODE_ENV=test, which would switch babel.config.js to its jest preset.
      const env = { ...process.env }
      delete env.NODE_ENV
      execFileSync('npm', ['run', `build:${platform}`], { cwd: REPO_ROOT, stdio: 'pipe', timeout: timeoutMs, env })
    }
  } finally {
    fs.rmdirSync(lock)
  }
  if (!fs.existsSync(marker)) throw new Error(`npm run build:${platform} did not produce ${marker}`)
  return distDir
}
