// Sandbox start-up shortcuts (mock/http/schema-compilers.ts, openPreparedMemoryDatabase): what they
// share between servers must behave as if nothing were shared.
import { Type } from '@sinclair/typebox'
import { openPreparedMemoryDatabase, type Db } from '../db/database'
import { sharedSchemaController } from '../http/schema-compilers'
import { createManualClock } from '../lib/clock'
import { buildTestServer } from './helpers'

jest.setTimeout(30_000)

describe('prepared in-memory databases', () => {
  it('are private copies: a write in one is not seen by another of the same key', () => {
    let prepared = 0
    const prepare = (db: Db) => {
      prepared += 1
      db.exec('CREATE TABLE t (v TEXT)')
      db.prepare('INSERT INTO t (v) VALUES (?)').run('seeded')
    }
    const a = openPreparedMemoryDatabase('startup-cache-test', prepare)
    const b = openPreparedMemoryDatabase('startup-cache-test', prepare)
    a.prepare('INSERT INTO t (v) VALUES (?)').run('only in a')
    b.prepare('DELETE FROM t').run()
    expect(a.prepare('SELECT v FROM t ORDER BY v').all()).toEqual([{ v: 'only in a' }, { v: 'seeded' }])
    expect(b.prepare('SELECT v FROM t').all()).toEqual([])
    expect(openPreparedMemoryDatabase('startup-cache-test', prepare).prepare('SELECT v FROM t').all()).toEqual([{ v: 'seeded' }])
    expect(prepared).toBe(1)
    expect(a.pragma('foreign_keys', { simple: true })).toBe(1)
    for (const db of [a, b]) db.close()
  })

  it('two sandboxes from the same start time do not share data', async () => {
    const start = createManualClock().now()
    const first = await buildTestServer({ clock: createManualClock(start) })
    const second = await buildTestServer({ clock: createManualClock(start) })
    try {
      first.app.sandbox.db.prepare("INSERT INTO meta (key, value) VALUES ('startup-cache-test', 'x')").run()
      const read = (db: Db) => db.prepare("SELECT value FROM meta WHERE key = 'startup-cache-test'").get()
      expect(read(first.app.sandbox.db)).toEqual({ value: 'x' })
      expect(read(second.app.sandbox.db)).toBeUndefined()
      // Both seeded as of that start time.
      const seeds = (db: Db) => db.prepare("SELECT key, value FROM meta WHERE key LIKE 'seed:%' ORDER BY key").all()
      expect(seeds(second.app.sandbox.db)).toEqual(seeds(first.app.sandbox.db))
      expect(seeds(first.app.sandbox.db).length).toBeGreaterThan(5)
    } finally {
      await first.app.close()
      await second.app.close()
    }
  })
})

describe('shared schema compilers', () => {
  const { buildValidator, buildSerializer } = sharedSchemaController.compilersFactory!
  const ajvOptions = { customOptions: { allErrors: true } }
  const route = { method: 'GET', url: '/x' }

  it('hand the same compiled function to the next server, and a different one for a different schema', () => {
    const schema = Type.Object({ n: Type.Integer() })
    const serializeA = buildSerializer!({}, {})({ schema, ...route, httpStatus: '200' })
    const serializeB = buildSerializer!({}, {})({ schema: Type.Object({ n: Type.Integer() }), ...route, httpStatus: '200' })
    expect(serializeB).toBe(serializeA)
    expect(serializeA({ n: 3, extra: 'dropped' })).toBe('{"n":3}')
    const other = buildSerializer!({}, {})({ schema: Type.Object({ m: Type.Integer() }), ...route, httpStatus: '200' })
    expect(other).not.toBe(serializeA)

    const validateA = buildValidator!({}, ajvOptions)({ schema, ...route, httpPart: 'body' })
    const validateB = buildValidator!({}, ajvOptions)({ schema, ...route, httpPart: 'body' })
    expect(validateB).toBe(validateA)
    expect(validateA({ n: 1 })).toBe(true)
    expect(validateA({ n: 'one' })).toBe(false)
    // Different Ajv options never share a validator.
    expect(buildValidator!({}, { customOptions: { allErrors: false } })({ schema, ...route, httpPart: 'body' })).not.toBe(validateA)
  })

  it('refuse a header schema with an upper-case name (Fastify would not lower-case it for us)', () => {
    const compile = buildValidator!({}, ajvOptions)
    expect(() => compile({ schema: Type.Object({ 'Idempotency-Key': Type.String() }), ...route, httpPart: 'headers' })).toThrow(/lower case/)
    expect(() => compile({ schema: Type.Object({ 'idempotency-key': Type.String() }), ...route, httpPart: 'headers' })).not.toThrow()
  })
})
