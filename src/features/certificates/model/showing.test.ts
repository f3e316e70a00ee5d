import type { Presentation } from '@contract'
import { REFRESH_AHEAD_SECONDS, formatCountdown, nextStep, secondsLeft, showingClock } from './showing'

const presentation = (generatedAt: string): Presentation => {
  const g = Date.parse(generatedAt)
  return {
    certificateId: 'cert_1',
    token: 'x'.repeat(24),
    qrPayload: `cs-cert:1:${'x'.repeat(24)}:${g}`,
    generatedAt,
    expiresAt: new Date(g + 300_000).toISOString(),
    showingId: 'shw_1',
    showingExpiresAt: new Date(g + 600_000).toISOString(),
  }
}

test('counts down on the device clock, whatever the server’s clock says', () => {
  // The phone is 3 hours off: the code still lives 300 s from when it arrived.
  const received = Date.parse('2026-11-27T12:00:00Z')
  const clock = showingClock(presentation('2026-11-27T09:00:00Z'), received)
  expect(clock).toEqual({ tokenExpiresAt: received + 300_000, windowEndsAt: received + 600_000 })
  expect(secondsLeft(clock.tokenExpiresAt, received)).toBe(300)
  expect(secondsLeft(clock.tokenExpiresAt, received + 299_001)).toBe(1)
  expect(secondsLeft(clock.tokenExpiresAt, received + 400_000)).toBe(0)
  expect(formatCountdown(300)).toBe('5:00')
  expect(formatCountdown(59)).toBe('0:59')
})

test('refreshes before expiry while the window lasts, then asks for the PIN', () => {
  const clock = { tokenExpiresAt: 300_000, windowEndsAt: 600_000 }
  expect(nextStep(clock, 0)).toBe('show')
  expect(nextStep(clock, 300_000 - REFRESH_AHEAD_SECONDS * 1000 - 1)).toBe('show')
  expect(nextStep(clock, 300_000 - REFRESH_AHEAD_SECONDS * 1000)).toBe('refresh')
  // The second token (285 s → 585 s) is refreshed at 570 s, inside the window.
  expect(nextStep({ tokenExpiresAt: 585_000, windowEndsAt: 600_000 }, 570_000)).toBe('refresh')
  // The third (570 s → 870 s) outlives the window: shown to its end, then the PIN again.
  const third = { tokenExpiresAt: 870_000, windowEndsAt: 600_000 }
  expect(nextStep(third, 855_000)).toBe('show')
  expect(nextStep(third, 869_999)).toBe('show')
  expect(nextStep(third, 870_000)).toBe('pin')
})
