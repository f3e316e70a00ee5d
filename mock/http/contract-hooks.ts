// Makes the contract binding both ways:
//  - query strings and path params are converted (strictly) to the schema's types before Ajv
//    validates them (Ajv runs with coerceTypes: false, so bodies are never coerced);
//  - every response is checked against its declared schema with TypeBox's compiled checker, so a
//    handler returning a wrong shape fails loudly instead of being silently reshaped by the serializer.
import type { FastifyInstance } from 'fastify'
import { FormatRegistry, Kind, type TSchema } from '@sinclair/typebox'
import { TypeCompiler, type TypeCheck } from '@sinclair/typebox/compiler'

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/
if (!FormatRegistry.Has('date-time')) {
  FormatRegistry.Set('date-time', (value) => ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)))
}

type PrimitiveSchema = { type?: unknown; anyOf?: PrimitiveSchema[]; const?: unknown }

const INTEGER = /^[+-]?[0-9]{1,15}$/
const NUMBER = /^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$/

/**
 * Converts one query-string value to the type its schema asks for, strictly: "2" → 2 for an
 * integer, but "1.5", "2abc" or "" stay strings, so Ajv rejects them instead of rounding.
 */
function convertScalar(schema: PrimitiveSchema | undefined, value: unknown): unknown {
  if (schema === undefined || typeof value !== 'string') return value
  if (schema.anyOf) {
    for (const branch of schema.anyOf) {
      if (branch.const !== undefined) {
        if (String(branch.const) === value) return branch.const
        continue
      }
      const converted = convertScalar(branch, value)
      if (converted !== value) return converted
    }
    return value
  }
  if (schema.type === 'integer' && INTEGER.test(value)) return Number(value)
  if (schema.type === 'number' && NUMBER.test(value)) return Number(value)
  if (schema.type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true'
  return value
}

/** Query strings and path params are flat: convert each declared property. */
export function convertFlat(schema: { properties?: Record<string, PrimitiveSchema> }, input: object): object {
  const properties = schema.properties ?? {}
  const output: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(input)) {
    output[key] = Object.prototype.hasOwnProperty.call(properties, key) ? convertScalar(properties[key], value) : value
  }
  return output
}

function isTypeBoxSchema(value: unknown): value is TSchema {
  return typeof value === 'object' && value !== null && Kind in value
}

function isObjectSchema(value: unknown): value is { properties?: Record<string, PrimitiveSchema> } {
  return typeof value === 'object' && value !== null && 'properties' in value
}

const checkers = new WeakMap<TSchema, TypeCheck<TSchema>>()

function checkerFor(schema: TSchema): TypeCheck<TSchema> {
  let checker = checkers.get(schema)
  if (!checker) {
    checker = TypeCompiler.Compile(schema)
    checkers.set(schema, checker)
  }
  return checker
}

type ResponseDef = Record<string, unknown>

/** Finds the schema Fastify would serialize with: exact status, then `4xx`/`5xx`, per media type. */
export function responseSchemaFor(def: ResponseDef, status: number, contentType: string | undefined): unknown {
  const entry = def[String(status)] ?? def[`${String(status)[0]}xx`] ?? def.default
  if (entry === undefined) return undefined
  if (typeof entry === 'object' && entry !== null && 'content' in entry) {
    const content = (entry as { content: Record<string, { schema?: unknown }> }).content
    const mediaType = (contentType ?? 'application/json').split(';')[0].trim().toLowerCase()
    return content[mediaType]?.schema ?? content['*/*']?.schema
  }
  return entry
}

export class ResponseContractError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ResponseContractError'
  }
}

export function registerContractHooks(app: FastifyInstance, options: { validateResponses: boolean }): void {
  app.addHook('preValidation', async (request) => {
    const schema = request.routeOptions.schema
    if (!schema) return
    if (isObjectSchema(schema.querystring) && typeof request.query === 'object' && request.query !== null) {
      request.query = convertFlat(schema.querystring, request.query)
    }
    if (isObjectSchema(schema.params) && typeof request.params === 'object' && request.params !== null) {
      request.params = convertFlat(schema.params, request.params)
    }
  })

  if (!options.validateResponses) return

  app.addHook('preSerialization', async (request, reply, payload) => {
    const def = request.routeOptions.schema?.response as ResponseDef | undefined
    if (!def) return payload
    const status = reply.statusCode
    const header = reply.getHeader('content-type')
    const schema = responseSchemaFor(def, status, typeof header === 'string' ? header : undefined)
    const where = `${request.method} ${request.routeOptions.url ?? '?'} → ${status}`
    if (schema === undefined) {
      throw new ResponseContractError(`${where}: status not declared in the route's response schemas`)
    }
    if (!isTypeBoxSchema(schema)) return payload
    const checker = checkerFor(schema)
    if (!checker.Check(payload)) {
      // Paths and messages only: the values may be personal data.
      const problems = [...checker.Errors(payload)].slice(0, 5).map((e) => `${e.path || '/'}: ${e.message}`)
      throw new ResponseContractError(`${where}: response violates the contract: ${problems.join('; ')}`)
    }
    return payload
  })
}
