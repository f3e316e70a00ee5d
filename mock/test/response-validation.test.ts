// A handler returning the wrong shape must fail loudly (500 + error log), not be reshaped silently.
import { Writable } from 'node:stream'
import { CitySchema } from '../../contract'
import { responses } from '../http/responses'
import { buildServer } from '../server'
import { expectProblem } from './helpers'

function capture() {
  const lines: string[] = []
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean))
      done()
    },
  })
  return { lines, stream }
}

describe('response validation', () => {
  it('turns a wrong shape into a 500 and logs the contract violation', async () => {
    const log = capture()
    const app = await buildServer({ logger: { level: 'info', stream: log.stream } })
    const schema = { response: responses({ 200: CitySchema }) }
    app.get('/api/v1/__test/extra-field', { schema }, async () => ({ code: '330100', name: '杭州市', shortName: '杭州', pinyin: 'hangzhou', lat: 1, lng: 2, secret: 'x' }))
    app.get('/api/v1/__test/wrong-type', { schema }, async () => ({ code: 330100, name: '杭州市', shortName: '杭州', pinyin: 'hangzhou', lat: 1, lng: 2 }))
    app.get('/api/v1/__test/missing', { schema }, async () => ({ code: '330100' }))
    app.get('/api/v1/__test/undeclared-status', { schema }, async (_req, reply) => reply.code(202).send({ code: '330100' }))
    app.get('/api/v1/__test/ok', { schema }, async () => ({ code: '330100', name: '杭州市', shortName: '杭州', pinyin: 'hangzhou', lat: 1, lng: 2 }))

    for (const path of ['extra-field', 'wrong-type', 'missing', 'undeclared-status']) {
      expectProblem(await app.inject({ url: `/api/v1/__test/${path}` }), 500, 'INTERNAL_ERROR')
    }
    expect((await app.inject({ url: '/api/v1/__test/ok' })).statusCode).toBe(200)
    const errors = log.lines.map((l) => JSON.parse(l) as { level: number; err?: { message?: string } }).filter((l) => l.level >= 50 && l.err)
    expect(errors.map((e) => e.err?.message)).toEqual([
      expect.stringContaining('response violates the contract'),
      expect.stringContaining('/code'),
      expect.stringContaining('response violates the contract'),
      expect.stringContaining('status not declared'),
    ])
    await app.close()
  })

  it('can be switched off (production)', async () => {
    const app = await buildServer({ validateResponses: false })
    app.get('/api/v1/__test/missing', { schema: { response: responses({ 200: CitySchema }) } }, async () => ({ code: '330100', name: 'x', shortName: 'x', pinyin: 'x', lat: 0, lng: 0, extra: 1 }))
    const res = await app.inject({ url: '/api/v1/__test/missing' })
    expect(res.statusCode).toBe(200)
    // The serializer still only writes declared fields.
    expect(res.json()).not.toHaveProperty('extra')
    await app.close()
  })
})
