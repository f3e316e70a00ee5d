import type { SessionTokens } from '@contract'
import { platform } from '@/platform'

// The session token is the only user-linked thing we keep on the device
// (PRODUCT.md "Personal data"): never the profile, which is re-read from /me.

export interface StoredSession {
  accessToken: string
  accessExpiresAt: string
  refreshToken: string
  refreshExpiresAt: string
}

const KEY = 'cs.session'
type Listener = () => void
const listeners = new Set<Listener>()
let current: StoredSession | null | undefined

function read(): StoredSession | null {
  const raw = platform.storage.get(KEY)
  if (!raw) return null
  try {
    const parsed = JSON.parse(raw) as Partial<StoredSession>
    if (parsed.accessToken && parsed.refreshToken && parsed.accessExpiresAt && parsed.refreshExpiresAt) {
      return parsed as StoredSession
    }
  } catch {
    // A corrupt entry is treated as logged out.
  }
  platform.storage.remove(KEY)
  return null
}

export const session = {
  get(): StoredSession | null {
    if (current === undefined) current = read()
    return current
  },
  save(tokens: SessionTokens | StoredSession): void {
    current = {
      accessToken: tokens.accessToken,
      accessExpiresAt: tokens.accessExpiresAt,
      refreshToken: tokens.refreshToken,
      refreshExpiresAt: tokens.refreshExpiresAt,
    }
    platform.storage.set(KEY, JSON.stringify(current))
    listeners.forEach((listener) => listener())
  },
  clear(): void {
    current = null
    platform.storage.remove(KEY)
    listeners.forEach((listener) => listener())
  },
  isLoggedIn(): boolean {
    return session.get() !== null
  },
  /** Access token expired (or about to, within skewMs) by the device clock. */
  accessExpired(now = Date.now(), skewMs = 20_000): boolean {
    const stored = session.get()
    return !stored || Date.parse(stored.accessExpiresAt) - skewMs <= now
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
  /**
   * Re-reads storage (another tab may have refreshed the tokens); tells listeners when the tokens
   * changed underneath.
   */
  reload(): StoredSession | null {
    const before = current
    current = read()
    if (before !== undefined && JSON.stringify(before) !== JSON.stringify(current)) listeners.forEach((listener) => listener())
    return current
  },
  /** Tests only: forget the in-memory copy so the next get() re-reads storage. */
  resetCacheForTests(): void {
    current = undefined
  },
}
