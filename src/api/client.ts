import axios, { AxiosError, type AxiosInstance, type InternalAxiosRequestConfig } from 'axios'
import type { SessionTokens } from '@contract'
import { platform } from '@/platform'
import { ApiError, clientError, errorFromResponse } from './errors'
import { session } from './session'
import { taroAdapter } from './taro-adapter'

declare const API_BASE: string

/** Set by Taro's defineConstants at build time; jest sets a global. */
export const apiBase: string = typeof API_BASE === 'string' ? API_BASE : '/api/v1'

const TIMEOUT_MS = 10_000

interface RetriableConfig extends InternalAxiosRequestConfig {
  _retriedAfterRefresh?: boolean
  _sentToken?: string
}

// The refresh call bypasses the interceptors (and therefore the queue it feeds).
const bare: AxiosInstance = axios.create({ baseURL: apiBase, timeout: TIMEOUT_MS, adapter: taroAdapter })

let refreshing: Promise<string> | null = null
let refreshCount = 0

/** The lock that serialises refreshes across H5 tabs (platform.runExclusive). */
export const REFRESH_LOCK = 'cs.session.refresh'

async function doRefresh(): Promise<string> {
  const held = session.get()
  if (!held) throw clientError('SESSION_ENDED', 401)
  return platform.runExclusive(REFRESH_LOCK, () => refreshHolding(held.refreshToken))
}

/** Inside the lock: another tab may have refreshed while this one waited; then its tokens serve. */
async function refreshHolding(tokenBefore: string): Promise<string> {
  const stored = session.reload()
  if (!stored) throw clientError('SESSION_ENDED', 401)
  if (stored.refreshToken !== tokenBefore && !session.accessExpired()) return stored.accessToken
  try {
    const { data } = await bare.post<SessionTokens>('/auth/refresh', { refreshToken: stored.refreshToken })
    session.save(data)
    return data.accessToken
  } catch (error) {
    const apiError = toApiError(error)
    // A rejected refresh token ends the session; a network failure does not.
    if (apiError.status === 401 || apiError.status === 400) {
      session.clear()
      throw clientError('SESSION_ENDED', 401)
    }
    throw apiError
  }
}

/** Single flight: every request that needs a fresh token waits on the same refresh. */
export function refreshAccessToken(): Promise<string> {
  if (!refreshing) {
    refreshCount += 1
    refreshing = doRefresh().finally(() => {
      refreshing = null
    })
  }
  return refreshing
}

/** Tests read how many refresh calls were started. */
export function refreshCallsStarted(): number {
  return refreshCount
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  if (error instanceof AxiosError) {
    if (error.response) return errorFromResponse(error.response.status, error.response.data)
    if (error.code === AxiosError.ETIMEDOUT || error.code === AxiosError.ECONNABORTED) return clientError('TIMEOUT')
    return clientError('NETWORK_ERROR')
  }
  return clientError('BAD_RESPONSE')
}

export const http: AxiosInstance = axios.create({
  baseURL: apiBase,
  timeout: TIMEOUT_MS,
  adapter: taroAdapter,
  headers: { Accept: 'application/json, application/problem+json' },
})

http.interceptors.request.use(async (config: RetriableConfig) => {
  if (session.isLoggedIn()) {
    // Refresh before sending when the device already knows the token is stale.
    const token = session.accessExpired() ? await refreshAccessToken() : session.get()!.accessToken
    config.headers.set('Authorization', `Bearer ${token}`)
    config._sentToken = token
  }
  return config
})

http.interceptors.response.use(undefined, async (error: unknown) => {
  if (error instanceof AxiosError && error.response?.status === 401 && error.config) {
    const config = error.config as RetriableConfig
    const code = (error.response.data as { code?: string } | undefined)?.code
    if (code === 'TOKEN_EXPIRED' && !config._retriedAfterRefresh && session.isLoggedIn()) {
      config._retriedAfterRefresh = true
      // If another request already refreshed, reuse its token instead of refreshing again.
      const latest = session.get()?.accessToken
      const token = latest && latest !== config._sentToken ? latest : await refreshAccessToken()
      config.headers.set('Authorization', `Bearer ${token}`)
      config._sentToken = token
      return http.request(config)
    }
    if (code === 'TOKEN_INVALID' || code === 'TOKEN_MISSING') session.clear()
  }
  throw toApiError(error)
})

/** Idempotency-Key for every money or booking POST (PRODUCT.md "Payments"). */
export function newIdempotencyKey(): string {
  const random = () => Math.floor(Math.random() * 0x100000000).toString(16).padStart(8, '0')
  return `${Date.now().toString(16)}-${random()}-${random()}-${random()}`
}
