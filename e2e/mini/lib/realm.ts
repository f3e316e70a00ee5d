// The vm context the app runs in, and moving plain data into its realm (so the app's
// `instanceof Object` / `Array` / `ArrayBuffer` checks hold for what the simulated APIs hand it).
import vm from 'node:vm'
import type { Platform } from './templates'

export interface Realm {
  /** The global object of the vm context (what app code sees as its global scope). */
  vmGlobal: Record<string, unknown>
  context: vm.Context
  /** Plain data into the vm realm; ArrayBuffers (and `{ data: ArrayBuffer }`) are copied as such. */
  toCtx(value: unknown): unknown
}

export function createRealm(platform: Platform): Realm {
  const vmGlobal: Record<string, unknown> = {}
  const context = vm.createContext(vmGlobal, { name: `mini-${platform}` })
  const ctxJSON = vm.runInContext('JSON', context) as JSON
  const toCtx = (value: unknown): unknown => {
    if (value === undefined) return undefined
    if (Object.prototype.toString.call(value) === '[object ArrayBuffer]') {
      const Ctor = vm.runInContext('ArrayBuffer', context) as ArrayBufferConstructor
      const buf = new Ctor((value as ArrayBuffer).byteLength)
      new Uint8Array(buf).set(new Uint8Array(value as ArrayBuffer))
      return buf
    }
    if (value !== null && typeof value === 'object' && 'data' in value && Object.prototype.toString.call((value as { data: unknown }).data) === '[object ArrayBuffer]') {
      const { data, ...rest } = value as { data: unknown }
      const out = toCtx(rest) as Record<string, unknown>
      out.data = toCtx(data)
      return out
    }
    return ctxJSON.parse(JSON.stringify(value))
  }
  return { vmGlobal, context, toCtx }
}
