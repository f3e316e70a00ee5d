// Sandbox throughput and latency on loopback: `npx tsx scripts/bench-sandbox.ts`
// (NODE_ENV=production turns response validation off, as `npm start` runs it).
//
// The servers run in this process; the load generator (autocannon's CLI) runs in a child process,
// so it never competes with the server for this event loop. A Fastify "hello" server in the same
// process is the baseline, measured in the same run: absolute figures are noisy on a shared
// 2-core machine, the ratios are what count.
//   1. most requests/s with 10 connections, 5 s per endpoint: hello, catalogue, login, me, inbox;
//      goal /inbox ≥ 1/6 of hello.
//   2. latency at a fixed 1 000 requests/s, 5 s: catalogue, login, inbox; goal p99 ≤ 10 ms.
// Exits 1 when a goal fails (BENCH_NO_FAIL=1 only prints).
import { spawn } from 'node:child_process'
import path from 'node:path'
import Fastify from 'fastify'
import { buildServer } from '../mock/server'

const ROOT = path.resolve(__dirname, '..')
const AUTOCANNON = path.join(ROOT, 'node_modules/autocannon/autocannon.js')
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 5)
const CONNECTIONS = 10
const FIXED_RATE = 1000
const GOALS = { inboxVsHello: 1 / 6, p99Ms: 10 }

interface Target {
  name: string
  url: string
  method?: 'GET' | 'POST'
  headers?: Record<string, string>
  body?: string
}

/** The part of autocannon's JSON report this script reads. */
interface LoadResult {
  requests: { average: number; total: number }
  latency: { p50: number; p99: number; max: number }
  errors: number
  timeouts: number
  non2xx: number
}

/** Runs autocannon in a child process and parses its JSON report. */
function load(target: Target, options: { durationS: number; rate?: number }): Promise<LoadResult> {
  const args = [AUTOCANNON, '--json', '-c', String(CONNECTIONS), '-d', String(options.durationS), '-m', target.method ?? 'GET']
  if (options.rate !== undefined) args.push('-R', String(options.rate))
  for (const [name, value] of Object.entries(target.headers ?? {})) args.push('-H', `${name}=${value}`)
  if (target.body !== undefined) args.push('-b', target.body)
  args.push(target.url)
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      try {
        resolve(JSON.parse(stdout) as LoadResult)
      } catch {
        reject(new Error(`autocannon exited ${code} without a report:\n${stderr}`))
      }
    })
  })
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)))
  const format = (r: string[]) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')
  return [format(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(format)].join('\n')
}

async function main(): Promise<void> {
  const hello = Fastify({ logger: false })
  hello.get('/', async () => ({ hello: 'world' }))
  const helloBase = await hello.listen({ port: 0, host: '127.0.0.1' })

  const app = await buildServer({ logger: false })
  const base = await app.listen({ port: 0, host: '127.0.0.1' })

  const login = await fetch(`${base}/api/v1/auth/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ channel: 'h5', code: 'bench', personaId: 'resident' }),
  })
  const { accessToken } = (await login.json()) as { accessToken: string }
  const bearer = { authorization: `Bearer ${accessToken}` }

  const targets: Record<'hello' | 'catalogue' | 'login' | 'me' | 'inbox', Target> = {
    hello: { name: 'GET  / (Fastify hello, baseline)', url: `${helloBase}/` },
    catalogue: { name: 'GET  /api/v1/catalogue/items?city=330100', url: `${base}/api/v1/catalogue/items?city=330100&audience=personal&page=1&pageSize=20` },
    login: {
      name: 'POST /api/v1/auth/sessions (login)',
      url: `${base}/api/v1/auth/sessions`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ channel: 'weapp', code: 'resident:bench-code' }),
    },
    me: { name: 'GET  /api/v1/me (bearer)', url: `${base}/api/v1/me`, headers: bearer },
    inbox: { name: 'GET  /api/v1/inbox (resident, bearer)', url: `${base}/api/v1/inbox`, headers: bearer },
  }

  const responseChecks = process.env.NODE_ENV === 'production' ? 'off' : 'on'
  process.stdout.write(
    `Sandbox at ${base}, hello at ${helloBase}; autocannon in a child process, ${CONNECTIONS} connections, ` +
      `${DURATION_S} s per run, response validation ${responseChecks}\n\n`,
  )

  const failures: string[] = []
  const throughput = new Map<string, LoadResult>()
  for (const [key, target] of Object.entries(targets)) {
    await load(target, { durationS: 1 }) // warm-up: JIT, statement caches
    throughput.set(key, await load(target, { durationS: DURATION_S }))
  }
  const helloRate = throughput.get('hello')!.requests.average
  const rows = [['most requests/s', 'req/s', 'vs hello', 'p50 ms', 'p99 ms', 'non-2xx', 'errors']]
  for (const [key, result] of throughput) {
    rows.push([
      targets[key as keyof typeof targets].name,
      result.requests.average.toFixed(0),
      `1/${(helloRate / result.requests.average).toFixed(1)}`,
      String(result.latency.p50),
      String(result.latency.p99),
      String(result.non2xx),
      String(result.errors + result.timeouts),
    ])
    if (result.non2xx > 0 || result.errors > 0) failures.push(`${key}: ${result.non2xx} non-2xx, ${result.errors} errors`)
  }
  process.stdout.write(`${table(rows)}\n\n`)
  const inboxRatio = throughput.get('inbox')!.requests.average / helloRate
  if (inboxRatio < GOALS.inboxVsHello) failures.push(`/inbox makes 1/${(1 / inboxRatio).toFixed(1)} of hello's requests/s (goal ≥ 1/6)`)

  const fixed = [['at 1 000 requests/s', 'req/s', 'p50 ms', 'p99 ms', 'max ms', 'goal p99']]
  for (const key of ['catalogue', 'login', 'inbox'] as const) {
    const result = await load(targets[key], { durationS: DURATION_S, rate: FIXED_RATE })
    const ok = result.latency.p99 <= GOALS.p99Ms
    fixed.push([targets[key].name, result.requests.average.toFixed(0), String(result.latency.p50), String(result.latency.p99), String(result.latency.max), ok ? '≤ 10 ok' : '> 10 FAIL'])
    if (!ok) failures.push(`${key}: p99 ${result.latency.p99} ms at ${FIXED_RATE} requests/s (goal ≤ ${GOALS.p99Ms} ms)`)
    if (result.requests.average < FIXED_RATE * 0.95) failures.push(`${key}: only ${result.requests.average.toFixed(0)} requests/s of the ${FIXED_RATE} asked`)
  }
  process.stdout.write(`${table(fixed)}\n`)

  await app.close()
  await hello.close()
  if (failures.length) {
    process.stderr.write(`\nGoals missed:\n- ${failures.join('\n- ')}\n`)
    if (!process.env.BENCH_NO_FAIL) process.exitCode = 1
  } else {
    process.stdout.write('\nAll goals hold.\n')
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`)
  process.exit(1)
})
