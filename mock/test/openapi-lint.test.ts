// The served /openapi.json checked by an independent linter (Redocly CLI, its `recommended` rules),
// the way the platform's team would check it: any error fails; the warnings are printed.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { buildTestServer } from './helpers'

interface LintReport {
  totals: { errors: number; warnings: number }
  problems: { ruleId: string; severity: 'error' | 'warn'; message: string; location: { pointer: string }[] }[]
}

const REDOCLY = resolve(__dirname, '../../node_modules/.bin/redocly')

let report: LintReport
let bytes: number
let bodies: { where: string; example: unknown }[]
beforeAll(async () => {
  const t = await buildTestServer({ admin: true })
  const body = (await t.app.inject({ url: '/openapi.json' })).body
  await t.app.close()
  bytes = Buffer.byteLength(body)
  const doc = JSON.parse(body) as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { example?: unknown }> } }>> }
  bodies = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([, op]) => op.requestBody?.content['application/json'])
      .map(([method, op]) => ({ where: `${method} ${path}`, example: op.requestBody!.content['application/json'].example })),
  )
  const dir = mkdtempSync(join(tmpdir(), 'openapi-lint-'))
  try {
    const file = join(dir, 'openapi.json')
    writeFileSync(file, body)
    const run = spawnSync(REDOCLY, ['lint', '--extends=recommended', '--format=json', '--max-problems=100000', file], {
      encoding: 'utf8',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
      timeout: 50_000,
    })
    if (run.error) throw run.error
    report = JSON.parse(run.stdout) as LintReport
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}, 60_000)

describe('/openapi.json under Redocly lint (recommended)', () => {
  it('has no error', () => {
    const warnings = report.problems.filter((p) => p.severity === 'warn')
    console.log(
      `openapi.json: ${Math.round(bytes / 1024)} KB; redocly: ${report.totals.errors} errors, ${report.totals.warnings} warnings` +
        warnings.map((p) => `\n  ${p.ruleId}: ${p.message}`).join(''),
    )
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId} ${p.location[0]?.pointer}: ${p.message}`)).toEqual([])
    expect(report.totals.errors).toBe(0)
  })

  it('gives every JSON request body an example, and every example fits its schema', () => {
    expect(bodies.length).toBeGreaterThan(20)
    expect(bodies.filter((b) => b.example === undefined).map((b) => b.where)).toEqual([])
    expect(report.problems.filter((p) => p.ruleId === 'no-invalid-media-type-examples').map((p) => `${p.location[0]?.pointer}: ${p.message}`)).toEqual([])
  })

  it('stays a few hundred KB (named schemas are referenced, not repeated)', () => {
    expect(bytes).toBeLessThan(400 * 1024)
  })
})
