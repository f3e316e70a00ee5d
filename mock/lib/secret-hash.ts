// Short secrets people type (6-digit case query passwords, certificate PINs) stored with a slow,
// memory-hard KDF: scrypt (node:crypto) with a random salt per record, verified in constant time.
// A 6-digit secret has only 10^6 values, so the KDF cost is what makes a stolen table expensive to
// search; the online guessing limits (cases/lookup.ts, the PIN lock) do the rest.
//
// Encoded as `scrypt$<N>$<r>$<p>$<salt b64url>$<key b64url>` so parameters can change later and
// old records still verify. Records from before (a bare 64-hex SHA-256) verify through `legacy`.
import { createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto'

export interface ScryptParams {
  /** CPU/memory cost, a power of two. Memory used is 128 × N × r bytes. */
  N: number
  r: number
  p: number
  keyLength: number
  saltLength: number
}

/**
 * N = 2^14, r = 8, p = 1: 16 MiB and about 30–80 ms per hash on the 2-core sandbox machines (the
 * interactive-login figure scrypt's author gives is N = 2^14 for < 100 ms). Seeded records carry
 * precomputed hashes, so a fresh database seeds without running the KDF.
 */
export const SECRET_KDF: ScryptParams = { N: 2 ** 14, r: 8, p: 1, keyLength: 32, saltLength: 16 }

/** Stored records are trusted, but a corrupt cost must not exhaust memory. */
const MAX_N = 2 ** 17
const MAXMEM = 256 * 1024 * 1024

function derive(secret: string, salt: Buffer, N: number, r: number, p: number, keyLength: number): Buffer {
  return scryptSync(secret.normalize('NFC'), salt, keyLength, { N, r, p, maxmem: MAXMEM })
}

export function hashSecret(secret: string, params: ScryptParams = SECRET_KDF, salt: Buffer = randomBytes(params.saltLength)): string {
  const key = derive(secret, salt, params.N, params.r, params.p, params.keyLength)
  return `scrypt$${params.N}$${params.r}$${params.p}$${salt.toString('base64url')}$${key.toString('base64url')}`
}

interface Parsed {
  N: number
  r: number
  p: number
  salt: Buffer
  key: Buffer
}

function parse(encoded: string): Parsed | null {
  const parts = encoded.split('$')
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null
  const [N, r, p] = parts.slice(1, 4).map(Number)
  if (![N, r, p].every(Number.isInteger) || N < 2 || N > MAX_N || (N & (N - 1)) !== 0 || r < 1 || r > 32 || p < 1 || p > 16) return null
  const salt = Buffer.from(parts[4], 'base64url')
  const key = Buffer.from(parts[5], 'base64url')
  if (salt.length < 8 || key.length < 16) return null
  return { N, r, p, salt, key }
}

/**
 * Whether `secret` matches the stored record, compared in constant time. `legacy` gives the old
 * SHA-256 input for records written before the KDF (64 hex characters).
 */
export function verifySecret(stored: string, secret: string, legacy?: () => string): boolean {
  if (/^[0-9a-f]{64}$/.test(stored)) {
    if (!legacy) return false
    const given = createHash('sha256').update(legacy(), 'utf8').digest()
    return timingSafeEqual(given, Buffer.from(stored, 'hex'))
  }
  const parsed = parse(stored)
  if (!parsed) return false
  const given = derive(secret, parsed.salt, parsed.N, parsed.r, parsed.p, parsed.key.length)
  return timingSafeEqual(given, parsed.key)
}
