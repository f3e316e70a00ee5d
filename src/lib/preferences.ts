import { platform } from '@/platform'

// Non-personal preferences: the only other thing (besides the session token)
// that may be kept on the device (PRODUCT.md "Personal data").
export interface Preferences {
  cityCode: string | null
  elderMode: boolean
}

const KEY = 'cs.prefs'
const DEFAULTS: Preferences = { cityCode: null, elderMode: false }
type Listener = () => void
const listeners = new Set<Listener>()
let current: Preferences | null = null

function load(): Preferences {
  const raw = platform.storage.get(KEY)
  if (!raw) return DEFAULTS
  try {
    const parsed = JSON.parse(raw) as Partial<Preferences>
    return {
      cityCode: typeof parsed.cityCode === 'string' && /^\d{6}$/.test(parsed.cityCode) ? parsed.cityCode : null,
      elderMode: parsed.elderMode === true,
    }
  } catch {
    return DEFAULTS
  }
}

export const preferences = {
  get(): Preferences {
    if (!current) current = load()
    return current
  },
  update(patch: Partial<Preferences>): void {
    current = { ...preferences.get(), ...patch }
    platform.storage.set(KEY, JSON.stringify(current))
    listeners.forEach((listener) => listener())
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
  resetCacheForTests(): void {
    current = null
  },
}
