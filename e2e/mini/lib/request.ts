// wx.request / my.request over real HTTP (Node's http module). The compiled API
// origin (e.g. http://127.0.0.1:8787) is rewritten to the test server's origin;
// every other host is refused, so a journey can never touch the network.

import http from 'node:http'
import https from 'node:https'
import type { Platform } from './templates'

export interface RequestLog {
  method: string
  /** URL as the app asked for it (compiled origin). */
  url: string
  /** Path + query on the API server, e.g. /api/v1/catalogue/items?city=330100 */
  path: string
  /** HTTP status, or 0 when no response (refused, timeout, abort). */
  status: number
  requestBody?: unknown
  responseBody?: unknown
  ms: number
}

export interface RequestOptions {
  url?: string
  method?: string
  header?: Record<string, unknown>
  headers?: Record<string, unknown>
  data?: unknown
  dataType?: string
  responseType?: string
  timeout?: number
  success?: (res: unknown) => void
  fail?: (err: unknown) => void
  complete?: (res: unknown) => void
}

export interface RequestEnv {
  platform: Platform
  /** e.g. http://127.0.0.1:8787 — what the build calls. */
  compiledOrigin: string
  /** e.g. http://127.0.0.1:43121 — where the test server really listens. */
  apiOrigin: string
  /** Alipay calls `fail` (error 19) for HTTP ≥ 400 instead of `success`. */
  alipayHttpErrorsFail: boolean
  log: RequestLog[]
  /** Run a callback into app code (guarded, converted into the vm realm). */
  deliver: (fn: ((res: unknown) => void) | undefined, result: unknown, source: string) => void
  track: <T>(p: Promise<T>) => Promise<T>
}

function encodeQuery(data: Record<string, unknown>): string {
  return Object.keys(data)
    .filter((k) => data[k] !== undefined)
    .map((k) => `${encodeURIComponent(k)}=${encodeURIComponent(typeof data[k] === 'object' ? JSON.stringify(data[k]) : String(data[k]))}`)
    .join('&')
}

function isArrayBufferLike(value: unknown): value is ArrayBuffer {
  return Object.prototype.toString.call(value) === '[object ArrayBuffer]'
}

function rewrite(url: string, env: RequestEnv): URL | null {
  const compiled = env.compiledOrigin.replace(/\/+$/, '')
  if (url === compiled || url.startsWith(`${compiled}/`) || url.startsWith(`${compiled}?`)) {
    return new URL(env.apiOrigin.replace(/\/+$/, '') + url.slice(compiled.length))
  }
  if (url.startsWith(env.apiOrigin)) return new URL(url)
  return null
}

function tryJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return { ok: false }
  }
}

/** Implements wx.request (WeChat) or my.request (Alipay). Returns a RequestTask. */
export function performRequest(options: RequestOptions, env: RequestEnv): Record<string, unknown> {
  const alipay = env.platform === 'alipay'
  const started = Date.now()
  const method = String(options.method || 'GET').toUpperCase()
  const rawUrl = String(options.url ?? '')
  // my.request documents both `headers` and `header` (@mini-types/alipay); wx.request only `header`.
  const headersIn = (alipay ? options.headers ?? options.header : options.header) ?? {}
  // Both default to content-type application/json when the app sets none (also on a DELETE).
  const headers: Record<string, string> = {}
  for (const [k, v] of Object.entries(headersIn)) if (v !== undefined && v !== null) headers[k.toLowerCase()] = String(v)
  if (!headers['content-type']) headers['content-type'] = 'application/json'
  const dataType = String(options.dataType ?? 'json').toLowerCase()
  const responseType = String(options.responseType ?? 'text').toLowerCase()
  const timeoutMs = options.timeout && options.timeout > 0 ? options.timeout : alipay ? 30_000 : 60_000

  let settled = false
  let req: http.ClientRequest | null = null
  let resolveDone: () => void = () => undefined
  env.track(new Promise<void>((resolve) => (resolveDone = resolve)))

  const entry: RequestLog = { method, url: rawUrl, path: '', status: 0, ms: 0 }
  const finish = (kind: 'success' | 'fail', result: Record<string, unknown>) => {
    if (settled) return
    settled = true
    entry.ms = Date.now() - started
    if (kind === 'success') env.deliver(options.success, result, 'request.success')
    else env.deliver(options.fail, result, 'request.fail')
    env.deliver(options.complete, result, 'request.complete')
    resolveDone()
  }
  const failWith = (wxMessage: string, alipayError: number, alipayMessage: string) =>
    finish('fail', alipay ? { error: alipayError, errorMessage: alipayMessage } : { errMsg: `request:fail ${wxMessage}` })

  let body: Buffer | undefined
  let target = rewrite(rawUrl, env)
  const data = options.data
  if (data !== undefined && data !== null) {
    if (method === 'GET' || method === 'HEAD') {
      const query = typeof data === 'string' ? data : isArrayBufferLike(data) ? '' : encodeQuery(data as Record<string, unknown>)
      if (target && query) target = new URL(target.toString() + (target.search ? '&' : '?') + query)
    } else if (typeof data === 'string') {
      body = Buffer.from(data)
    } else if (isArrayBufferLike(data)) {
      body = Buffer.from(new Uint8Array(data))
    } else if (/json/.test(headers['content-type'])) {
      body = Buffer.from(JSON.stringify(data))
    } else {
      body = Buffer.from(encodeQuery(data as Record<string, unknown>))
    }
  }
  if (body !== undefined) {
    try {
      entry.requestBody = JSON.parse(body.toString('utf8'))
    } catch {
      entry.requestBody = body.toString('utf8')
    }
  }
  env.log.push(entry)

  const task = {
    abort() {
      if (settled) return
      req?.destroy()
      failWith('abort', 9, 'request:fail abort')
    },
    onHeadersReceived() {},
    offHeadersReceived() {},
    onChunkReceived() {},
    offChunkReceived() {},
  }

  if (!target) {
    entry.path = rawUrl
    // Looks like a domain-whitelist refusal on the device.
    setTimeout(() => failWith(`url not in domain list: ${rawUrl}`, 11, '无权跨域调用'), 0)
    return task
  }
  entry.path = target.pathname + target.search
  if (body !== undefined) headers['content-length'] = String(body.length)

  const transport = target.protocol === 'https:' ? https : http
  req = transport.request(
    target,
    { method, headers, agent: false, timeout: timeoutMs },
    (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('error', () => failWith('response error', 12, '网络出错'))
      res.on('end', () => {
        const status = res.statusCode ?? 0
        entry.status = status
        const buffer = Buffer.concat(chunks)
        const responseHeaders: Record<string, string> = {}
        for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) responseHeaders[k] = Array.isArray(v) ? v.join(', ') : v
        let payload: unknown
        if (responseType === 'arraybuffer' || dataType === 'arraybuffer') {
          payload = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength)
        } else {
          const text = buffer.toString('utf8')
          payload = text
          if (dataType === 'json' && text !== '') {
            const parsed = tryJson(text)
            if (parsed.ok) payload = parsed.value
            else if (alipay) {
              // Alipay: dataType json and a body that is not JSON → error 14.
              finish('fail', { error: 14, errorMessage: 'JSON parse data error', status, data: text, headers: responseHeaders })
              return
            }
          }
        }
        entry.responseBody = payload
        if (alipay) {
          if (status >= 400 && env.alipayHttpErrorsFail) {
            finish('fail', { error: 19, errorMessage: 'http status error', status, data: payload, headers: responseHeaders })
          } else {
            finish('success', { status, data: payload, headers: responseHeaders })
          }
        } else {
          finish('success', { statusCode: status, data: payload, header: responseHeaders, cookies: [], errMsg: 'request:ok' })
        }
      })
    },
  )
  req.on('timeout', () => {
    req?.destroy()
    failWith('timeout', 13, '超时')
  })
  req.on('error', (error: NodeJS.ErrnoException) => {
    if (settled) return
    failWith(`${error.code ?? ''} ${error.message}`.trim(), 12, '网络出错')
  })
  if (body !== undefined) req.write(body)
  req.end()
  return task
}
