import { SchemaNameClash, finishOpenApiDocument, hoistNamedSchemas, operationIdOf, type OpenApiDocument } from './openapi'

const servers = [{ url: 'http://127.0.0.1:8787', description: 'sandbox' }]
const thing = { title: 'Thing', type: 'object', additionalProperties: false, properties: { code: { title: '编号', type: 'string', examples: ['A1'] } }, required: ['code'] }

describe('finishing the OpenAPI document', () => {
  it('derives a camelCase operationId from method and path', () => {
    expect(operationIdOf('get', '/api/v1/utilities/accounts/{id}')).toBe('getUtilitiesAccountsById')
    expect(operationIdOf('POST', '/__admin/cases/{caseNumber}/advance')).toBe('postAdminCasesByCaseNumberAdvance')
    expect(operationIdOf('put', '/api/v1/messages/subscriptions')).toBe('putMessagesSubscriptions')
    expect(operationIdOf('post', '/api/v1/appointments/{id}/check-in')).toBe('postAppointmentsByIdCheckIn')
  })

  it('references a named schema used twice from one component; Chinese field titles stay inline', () => {
    const doc: OpenApiDocument = {
      paths: {
        '/a': { get: { responses: { 200: { content: { 'application/json': { schema: structuredClone(thing) } } } } } },
        '/b': { post: { requestBody: { content: { 'application/json': { schema: structuredClone(thing) } } }, responses: {} } },
      },
    }
    finishOpenApiDocument(doc, { servers })
    expect(Object.keys(doc.components?.schemas ?? {})).toEqual(['Thing'])
    expect(doc.paths!['/b'].post.requestBody).toEqual({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' }, example: { code: 'A1' } } },
    })
    expect(doc.paths!['/a'].get).toEqual(expect.objectContaining({ operationId: 'getA', security: [] }))
    expect(doc.servers).toEqual(servers)
  })

  it('refuses two different schemas under one name', () => {
    const other = { ...thing, required: [] }
    const doc: OpenApiDocument = {
      paths: {
        '/a': { get: { responses: { 200: { content: { 'application/json': { schema: structuredClone(thing) } } } } } },
        '/b': { get: { responses: { 200: { content: { 'application/json': { schema: other } } } } } },
      },
    }
    expect(() => hoistNamedSchemas(doc)).toThrow(SchemaNameClash)
  })

  it('keeps a declared security and a written example', () => {
    const doc: OpenApiDocument = {
      paths: { '/c': { post: { security: [{ bearerAuth: [] }], requestBody: { content: { 'application/json': { schema: structuredClone(thing) } } } } } },
    }
    finishOpenApiDocument(doc, { servers, examples: { postC: { code: 'Z9' } } })
    expect(doc.paths!['/c'].post.security).toEqual([{ bearerAuth: [] }])
    expect(doc.paths!['/c'].post.requestBody?.content?.['application/json'].example).toEqual({ code: 'Z9' })
  })
})
