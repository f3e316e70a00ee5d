// Small building blocks for mini-program journeys: a sandbox, a booted app in a
// known state (city chosen, logged in as a persona), and direct API reads to
// compare what the user sees with what the server holds.

import { bootMiniProgram, type BootOptions, type MiniProgram, type Platform } from './harness'
import type { RunningSandbox } from './sandbox'
import type { SessionTokens } from '@contract'

export const HANGZHOU = '330100'
export const PLATFORMS: Platform[] = ['weapp', 'alipay']
/** What the login button says on each platform. */
export const LOGIN_BUTTON: Record<Platform, string> = { weapp: '微信一键登录', alipay: '支付宝一键登录' }
/** The platform API that yields the login code. */
export const LOGIN_API: Record<Platform, string> = { weapp: 'login', alipay: 'getAuthCode' }

/** GET/POST straight to the sandbox (Fastify inject), for expected values. */
export async function api<T>(sandbox: RunningSandbox, method: 'GET' | 'POST', url: string, body?: unknown, token?: string): Promise<T> {
  const res = await sandbox.app.inject({
    method,
    url,
    ...(body !== undefined ? { payload: body as Record<string, unknown> } : {}),
    headers: token ? { authorization: `Bearer ${token}` } : {},
  })
  if (res.statusCode >= 400) throw new Error(`${method} ${url} → ${res.statusCode} ${res.body}`)
  return res.json() as T
}

/** The app's preference entry (cs.prefs) with a city already chosen. */
export function cityChosen(cityCode = HANGZHOU): Record<string, string> {
  return { 'cs.prefs': JSON.stringify({ cityCode, elderMode: false }) }
}

/** A stored session (cs.session) for a persona, created through the sandbox's login endpoint. */
export async function loggedInAs(sandbox: RunningSandbox, platform: Platform, personaId = 'resident'): Promise<Record<string, string>> {
  const tokens = await api<SessionTokens>(sandbox, 'POST', '/api/v1/auth/sessions', { channel: platform, code: `${personaId}:fixture` })
  const { accessToken, accessExpiresAt, refreshToken, refreshExpiresAt } = tokens
  return { 'cs.session': JSON.stringify({ accessToken, accessExpiresAt, refreshToken, refreshExpiresAt }) }
}

export interface LaunchOptions extends Partial<BootOptions> {
  /** Pre-choose a city (default: none — first launch). */
  city?: string
  /** Start logged in as this persona. */
  persona?: string
}

/** Boots the real build against the sandbox in the requested state. */
export async function launch(platform: Platform, sandbox: RunningSandbox, options: LaunchOptions = {}): Promise<MiniProgram> {
  const { city, persona, storage, ...rest } = options
  return bootMiniProgram({
    platform,
    apiOrigin: sandbox.origin,
    ...rest,
    storage: {
      ...(city ? cityChosen(city) : {}),
      ...(persona ? await loggedInAs(sandbox, platform, persona) : {}),
      ...storage,
    },
  })
}

/** Every problem the run recorded that a journey should not have. */
export function problemsOf(mp: MiniProgram): string[] {
  return [
    ...mp.errors.map((e) => `${e.source}: ${(e.error as Error)?.stack ?? String(e.error)}`),
    ...mp.unknownApiCalls.map((c) => `unsimulated API called: ${mp.platform === 'weapp' ? 'wx' : 'my'}.${c.name}`),
    ...mp.contractViolations.map((v) => `contract violation: ${v}`),
  ]
}
