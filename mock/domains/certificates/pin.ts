// 亮证密码: stored as a salted SHA-256 of the user id and the PIN (sandbox; a real deployment would
// use a slow KDF and an HSM-held pepper). Only the hash is kept.
import { hashToken } from '../../lib/tokens'

export const hashPin = (userId: string, pin: string): string => hashToken(`certificate-pin:${userId}:${pin}`)
