// What every section of the simulated `wx` / `my` shares: the host, and the platform's answer
// shapes (WeChat `errMsg: 'name:ok'`, Alipay plain objects; fail as `errMsg` or `{ error,
// errorMessage }`), each success checked against the typings.
import { checkResult } from '../../contracts/validate'
import type { ApiOptions, NativeBehaviour, NativeHost } from '../native-api'
import type { Platform } from '../templates'

export interface NativeKit {
  host: NativeHost
  platform: Platform
  alipay: boolean
  behaviour: NativeBehaviour
  storage: Map<string, unknown>
  ok(name: string, extra?: Record<string, unknown>): Record<string, unknown>
  succeed(name: string, options: ApiOptions | undefined, extra?: Record<string, unknown>): void
  failWith(name: string, options: ApiOptions | undefined, wxMessage: string, alipayError?: number, alipayMessage?: string): void
  clone(value: unknown): unknown
}

export function createKit(host: NativeHost): NativeKit {
  const { platform, behaviour, storage } = host
  const alipay = platform === 'alipay'
  const ok = (name: string, extra: Record<string, unknown> = {}) => (alipay ? { ...extra } : { errMsg: `${name}:ok`, ...extra })
  const succeed = (name: string, options: ApiOptions | undefined, extra: Record<string, unknown> = {}) => {
    const res = ok(name, extra)
    host.contractViolations.push(...checkResult(platform, name, 'success', res))
    host.callLater(options?.success, res, `${name}.success`)
    host.callLater(options?.complete, res, `${name}.complete`)
  }
  const failWith = (name: string, options: ApiOptions | undefined, wxMessage: string, alipayError = 3, alipayMessage = wxMessage) => {
    const res = alipay ? { error: alipayError, errorMessage: alipayMessage } : { errMsg: `${name}:fail ${wxMessage}` }
    host.callLater(options?.fail, res, `${name}.fail`)
    host.callLater(options?.complete, res, `${name}.complete`)
  }
  const clone = (value: unknown) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)))
  return { host, platform, alipay, behaviour, storage, ok, succeed, failWith, clone }
}
