#!/usr/bin/env node
// `npm start`: the production H5 build and the sandbox API on one loopback origin.
// Builds dist/h5 when it is missing (or with --rebuild), then runs the sandbox
// with SANDBOX_STATIC pointing at it and SANDBOX_ADMIN on (fault injection for demos).
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const h5 = path.join(root, 'dist/h5')
if (process.argv.includes('--rebuild') || !fs.existsSync(path.join(h5, 'index.html'))) {
  console.log('Building the H5 app (about 20 s)…')
  const build = spawnSync('npm', ['run', '--silent', 'build:h5'], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } })
  if (build.status !== 0) process.exit(build.status ?? 1)
}
const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['mock/main.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { SANDBOX_ADMIN: '1', ...process.env, SANDBOX_STATIC: h5 },
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
