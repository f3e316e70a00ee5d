// Sandbox throughput on loopback: `npx tsx scripts/bench-sandbox.ts`.
// Starts the sandbox in-process (in-memory DB, logger off) on a random 127.0.0.1 port and runs
// autocannon for 5 s per endpoint, one endpoint after the other. Prints req/s, p50 and p99.
import { createRequire } from 'node:module'
import { buildServer } from '../mock/server'

interface AutocannonOptions {
  url: string
  method?: 'GET' | 'POST'
  headers?: Record<string, string>
  body?: string
  connections?: number
  duration?: number
}

interface AutocannonResult {
  requests: { average: number; total: number }
  latency: { p50: number; p99: number }
  errors: number
  timeouts: number
  non2xx: number
}

// autocannon ships no type declarations (and @types/autocannon is not installed): the shape above
// is the part of its API this script uses.
const requireCjs = createRequire(__filename)
const autocannon = requireCjs('autocannon') as (options: AutocannonOptions) => Promise<AutocannonResult>

const DURATION_S = 5
const CONNECTIONS = 10

async function main(): Promise<void> {
  const app = await buildServer({ logger: false })
  const base = await app.listen({ port: 0, host: '127.0.0.1' })

  const login = await fetch(`${base}/api/v1/auth/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ channel: 'h5', code: 'bench', personaId: 'resident' }),
  })
  const { accessToken } = (await login.json()) as { accessToken: string }

  const cases: { name: string; options: Omit<AutocannonOptions, 'connections' | 'duration'> }[] = [
    {
      name: 'GET  /api/v1/catalogue/items?city=330100',
      options: { url: `${base}/api/v1/catalogue/items?city=330100&audience=personal&page=1&pageSize=20` },
    },
    {
      name: 'POST /api/v1/auth/sessions (login)',
      options: {
        url: `${base}/api/v1/auth/sessions`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ channel: 'weapp', code: 'resident:bench-code' }),
      },
    },
    {
      name: 'GET  /api/v1/me (bearer)',
      options: { url: `${base}/api/v1/me`, headers: { authorization: `Bearer ${accessToken}` } },
    },
  ]

  const responseChecks = process.env.NODE_ENV === 'production' ? 'off' : 'on'
  process.stdout.write(
    `Sandbox at ${base} — ${CONNECTIONS} connections, ${DURATION_S} s per endpoint, response validation ${responseChecks}\n\n`,
  )
  const rows: string[][] = [['endpoint', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'non-2xx', 'errors']]
  for (const c of cases) {
    const result = await autocannon({ ...c.options, connections: CONNECTIONS, duration: DURATION_S })
    rows.push([
      c.name,
      result.requests.average.toFixed(0),
      String(result.latency.p50),
      String(result.latency.p99),
      String(result.requests.total),
      String(result.non2xx),
      String(result.errors + result.timeouts),
    ])
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)))
  const format = (r: string[]) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')
  process.stdout.write(`${format(rows[0])}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`)
  for (const r of rows.slice(1)) process.stdout.write(`${format(r)}\n`)
  await app.close()
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`)
  process.exit(1)
})
