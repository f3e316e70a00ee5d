import Taro from '@tarojs/taro'
import axios, { AxiosError, AxiosHeaders, type AxiosAdapter, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios'

// Our own axios adapter over Taro.request (DESIGN.md §5): @tarojs/plugin-http's XHR
// shim sends `cookie: undefined` and breaks uploads. Taro.request maps to
// wx.request / my.request / fetch.

/** WeChat allows at most 10 concurrent wx.request calls; keep headroom for uploads. */
const MAX_IN_FLIGHT = 8
let inFlight = 0
const waiting: Array<() => void> = []

function acquire(): Promise<void> {
  if (inFlight < MAX_IN_FLIGHT) {
    inFlight += 1
    return Promise.resolve()
  }
  return new Promise((resolve) => waiting.push(() => resolve()))
}

function release(): void {
  const next = waiting.shift()
  if (next) next()
  else inFlight -= 1
}

// The methods both platforms document: wx.request has OPTIONS/GET/HEAD/POST/PUT/DELETE/TRACE/CONNECT
// (no PATCH), my.request GET/POST/PUT/DELETE. Anything else is refused before it reaches the device.
const METHODS = ['GET', 'POST', 'PUT', 'DELETE'] as const
type TaroMethod = (typeof METHODS)[number]

function isTaroMethod(method: string): method is TaroMethod {
  return (METHODS as readonly string[]).includes(method)
}

interface TaroResult {
  statusCode: number
  data: unknown
  header?: Record<string, string>
  headers?: Record<string, string>
}

/** Alipay returns `headers` with server casing, WeChat `header`; axios wants one lower-case bag. */
function normaliseHeaders(result: TaroResult): AxiosHeaders {
  const raw = result.header ?? result.headers ?? {}
  const headers = new AxiosHeaders()
  for (const [name, value] of Object.entries(raw)) headers.set(name.toLowerCase(), value)
  return headers
}

function plainHeaders(config: InternalAxiosRequestConfig): Record<string, string> {
  const headers: Record<string, string> = {}
  const source = AxiosHeaders.from(config.headers).toJSON() as Record<string, unknown>
  for (const [name, value] of Object.entries(source)) {
    if (value !== undefined && value !== null && value !== false) headers[name] = String(value)
  }
  return headers
}

/** What Alipay passes to `fail` for an HTTP error status (error 19). */
interface AlipayHttpError {
  error?: number
  status?: number
  data?: unknown
  headers?: Record<string, string>
}

function parseBody(data: unknown): unknown {
  if (typeof data !== 'string') return data
  try {
    return JSON.parse(data)
  } catch {
    return data
  }
}

export const taroAdapter: AxiosAdapter = async (config) => {
  await acquire()
  try {
    return await new Promise<AxiosResponse>((resolve, reject) => {
      const url = axios.getUri(config)
      const method = (config.method ?? 'get').toUpperCase()
      if (!isTaroMethod(method)) {
        reject(new AxiosError(`HTTP method ${method} is not supported by wx.request / my.request`, AxiosError.ERR_NOT_SUPPORT, config))
        return
      }
      // eslint-disable-next-line prefer-const
      let task: { abort(): void } | undefined

      // WeChat calls `success` for every HTTP status: settle like axios does.
      function settle(result: TaroResult): void {
        const response: AxiosResponse = {
          data: result.data,
          status: result.statusCode,
          statusText: String(result.statusCode),
          headers: normaliseHeaders(result),
          config,
          request: task,
        }
        const validate = config.validateStatus
        if (!validate || validate(response.status)) resolve(response)
        else
          reject(
            new AxiosError(
              `Request failed with status code ${response.status}`,
              response.status >= 500 ? AxiosError.ERR_BAD_RESPONSE : AxiosError.ERR_BAD_REQUEST,
              config,
              task,
              response,
            ),
          )
      }

      task = Taro.request({
        url,
        method,
        header: plainHeaders(config),
        data: config.data,
        timeout: config.timeout || undefined,
        dataType: 'json',
        success: (result: TaroResult) => settle(result),
        fail(error: AlipayHttpError & { errMsg?: string; errorMessage?: string }) {
          // Alipay delivers 4xx/5xx to `fail` (error 19 "HTTP 错误") with the
          // response attached: settle it as a response, not a network failure.
          if (typeof error?.status === 'number') {
            settle({ statusCode: error.status, data: parseBody(error.data), headers: error.headers })
            return
          }
          const message = error?.errMsg ?? error?.errorMessage ?? 'request:fail'
          // Alipay error 13 = timeout.
          const timedOut = /timeout|超时/i.test(message) || error?.error === 13
          reject(new AxiosError(message, timedOut ? AxiosError.ETIMEDOUT : AxiosError.ERR_NETWORK, config, task))
        },
      })
      // Taro's returned promise ALSO rejects when `fail` runs (on Alipay: every 4xx/5xx, with the
      // raw my.request error); the callbacks above already settled this request, so that second
      // answer is caught here instead of surfacing as an unhandled rejection.
      ;(task as unknown as Promise<unknown> | undefined)?.catch?.(() => undefined)
      config.signal?.addEventListener?.('abort', () => task?.abort())
    })
  } finally {
    release()
  }
}
