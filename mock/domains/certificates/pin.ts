// 亮证密码: stored as a scrypt record with a random salt per user (mock/lib/secret-hash.ts), verified
// in constant time. Records from before (salted SHA-256 of the user id and the PIN) still verify.
import { hashSecret, verifySecret } from '../../lib/secret-hash'

export const hashPin = (pin: string): string => hashSecret(pin)

export const verifyPin = (stored: string, userId: string, pin: string): boolean =>
  verifySecret(stored, pin, () => `certificate-pin:${userId}:${pin}`)
