// Route schemas compiled once per process instead of once per server.
//
// Fastify compiles every route's request validators (Ajv) and response serializers
// (fast-json-stringify) when a server gets ready, with compilers private to that server. The
// sandbox's schemas are module constants and the options never change, so every server in a process
// compiled the same ~160 routes again: about 1 s of a 1.3 s start on this machine, paid by every
// sandbox test (a fresh server each) and every e2e file. These factories keep what they compiled,
// keyed by the schema's JSON text and the compiler options, and hand the same function to the next
// server. Compiled validators and serializers hold no per-server state.
import AjvCompiler from '@fastify/ajv-compiler'
import SerializerSelector from '@fastify/fast-json-stringify-compiler'
import type { FastifyServerOptions } from 'fastify'

type CompilersFactory = NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>
type ValidatorFactory = NonNullable<CompilersFactory['buildValidator']>
type SerializerFactory = NonNullable<CompilersFactory['buildSerializer']>
type Validate = ReturnType<ReturnType<ValidatorFactory>>
type Serialize = ReturnType<ReturnType<SerializerFactory>>

/** Entries are a few hundred per process; the bound is a guard against a schema built per request. */
const CACHE_LIMIT = 5000

/** JSON text of a schema object (the cache key), computed once per object. */
const schemaTexts = new WeakMap<object, string>()
function textOf(schema: unknown): string {
  if (typeof schema !== 'object' || schema === null) return JSON.stringify(schema)
  let text = schemaTexts.get(schema)
  if (text === undefined) {
    text = JSON.stringify(schema)
    schemaTexts.set(schema, text)
  }
  return text
}

function remember<T>(cache: Map<string, T>, key: string, compile: () => T): T {
  let compiled = cache.get(key)
  if (compiled === undefined) {
    compiled = compile()
    if (cache.size >= CACHE_LIMIT) cache.clear()
    cache.set(key, compiled)
  }
  return compiled
}

// One Ajv instance per (shared schemas, Ajv options), as @fastify/ajv-compiler pools them, but
// for the whole process rather than per server.
const ajvPool = AjvCompiler()
const validators = new Map<string, Validate>()

const buildValidator: ValidatorFactory = (externalSchemas, options) => {
  const compileFor = ajvPool(externalSchemas, options)
  const context = JSON.stringify([externalSchemas, options])
  return (route) => {
    if (route.httpPart === 'headers') assertLowerCaseHeaders(route.schema, String(route.url))
    return remember(validators, `${context}\n${route.httpPart}\n${textOf(route.schema)}`, () => compileFor(route))
  }
}

const serializerSelector = SerializerSelector()
const serializers = new Map<string, Serialize>()

const buildSerializer: SerializerFactory = (externalSchemas, options) => {
  const compileFor = serializerSelector(externalSchemas, options)
  const context = JSON.stringify([externalSchemas, options])
  return (route) => remember(serializers, `${context}\n${textOf(route.schema)}`, () => compileFor(route))
}

/**
 * With a custom validator factory Fastify no longer lower-cases header schemas' property names
 * (it does for its own Ajv); Node gives header names in lower case, so a mixed-case property would
 * never match. Ours are all lower case: keep it so.
 */
function assertLowerCaseHeaders(schema: unknown, url: string): void {
  const properties = (schema as { properties?: Record<string, unknown> } | null)?.properties ?? {}
  for (const name of Object.keys(properties)) {
    if (name !== name.toLowerCase()) throw new Error(`header schema of ${url}: '${name}' must be lower case`)
  }
}

/** Fastify's `schemaController` option: process-wide compiled validators and serializers. */
export const sharedSchemaController: NonNullable<FastifyServerOptions['schemaController']> = {
  compilersFactory: { buildValidator, buildSerializer },
}
