// The finishing pass over the generated OpenAPI document, so it can be handed to the platform's
// team: every named schema (a TypeBox `title` such as 'HouseholdAccount') lives once under
// components/schemas and is referenced, every operation has an operationId, a declared security
// (public routes `security: []`) and, when it takes a JSON body, an example of one.
// `mock/test/openapi-lint.test.ts` runs an independent linter (Redocly, recommended rules) on it.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

interface Operation {
  operationId?: string
  security?: Json[]
  requestBody?: { content?: Record<string, { schema?: JsonObject; example?: Json; examples?: Json }> }
  [key: string]: unknown
}

export interface OpenApiDocument {
  paths?: Record<string, Record<string, Operation>>
  components?: { schemas?: Record<string, JsonObject>; [key: string]: unknown }
  servers?: { url: string; description?: string }[]
  [key: string]: unknown
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'])
/** A schema name: an English PascalCase title. Chinese titles name a field for people, not a type. */
const SCHEMA_NAME = /^[A-Z][A-Za-z0-9]*$/

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value)

/** A stable text of a schema, independent of key order. */
function canonical(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (isObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(',')}}`
  }
  return JSON.stringify(value)
}

export class SchemaNameClash extends Error {}

/**
 * Moves every schema with a PascalCase title to components/schemas and puts a $ref in its place.
 * Two different schemas with one title are a contract mistake: it throws, naming the title.
 */
export function hoistNamedSchemas(doc: OpenApiDocument): void {
  const components: Record<string, JsonObject> = { ...(doc.components?.schemas ?? {}) }
  const seen = new Map<string, string>()
  for (const [name, schema] of Object.entries(components)) seen.set(name, canonical(schema))

  const visit = (node: Json): Json => {
    if (Array.isArray(node)) return node.map(visit)
    if (!isObject(node)) return node
    const out: JsonObject = {}
    for (const [key, value] of Object.entries(node)) out[key] = key === 'examples' || key === 'example' || key === 'const' ? value : visit(value)
    const title = out.title
    if (typeof title !== 'string' || !SCHEMA_NAME.test(title) || out.$ref !== undefined) return out
    const text = canonical(out)
    const known = seen.get(title)
    if (known === undefined) {
      seen.set(title, text)
      components[title] = out
    } else if (known !== text) {
      throw new SchemaNameClash(`two different schemas are both named ${title}: give one of them another title`)
    }
    return { $ref: `#/components/schemas/${title}` }
  }

  for (const ops of Object.values(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(ops)) {
      if (!METHODS.has(method)) continue
      for (const key of ['parameters', 'requestBody', 'responses'] as const) {
        const fields = op as Record<string, unknown>
        if (fields[key] !== undefined) fields[key] = visit(fields[key] as Json)
      }
    }
  }
  doc.components = { ...doc.components, schemas: Object.fromEntries(Object.entries(components).sort(([a], [b]) => a.localeCompare(b))) }
}

const pascal = (word: string) => word.charAt(0).toUpperCase() + word.slice(1)

/**
 * `GET /api/v1/utilities/accounts/{id}` → getUtilitiesAccountsById; `POST /__admin/clock` →
 * postAdminClock; `POST /rails/wechat/pay` → postRailsWechatPay. Unique because method + path is.
 */
export function operationIdOf(method: string, path: string): string {
  const words = path
    .replace(/^\/api\/v[0-9]+\//, '/')
    .split('/')
    .filter((part) => part !== '')
    .map((part) => {
      const param = /^\{(.+)\}$/.exec(part)
      const text = param ? `by-${param[1]}` : part.replace(/^_+/, '')
      return text
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map(pascal)
        .join('')
    })
  return method.toLowerCase() + words.join('')
}

function resolve(doc: OpenApiDocument, schema: Json | undefined): JsonObject | undefined {
  if (!isObject(schema)) return undefined
  const ref = schema.$ref
  if (typeof ref === 'string' && ref.startsWith('#/components/schemas/')) return doc.components?.schemas?.[ref.slice('#/components/schemas/'.length)]
  return schema
}

/** An example value written by the schema's author: `examples[0]`, `default` or a single `const`. */
function authoredExample(doc: OpenApiDocument, schema: Json | undefined): Json | undefined {
  const s = resolve(doc, schema)
  if (!s) return undefined
  if (Array.isArray(s.examples) && s.examples.length > 0) return s.examples[0]
  if (s.default !== undefined) return s.default
  if (s.const !== undefined) return s.const
  if (Array.isArray(s.anyOf)) {
    for (const option of s.anyOf) {
      const value = authoredExample(doc, option)
      if (value !== undefined) return value
    }
    return undefined
  }
  if (s.type === 'boolean') return true
  if (s.type === 'object' && isObject(s.properties)) {
    const required = new Set(Array.isArray(s.required) ? s.required : [])
    const out: JsonObject = {}
    for (const [key, property] of Object.entries(s.properties)) {
      const value = authoredExample(doc, property)
      if (value !== undefined) out[key] = value
      else if (required.has(key)) return undefined
    }
    return out
  }
  if (s.type === 'array') {
    const item = authoredExample(doc, s.items)
    if (item === undefined) return Number(s.minItems ?? 0) > 0 ? undefined : []
    return [item]
  }
  return undefined
}

/**
 * Puts an example on each JSON request body: the one written for the operation, else one made of
 * the schema's own field examples. Returns the operations left without (a required field has none).
 */
export function addBodyExamples(doc: OpenApiDocument, written: Readonly<Record<string, unknown>> = {}): string[] {
  const missing: string[] = []
  for (const [path, ops] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(ops)) {
      const media = op.requestBody?.content?.['application/json']
      if (!METHODS.has(method) || !media || media.example !== undefined || media.examples !== undefined) continue
      const example = (op.operationId ? (written[op.operationId] as Json | undefined) : undefined) ?? authoredExample(doc, media.schema)
      if (example === undefined) missing.push(`${method} ${path}`)
      else media.example = example
    }
  }
  return missing
}

export interface FinishOptions {
  servers: { url: string; description: string }[]
  /** Request-body examples by operationId. */
  examples?: Readonly<Record<string, unknown>>
}

/** Applied by @fastify/swagger's transformObject to the whole document. */
export function finishOpenApiDocument(doc: OpenApiDocument, options: FinishOptions): OpenApiDocument {
  for (const [path, ops] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(ops)) {
      if (!METHODS.has(method)) continue
      op.operationId ??= operationIdOf(method, path)
      // No bearer token asked for: say so, rather than leave the reader to guess.
      op.security ??= []
    }
  }
  hoistNamedSchemas(doc)
  addBodyExamples(doc, options.examples)
  doc.servers = options.servers
  return doc
}
