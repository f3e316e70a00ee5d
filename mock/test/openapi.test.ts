// The OpenAPI 3.1 document is generated from the route schemas and lists every /api/v1 route.
import { buildTestServer, type TestServer } from './helpers'

interface Operation {
  operationId?: string
  tags?: string[]
  security?: unknown[]
  responses: Record<string, { content?: Record<string, { schema?: { additionalProperties?: unknown } }> }>
  requestBody?: { content: Record<string, { schema: { additionalProperties?: unknown } }> }
}
interface OpenApiDoc {
  openapi: string
  paths: Record<string, Record<string, Operation>>
  components?: { securitySchemes?: Record<string, unknown>; schemas?: Record<string, { additionalProperties?: unknown }> }
}
type Schema = { $ref?: string; additionalProperties?: unknown }

let t: TestServer
let doc: OpenApiDoc
beforeAll(async () => {
  t = await buildTestServer({ admin: true })
  const res = await t.app.inject({ url: '/openapi.json' })
  expect(res.statusCode).toBe(200)
  doc = res.json<OpenApiDoc>()
})
afterAll(async () => {
  await t.app.close()
})

const toOpenApiPath = (url: string) => url.replace(/:([A-Za-z]+)/g, '{$1}')
/** A named schema is a $ref into components/schemas. */
const deref = (schema: Schema | undefined): Schema | undefined =>
  schema?.$ref ? doc.components?.schemas?.[schema.$ref.replace('#/components/schemas/', '')] : schema

describe('/openapi.json', () => {
  it('is OpenAPI 3.1 with bearer auth', () => {
    expect(doc.openapi).toBe('3.1.0')
    expect(doc.components?.securitySchemes?.bearerAuth).toEqual({ type: 'http', scheme: 'bearer' })
  })

  it('lists exactly the registered /api/v1 routes', () => {
    const registered = t.app.sandbox.routes.routes
      .filter((r) => r.url.startsWith('/api/v1/') && r.method !== 'HEAD')
      .map((r) => `${r.method.toLowerCase()} ${toOpenApiPath(r.url)}`)
      .sort()
    const documented = Object.entries(doc.paths)
      .filter(([path]) => path.startsWith('/api/v1/'))
      .flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method} ${path}`))
      .sort()
    expect(registered.length).toBeGreaterThanOrEqual(12)
    expect(documented).toEqual(registered)
  })

  it('documents problem+json answers and strict objects on every operation', () => {
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const where = `${method} ${path}`
        expect([where, op.responses['400']?.content?.['application/problem+json']?.schema]).toEqual([where, expect.any(Object)])
        expect([where, Boolean(op.responses['503'])]).toEqual([where, true])
        const success = Object.entries(op.responses).find(([code]) => code.startsWith('2'))
        expect([where, success]).toEqual([where, expect.anything()])
        const json = deref(success?.[1].content?.['application/json']?.schema)
        if (json) expect([where, json.additionalProperties]).toEqual([where, false])
        if (op.requestBody) {
          expect([where, deref(op.requestBody.content['application/json'].schema)?.additionalProperties]).toEqual([where, false])
        }
      }
    }
  })

  it('marks user routes with bearer security and a 401', () => {
    for (const path of ['/api/v1/me', '/api/v1/me/addresses', '/api/v1/me/addresses/{id}']) {
      const get = doc.paths[path].get
      expect(get.security).toEqual([{ bearerAuth: [] }])
      expect(get.responses['401']).toBeDefined()
    }
    expect(doc.paths['/api/v1/catalogue/items'].get.security).toEqual([])
    expect(doc.paths['/api/v1/me/addresses/{id}'].get.responses['403']).toBeDefined()
  })

  it('does not document itself or catch-all routes', () => {
    expect(doc.paths['/openapi.json']).toBeUndefined()
    expect(Object.keys(doc.paths).some((p) => p.includes('*'))).toBe(false)
  })

  it('names each schema once: the Problem answer is one component, referenced from every operation', () => {
    const schemas = doc.components?.schemas ?? {}
    expect(Object.keys(schemas).length).toBeGreaterThan(100)
    expect(schemas.Problem).toEqual(expect.objectContaining({ type: 'object' }))
    const bad = doc.paths['/api/v1/me'].get.responses['400'].content?.['application/problem+json']?.schema as Schema
    expect(bad).toEqual({ $ref: '#/components/schemas/Problem' })
  })

  it('gives every operation a unique operationId, tags and a declared security (public: [])', () => {
    const ids: string[] = []
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const where = `${method} ${path}`
        expect([where, op.operationId]).toEqual([where, expect.stringMatching(/^[a-z]+[A-Za-z0-9]*$/)])
        expect([where, op.tags?.length]).toEqual([where, 1])
        expect([where, Array.isArray(op.security)]).toEqual([where, true])
        ids.push(op.operationId!)
      }
    }
    expect(new Set(ids).size).toBe(ids.length)
    expect(doc.paths['/api/v1/utilities/accounts/{id}'].get.operationId).toBe('getUtilitiesAccountsById')
    expect(doc.paths['/api/v1/cities'].get.security).toEqual([])
  })
})
