// The timing of a showing, on the device's own clock: the server says how long a token lives
// (expiresAt − generatedAt) and the device counts that down from when the answer arrived, so a
// wrong phone clock cannot show a valid code as expired or the reverse.
import type { Presentation } from '@contract'

/** Refresh the QR code this many seconds before its token expires. */
export const REFRESH_AHEAD_SECONDS = 15

export interface ShowingClock {
  /** Local ms when the current token stops being valid. */
  tokenExpiresAt: number
  /** Local ms after which a new token needs the PIN again. */
  windowEndsAt: number
}

export function showingClock(presentation: Presentation, receivedAtMs: number): ShowingClock {
  const generated = Date.parse(presentation.generatedAt)
  return {
    tokenExpiresAt: receivedAtMs + (Date.parse(presentation.expiresAt) - generated),
    windowEndsAt: receivedAtMs + (Date.parse(presentation.showingExpiresAt) - generated),
  }
}

/** Whole seconds left (never negative). */
export function secondsLeft(untilMs: number, nowMs: number): number {
  return Math.max(0, Math.ceil((untilMs - nowMs) / 1000))
}

/** mm:ss */
export function formatCountdown(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}

/** What to do on a tick: keep showing, fetch a new token (no PIN), or ask for the PIN again. */
export function nextStep(clock: ShowingClock, nowMs: number): 'show' | 'refresh' | 'pin' {
  const left = clock.tokenExpiresAt - nowMs
  if (left > REFRESH_AHEAD_SECONDS * 1000) return 'show'
  // A refresh is possible while the window lasts (a little margin for the round trip).
  if (nowMs < clock.windowEndsAt - 2000) return 'refresh'
  return left > 0 ? 'show' : 'pin'
}
