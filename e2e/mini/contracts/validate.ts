// Checks a call (and a fake's answer) against the generated platform contracts.

import fs from 'node:fs'
import path from 'node:path'
import type { ApiContract, ParamSchema, PlatformContracts, ValueKind } from './schema'
import { taroAlipayLeftovers } from './taro-alipay'

export type ContractPlatform = 'weapp' | 'alipay'

const cache = new Map<ContractPlatform, PlatformContracts>()

/** The checked-in contracts of a platform (contracts.test.ts keeps them in step with the typings). */
export function contractsOf(platform: ContractPlatform): PlatformContracts {
  let contracts = cache.get(platform)
  if (!contracts) {
    contracts = JSON.parse(fs.readFileSync(path.join(__dirname, `${platform}.json`), 'utf8')) as PlatformContracts
    cache.set(platform, contracts)
  }
  return contracts
}

function kindOf(value: unknown): ValueKind {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  const t = typeof value
  if (t === 'string' || t === 'number' || t === 'boolean' || t === 'function') return t
  return 'object'
}

function checkValue(where: string, value: unknown, schema: ParamSchema): string[] {
  if (schema.kinds.includes('any')) return []
  const kind = kindOf(value)
  // An array is an object to the typings' Record / IAnyObject types.
  const kindOk = schema.kinds.includes(kind) || (kind === 'array' && schema.kinds.includes('object'))
  if (!kindOk) return [`${where} must be ${schema.kinds.join(' | ')}, got ${kind}${kind === 'string' || kind === 'number' ? ` ${JSON.stringify(value)}` : ''}`]
  if (schema.enum && (kind === 'string' || kind === 'number' || kind === 'boolean') && !schema.enum.includes(value as string | number | boolean)) {
    return [`${where} must be one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}, got ${JSON.stringify(value)}`]
  }
  return []
}

function checkObject(where: string, value: Record<string, unknown>, properties: Record<string, ParamSchema>, what: string, tolerated: ReadonlySet<string> = new Set()): string[] {
  const problems: string[] = []
  for (const [key, v] of Object.entries(value)) {
    // undefined is what the platforms treat as "not given" (JSON bridge drops it).
    if (v === undefined || tolerated.has(key)) continue
    const schema = properties[key] ?? (key !== '*' ? properties['*'] : undefined)
    if (!schema) problems.push(`${where}: undocumented ${what} "${key}"`)
    else problems.push(...checkValue(`${where}: ${what} "${key}"`, v, schema))
  }
  return problems
}

/** Violations of the documented call contract ([] when the call is valid). */
export function checkCall(platform: ContractPlatform, name: string, args: unknown[]): string[] {
  const object = platform === 'weapp' ? 'wx' : 'my'
  const contract: ApiContract | undefined = contractsOf(platform).apis[name]
  const where = `${object}.${name}`
  if (!contract) return [`${where} is not simulated by the harness (add its contract: e2e/mini/README.md)`]
  if (contract.form === 'options') {
    const [options, ...rest] = args
    const problems: string[] = []
    if (rest.some((a) => a !== undefined)) problems.push(`${where}: takes one options object, got ${args.length} arguments`)
    if (options === undefined || options === null) {
      if (!contract.optionsOptional) problems.push(`${where}: the options object is required`)
      return problems
    }
    if (kindOf(options) !== 'object') return [...problems, `${where}: options must be an object, got ${kindOf(options)}`]
    const params = contract.params ?? {}
    // Alipay only: the WeChat keys Taro's transform leaves next to the ones it copied (taro-alipay.ts).
    const tolerated = new Set<string>()
    if (platform === 'alipay') {
      for (const leftover of taroAlipayLeftovers().get(name) ?? []) {
        if (!(leftover.key in params) && (options as Record<string, unknown>)[leftover.copiedTo] !== undefined) tolerated.add(leftover.key)
      }
    }
    problems.push(...checkObject(where, options as Record<string, unknown>, params, 'parameter', tolerated))
    for (const [key, schema] of Object.entries(params)) {
      if (schema.required && (options as Record<string, unknown>)[key] === undefined) problems.push(`${where}: required parameter "${key}" is missing`)
    }
    return problems
  }
  const expected = contract.args ?? []
  const problems: string[] = []
  // Trailing undefined arguments are arguments not given.
  let count = args.length
  while (count > 0 && args[count - 1] === undefined) count -= 1
  const given = args.slice(0, count)
  if (given.length > expected.length) problems.push(`${where}: takes ${expected.length} argument(s), got ${given.length}`)
  expected.forEach((arg, i) => {
    if (given[i] === undefined) {
      if (arg.required) problems.push(`${where}: required argument "${arg.name}" is missing`)
    } else problems.push(...checkValue(`${where}: argument "${arg.name}"`, given[i], arg))
  })
  return problems
}

/**
 * Violations of the documented answer: a key the typings do not declare for `success` (or for
 * a synchronous API's return value), or a value of the wrong kind. These are harness bugs.
 */
export function checkResult(platform: ContractPlatform, name: string, kind: 'success' | 'returns', result: unknown): string[] {
  const contract = contractsOf(platform).apis[name]
  const properties = contract?.[kind]
  if (!properties || result === null || typeof result !== 'object' || Array.isArray(result)) return []
  const object = platform === 'weapp' ? 'wx' : 'my'
  return checkObject(`fake ${object}.${name} ${kind === 'success' ? 'success result' : 'return value'}`, result as Record<string, unknown>, properties, 'key')
}

/** Every API the platform typings declare (a call to one the harness does not simulate is a violation). */
export function declaredApis(platform: ContractPlatform): Set<string> {
  return new Set(contractsOf(platform).allApis)
}
