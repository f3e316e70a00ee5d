// `npm run sandbox` (mock/main.ts) really starts, prints its URL and serves on a file database.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

jest.setTimeout(30_000)

describe('mock/main.ts', () => {
  it('starts on SANDBOX_PORT with SANDBOX_DB and answers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sandbox-main-'))
    const dbFile = join(dir, 'data', 'sandbox.sqlite')
    const root = resolve(__dirname, '..', '..')
    const child = spawn(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'mock', 'main.ts')], {
      env: { ...process.env, SANDBOX_PORT: '0', SANDBOX_DB: dbFile, SANDBOX_ADMIN: '1', NODE_ENV: 'production', SANDBOX_LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    try {
      const url = await new Promise<string>((resolveUrl, reject) => {
        let out = ''
        const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 25_000)
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString()
          const match = /listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out)
          if (match) {
            clearTimeout(timer)
            resolveUrl(match[1])
          }
        })
        child.stderr.on('data', (chunk: Buffer) => {
          out += chunk.toString()
        })
        child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)))
      })
      const cities = await fetch(`${url}/api/v1/cities`)
      expect(cities.status).toBe(200)
      expect(cities.headers.get('x-request-id')).toBeTruthy()
      const clock = await fetch(`${url}/__admin/clock`)
      expect(clock.status).toBe(200)
      expect(existsSync(dbFile)).toBe(true)
    } finally {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r))
        child.kill('SIGTERM')
        await exited
      }
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
