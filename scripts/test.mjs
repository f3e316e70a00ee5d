#!/usr/bin/env node
// `npm test`: every check, in the order that fails fastest.
//   0 preflight: Chromium and CJK fonts for the browser journeys (scripts/preflight.mjs)
//   1 type check   2 lint   3 unit + sandbox tests (jest)
//   4 production builds (weapp, alipay, h5)   5 size budgets
//   6 built-output tests: H5 in Chromium, weapp/alipay in the vm harness, WeChat's compiler
// SKIP_BUILD=1 reuses dist/ from a previous run (local iteration only).
// The weapp and alipay builds run side by side (each leaves a core idle much of the time; memory
// allows it), then H5 alone; SERIAL_BUILDS=1 runs them one after the other.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const bin = (name) => path.join(root, 'node_modules/.bin', name)
const totals = { passed: 0, failed: 0 }
const timings = []

function run(label, command, args, env = {}) {
  const started = Date.now()
  console.log(`\n▶ ${label}`)
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  timings.push(`${label}: ${seconds}s`)
  if (result.status !== 0) {
    console.error(`\n✖ ${label} failed (exit ${result.status ?? result.signal})`)
    finish(1)
  }
}

/** Runs commands side by side; each one's output is printed whole when it ends (not interleaved). */
async function runTogether(label, jobs) {
  const started = Date.now()
  console.log(`\n▶ ${label}`)
  const results = await Promise.all(
    jobs.map(
      ({ label: jobLabel, command, args, env = {} }) =>
        new Promise((resolve) => {
          const jobStarted = Date.now()
          const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
          let output = ''
          child.stdout.on('data', (chunk) => (output += chunk))
          child.stderr.on('data', (chunk) => (output += chunk))
          child.on('close', (code, signal) => {
            const seconds = ((Date.now() - jobStarted) / 1000).toFixed(1)
            console.log(`\n── ${jobLabel} (${seconds}s) ──\n${output}`)
            resolve({ jobLabel, code, signal, seconds })
          })
        }),
    ),
  )
  timings.push(`${label}: ${((Date.now() - started) / 1000).toFixed(1)}s (${results.map((r) => `${r.jobLabel} ${r.seconds}s`).join(', ')})`)
  const failed = results.filter((r) => r.code !== 0)
  if (failed.length) {
    for (const r of failed) console.error(`\n✖ ${r.jobLabel} failed (exit ${r.code ?? r.signal})`)
    finish(1)
  }
}

function jest(label, projects, extra = []) {
  const out = path.join(os.tmpdir(), `jest-${process.pid}-${projects.join('-')}.json`)
  const started = Date.now()
  console.log(`\n▶ ${label}`)
  const result = spawnSync(bin('jest'), ['--selectProjects', ...projects, '--json', `--outputFile=${out}`, ...extra], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'test' },
  })
  timings.push(`${label}: ${((Date.now() - started) / 1000).toFixed(1)}s`)
  if (fs.existsSync(out)) {
    const report = JSON.parse(fs.readFileSync(out, 'utf8'))
    totals.passed += report.numPassedTests
    totals.failed += report.numFailedTests
    fs.rmSync(out)
  }
  if (result.status !== 0) {
    console.error(`\n✖ ${label} failed`)
    finish(1)
  }
}

function finish(code) {
  console.log(`\nTimings: ${timings.join(' · ')}`)
  console.log(`${totals.passed} passed, ${totals.failed} failed`)
  process.exit(code)
}

run('preflight: Chromium and CJK fonts', process.execPath, ['scripts/preflight.mjs'])
run('type check', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json'])
run('lint', bin('eslint'), ['--max-warnings=0', '--ext', '.ts,.tsx,.js,.cjs,.mjs', 'src', 'contract', 'mock', 'e2e', 'scripts', 'config'])
// Jest's default is one worker per core minus one: on 2 cores it ran every file in one process and
// left the other core idle. Unit and sandbox files are CPU-bound and independent: one per core.
jest('unit and sandbox tests', ['unit', 'sandbox'], [`--maxWorkers=${Math.max(2, os.availableParallelism())}`])
if (!process.env.SKIP_BUILD) {
  const build = (target) => ({ label: `build ${target}`, command: 'npm', args: ['run', '--silent', `build:${target}`], env: { NODE_ENV: 'production' } })
  if (process.env.SERIAL_BUILDS) {
    for (const target of ['weapp', 'alipay']) run(`build ${target}`, 'npm', ['run', '--silent', `build:${target}`], { NODE_ENV: 'production' })
  } else {
    await runTogether('builds weapp + alipay (side by side)', [build('weapp'), build('alipay')])
  }
  run('build h5', 'npm', ['run', '--silent', 'build:h5'], { NODE_ENV: 'production' })
}
run('size budgets', bin('tsx'), ['scripts/budget.ts'])
jest('built outputs: H5 in Chromium, mini-programs in the vm harness, WeChat compiler', ['e2e'], ['--runInBand'])
finish(0)
