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

type TaroMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' | 'HEAD' | 'OPTIONS'

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

export const taroAdapter: AxiosAdapter = async (config) => {
  await acquire()
  try {
    return await new Promise<AxiosResponse>((resolve, reject) => {
      const url = axios.getUri(config)
      const method = (config.method ?? 'get').toUpperCase() as TaroMethod
      const task = Taro.request({
        url,
        method,
        header: plainHeaders(config),
        data: config.data,
        timeout: config.timeout || undefined,
        dataType: 'json',
        success(result: TaroResult) {
          const response: AxiosResponse = {
            data: result.data,
            status: result.statusCode,
            statusText: String(result.statusCode),
            headers: normaliseHeaders(result),
            config,
            request: task,
          }
          // WeChat calls `success` for every HTTP status: settle like axios does.
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
        },
        fail(error: { errMsg?: string }) {
          const message = error?.errMsg ?? 'request:fail'
          const code = /timeout|超时/i.test(message) ? AxiosError.ETIMEDOUT : AxiosError.ERR_NETWORK
          reject(new AxiosError(message, code, config, task))
        },
      })
      config.signal?.addEventListener?.('abort', () => task.abort())
    })
  } finally {
    release()
  }
}
