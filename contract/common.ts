// Shared schema helpers for the platform API contract.
// Contract files import nothing but @sinclair/typebox: the Taro client imports their types.
import { Type, type TLiteral, type TObject, type TProperties, type ObjectOptions, type TUnion, type StringOptions } from '@sinclair/typebox'

/**
 * An object schema that rejects unknown fields. Every object in the contract uses this,
 * so Ajv reports UNKNOWN_FIELD instead of silently dropping data.
 */
export function StrictObject<T extends TProperties>(properties: T, options: ObjectOptions = {}): TObject<T> {
  return Type.Object(properties, { ...options, additionalProperties: false })
}

/** A closed set of string values (a union of literals, i.e. `anyOf` of `const`). */
export function StringEnum<const T extends readonly string[]>(
  values: T,
  options: { title?: string; description?: string; default?: T[number] } = {},
): TUnion<TLiteral<T[number]>[]> {
  return Type.Union(
    values.map((value) => Type.Literal(value)),
    options,
  ) as TUnion<TLiteral<T[number]>[]>
}

/** A closed set of integer values, e.g. star levels 3 | 4 | 5. */
export function IntegerEnum<const T extends readonly number[]>(
  values: T,
  options: { title?: string; description?: string } = {},
): TUnion<TLiteral<T[number]>[]> {
  return Type.Union(
    values.map((value) => Type.Literal(value)),
    options,
  ) as TUnion<TLiteral<T[number]>[]>
}

/** ISO 8601 timestamp with offset, e.g. 2025-01-31T08:00:00.000Z. */
export const IsoDateTime = (options: StringOptions = {}) => Type.String({ format: 'date-time', ...options })

/** A 6-digit administrative division code of a city, e.g. 330100. */
export const CityCodeSchema = Type.String({
  title: '城市',
  pattern: '^[0-9]{6}$',
  'x-hint': '请选择城市（6 位行政区划代码，如 330100）',
  examples: ['330100'],
})

/** A list wrapper used by every collection endpoint that is not paginated. */
export function ListOf<T extends TObject>(item: T, options: ObjectOptions = {}) {
  return StrictObject({ items: Type.Array(item) }, options)
}

/** The body of a 204 No Content answer. */
export const NoContentSchema = Type.Null({ description: '无内容' })
