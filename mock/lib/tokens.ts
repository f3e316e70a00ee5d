// Opaque bearer tokens. Only their SHA-256 hashes are stored.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'

export function newToken(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex')
}

export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('base64url')}`
}

// Sealing a value under a bearer token: AES-256-GCM with a key derived from the token (a token is
// 256 random bits, so one SHA-256 with a purpose label is an adequate KDF). Only whoever presents
// the token can open what was sealed under it; the database alone reveals nothing.
function sealKey(token: string, purpose: string): Buffer {
  return createHash('sha256').update(`${purpose}\u0000${token}`, 'utf8').digest()
}

export function sealWithToken(token: string, purpose: string, plaintext: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', sealKey(token, purpose), iv)
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')
}

/** The plaintext, or null when the token (or the sealed text) is not the one it was sealed with. */
export function openWithToken(token: string, purpose: string, sealed: string): string | null {
  try {
    const raw = Buffer.from(sealed, 'base64url')
    const decipher = createDecipheriv('aes-256-gcm', sealKey(token, purpose), raw.subarray(0, 12))
    decipher.setAuthTag(raw.subarray(12, 28))
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')
  } catch {
    return null
  }
}
