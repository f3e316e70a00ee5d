/**
 * @jest-environment node
 */
// The API client against the real sandbox (in-process): Taro.request is routed
// into fastify.inject, so tokens, expiry and problem documents are the server's own.
import type { FastifyInstance } from 'fastify'
import { buildServer } from '../../mock/server'

// Each test builds a sandbox server and calls it over HTTP: a busy CI machine needs more than 5 s.
jest.setTimeout(30_000)

const mockStorage = new Map<string, string>()
const mockRequests: Array<{ method: string; url: string; status: number }> = []
let mockServer: FastifyInstance
// Server clock starts at the device's time; tests move it forward.
let mockNow = Date.now()

interface TaroRequestOptions {
  url: string
  method: string
  header: Record<string, string>
  data?: unknown
  success: (result: { statusCode: number; data: unknown; header: Record<string, string> }) => void
  fail: (error: { errMsg: string }) => void
}

jest.mock('@tarojs/taro', () => {
  const api = {
    request(options: TaroRequestOptions) {
      const path = options.url.replace(/^https?:\/\/[^/]+/, '')
      const task = mockServer
        .inject({
          method: options.method as 'GET',
          url: path,
          headers: options.header,
          payload: typeof options.data === 'string' ? options.data : options.data === undefined ? undefined : JSON.stringify(options.data),
        })
        .then((response) => {
          mockRequests.push({ method: options.method, url: path, status: response.statusCode })
          const body = response.body ? JSON.parse(response.body) : ''
          options.success({ statusCode: response.statusCode, data: body, header: response.headers as Record<string, string> })
        })
        .catch((error: Error) => options.fail({ errMsg: `request:fail ${error.message}` }))
      return Object.assign(task, { abort: () => undefined })
    },
    getStorageSync: (key: string) => mockStorage.get(key) ?? '',
    setStorageSync: (key: string, value: string) => void mockStorage.set(key, value),
    removeStorageSync: (key: string) => void mockStorage.delete(key),
  }
  return { __esModule: true, default: api, ...api }
})

// Imported after the mock so the client binds to it.
import { fetchCities, fetchMe } from '@/lib/shared-api'
import { logOut } from '@/more/pages/settings/api'
import { logIn } from '@/pages/login/api'
import { refreshCallsStarted } from '@/api/client'
import { ApiError } from '@/api/errors'
import { session } from '@/api/session'

beforeAll(async () => {
  mockServer = await buildServer({ dbFile: ':memory:', clock: { now: () => mockNow }, logger: false })
})

afterAll(async () => {
  await mockServer.close()
})

beforeEach(() => {
  mockRequests.length = 0
  session.clear()
})

test('a persona logs in through the platform code and reads its masked profile', async () => {
  const user = await logIn('resident')
  expect(user.name).toBe('*大友')
  const me = await fetchMe()
  expect(me.mobile).toBe('137****9050')
  const stored = mockStorage.get('cs.session') ?? ''
  expect(JSON.parse(stored)).toEqual(expect.objectContaining({ accessToken: expect.any(String), refreshToken: expect.any(String) }))
  // Only tokens are kept on the device, never the profile.
  expect(stored).not.toContain('大友')
  expect(stored).not.toContain('9050')
})

test('five requests with an expired access token share exactly one refresh', async () => {
  await logIn('resident')
  const before = refreshCallsStarted()
  const firstToken = session.get()!.accessToken
  // The mockServer's clock moves past the 15-minute access token; the device clock
  // does not, so every request is sent with the stale token and gets 401.
  mockNow += 16 * 60_000
  const results = await Promise.all([fetchMe(), fetchMe(), fetchMe(), fetchMe(), fetchMe()])
  expect(results.map((me) => me.name)).toEqual(Array(5).fill('*大友'))
  expect(refreshCallsStarted() - before).toBe(1)
  expect(mockRequests.filter((r) => r.url.endsWith('/auth/refresh'))).toHaveLength(1)
  expect(mockRequests.filter((r) => r.url.endsWith('/me') && r.status === 401)).toHaveLength(5)
  expect(session.get()!.accessToken).not.toBe(firstToken)
})

test('when the device already knows the token is stale, requests wait for one refresh and never send it', async () => {
  await logIn('resident')
  const before = refreshCallsStarted()
  session.save({ ...session.get()!, accessExpiresAt: new Date(Date.now() - 1000).toISOString() })
  const results = await Promise.all([fetchMe(), fetchMe(), fetchMe(), fetchMe(), fetchMe()])
  expect(results).toHaveLength(5)
  expect(refreshCallsStarted() - before).toBe(1)
  expect(mockRequests.filter((r) => r.status === 401)).toHaveLength(0)
})

test('a refresh token that the mockServer rejects ends the session with a Chinese message', async () => {
  await logIn('resident')
  // Make the stored refresh token unknown to the mockServer.
  session.save({ ...session.get()!, refreshToken: 'forged-refresh-token' })
  mockNow += 16 * 60_000
  await expect(fetchMe()).rejects.toMatchObject({ code: 'SESSION_ENDED', title: '登录已失效' })
  expect(session.isLoggedIn()).toBe(false)
  expect(mockStorage.has('cs.session')).toBe(false)
})

test('problem+json answers become ApiError with the server code and Chinese text', async () => {
  const error = await logIn('no-such-persona').catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ApiError)
  const apiError = error as ApiError
  expect(apiError.status).toBe(400)
  expect(apiError.code).toBe('VALIDATION_FAILED')
  expect(apiError.fieldErrors.personaId).toMatch(/[\u4e00-\u9fa5]/)
  expect(apiError.userMessage).toMatch(/[\u4e00-\u9fa5]/)
})

test('public routes work logged out, and logout revokes the session on the server', async () => {
  const cities = await fetchCities()
  expect(cities).toHaveLength(11)
  await logIn('resident')
  const token = session.get()!.accessToken
  await logOut()
  expect(session.isLoggedIn()).toBe(false)
  const after = await mockServer.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } })
  expect(after.statusCode).toBe(401)
})

// ---- issue 14: a lost refresh answer, and two tabs refreshing at once ----

test('a refresh whose answer was lost is retried with the same token and keeps the session', async () => {
  const { sandbox } = mockServer as unknown as { sandbox: { faults: { replace(rules: unknown[]): void; clear(): void } } }
  await logIn('resident')
  mockNow += 16 * 60_000
  // The server rotates the token, but the answer never arrives (the socket is reset).
  sandbox.faults.replace([{ path: '/api/v1/auth/refresh', method: 'POST', dropRate: 1, times: 1 }])
  await expect(fetchMe()).rejects.toMatchObject({ code: 'NETWORK_ERROR' })
  expect(session.isLoggedIn()).toBe(true)
  sandbox.faults.clear()
  // The retry presents the already-rotated token within the grace window: same new pair, no logout.
  mockNow += 5_000
  const me = await fetchMe()
  expect(me.name).toBe('*大友')
  expect(mockRequests.filter((r) => r.url.endsWith('/auth/refresh') && r.status === 200)).toHaveLength(1)
})

/**
 * A Web Locks LockManager as the spec describes `request(name, callback)`: exclusive per name,
 * granted in request order, held until the callback's promise settles, resolving with its result.
 */
function fakeLockManager() {
  const queues = new Map<string, Array<() => void>>()
  const held = new Set<string>()
  const grantNext = (name: string) => {
    const next = queues.get(name)?.shift()
    if (next) next()
    else held.delete(name)
  }
  return {
    granted: 0,
    request<T>(name: string, callback: (lock: { name: string; mode: 'exclusive' }) => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const run = () => {
          held.add(name)
          this.granted += 1
          callback({ name, mode: 'exclusive' })
            .then(resolve, reject)
            .finally(() => grantNext(name))
        }
        if (held.has(name)) queues.set(name, [...(queues.get(name) ?? []), run])
        else run()
      })
    },
  }
}

test('two H5 tabs with one session refresh once: the second waits for the lock and uses the new tokens', async () => {
  const locks = fakeLockManager()
  Object.defineProperty(globalThis, 'navigator', { value: { locks }, configurable: true })
  try {
    await logIn('resident')
    const before = session.get()!
    // A second tab: its own copy of the modules (its own memory), the same storage and lock manager.
    let tabB!: { client: typeof import('@/api/client'); session: typeof import('@/api/session') }
    jest.isolateModules(() => {
      tabB = { client: jest.requireActual('@/api/client'), session: jest.requireActual('@/api/session') }
    })
    expect(tabB.session.session.get()!.refreshToken).toBe(before.refreshToken)
    mockNow += 16 * 60_000
    const { refreshAccessToken } = await import('@/api/client')
    const [a, b] = await Promise.all([refreshAccessToken(), tabB.client.refreshAccessToken()])
    expect(b).toBe(a)
    expect(locks.granted).toBe(2)
    // One rotation reached the server: the waiting tab found the first tab's tokens in storage.
    expect(mockRequests.filter((r) => r.url.endsWith('/auth/refresh'))).toHaveLength(1)
    expect(tabB.session.session.get()!.refreshToken).toBe(session.get()!.refreshToken)
    expect((await fetchMe()).name).toBe('*大友')
  } finally {
    Reflect.deleteProperty(globalThis, 'navigator')
  }
})
