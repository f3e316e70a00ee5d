// Turns Ajv validation errors into field errors with Chinese messages a user can act on.
// Schemas carry `title` (the field's Chinese name) and optionally `x-hint` (what a valid value looks like).
import type { FieldError } from '../../contract'

/** The parts of an Ajv error we read (Ajv runs with `verbose: true`, which adds the schemas). */
export interface AjvErrorLike {
  keyword: string
  instancePath: string
  params: Record<string, unknown>
  schema?: unknown
  parentSchema?: unknown
}

type SchemaLike = {
  title?: unknown
  'x-hint'?: unknown
  properties?: Record<string, SchemaLike>
  anyOf?: SchemaLike[]
  const?: unknown
  enum?: unknown[]
}

const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  integer: '整数',
  number: '数字',
  boolean: '是或否（true/false）',
  object: '对象',
  array: '列表',
  null: '空值',
}

function isSchema(value: unknown): value is SchemaLike {
  return typeof value === 'object' && value !== null
}

/** `/materials/0/name` → `materials[0].name`; empty path → the part of the request. */
export function fieldPath(instancePath: string, context: string, child?: string): string {
  const segments = instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
  if (child !== undefined) segments.push(child)
  if (segments.length === 0) return context
  return segments.reduce((path, segment) => {
    if (/^[0-9]+$/.test(segment)) return `${path}[${segment}]`
    return path === '' ? segment : `${path}.${segment}`
  }, '')
}

function labelOf(schema: unknown, fallback: string): string {
  if (isSchema(schema) && typeof schema.title === 'string' && schema.title !== '') return schema.title
  if (fallback === 'body') return '请求内容'
  if (fallback === 'querystring') return '查询参数'
  return `字段“${fallback}”`
}

function hintOf(schema: unknown): string | undefined {
  return isSchema(schema) && typeof schema['x-hint'] === 'string' ? schema['x-hint'] : undefined
}

function allowedValues(schema: unknown): string {
  if (!isSchema(schema)) return ''
  if (schema.const !== undefined) return String(schema.const)
  const values = schema.anyOf
    ? schema.anyOf.map((s) => (isSchema(s) ? s.const : undefined)).filter((v) => v !== undefined)
    : (schema.enum ?? [])
  return values.map((v) => String(v)).join('、')
}

function num(value: unknown): string {
  return typeof value === 'number' ? String(value) : '?'
}

function one(error: AjvErrorLike, context: string): FieldError {
  const p = error.params
  switch (error.keyword) {
    case 'required': {
      const missing = String(p.missingProperty ?? '')
      const parent = isSchema(error.parentSchema) ? error.parentSchema : undefined
      const propSchema = parent?.properties?.[missing]
      const field = fieldPath(error.instancePath, context, missing)
      return { field, code: 'REQUIRED', message: `请填写${labelOf(propSchema, field)}` }
    }
    case 'additionalProperties': {
      const extra = String(p.additionalProperty ?? '')
      const field = fieldPath(error.instancePath, context, extra)
      return { field, code: 'UNKNOWN_FIELD', message: `不支持字段“${field}”，请删除后重新提交` }
    }
  }
  const field = fieldPath(error.instancePath, context)
  const label = labelOf(error.parentSchema, field)
  const hint = hintOf(error.parentSchema)
  switch (error.keyword) {
    case 'type': {
      if (field === 'body' && p.type === 'object') {
        return { field, code: 'TYPE', message: '请求内容应为 JSON 对象' }
      }
      const expected = String(p.type ?? '')
        .split(',')
        .map((t) => TYPE_NAMES[t] ?? t)
        .join('或')
      return { field, code: 'TYPE', message: hint ?? `${label}的格式不正确，应为${expected}` }
    }
    case 'pattern':
      return { field, code: 'PATTERN', message: hint ?? `${label}的格式不正确，请检查后重新填写` }
    case 'format':
      return { field, code: 'FORMAT', message: hint ?? `${label}的格式不正确，请检查后重新填写` }
    case 'minLength':
      return {
        field,
        code: 'MIN_LENGTH',
        message: p.limit === 1 ? `请填写${label}` : `${label}至少需要 ${num(p.limit)} 个字`,
      }
    case 'maxLength':
      return { field, code: 'MAX_LENGTH', message: `${label}不能超过 ${num(p.limit)} 个字` }
    case 'minimum':
    case 'exclusiveMinimum':
      return { field, code: 'MINIMUM', message: `${label}不能小于 ${num(p.limit)}` }
    case 'maximum':
    case 'exclusiveMaximum':
      return { field, code: 'MAXIMUM', message: `${label}不能大于 ${num(p.limit)}` }
    case 'minItems':
      return { field, code: 'MIN_ITEMS', message: `${label}至少需要 ${num(p.limit)} 项` }
    case 'maxItems':
      return { field, code: 'MAX_ITEMS', message: `${label}最多 ${num(p.limit)} 项` }
    case 'anyOf':
    case 'enum':
    case 'const': {
      const choices = allowedValues(error.parentSchema)
      return {
        field,
        code: 'ENUM',
        message: hint ?? (choices ? `${label}只能是以下之一：${choices}` : `${label}的取值不正确`),
      }
    }
    default:
      return { field, code: 'INVALID', message: hint ?? `${label}不正确，请检查后重新填写` }
  }
}

/**
 * Maps all Ajv errors of one request part to field errors: one per field and code,
 * and for unions only the union's own error (not one per rejected branch).
 */
export function toFieldErrors(errors: readonly AjvErrorLike[], context: string): FieldError[] {
  const unionPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath))
  const result: FieldError[] = []
  const seen = new Set<string>()
  for (const error of errors) {
    // A union reports one error per rejected branch at the same path; keep only the union's.
    if (error.keyword !== 'anyOf' && unionPaths.has(error.instancePath)) continue
    const fieldError = one(error, context)
    const key = `${fieldError.field}\u0000${fieldError.code}`
    if (seen.has(key)) continue
    seen.add(key)
    result.push(fieldError)
  }
  return result
}
