// 查询密码 of a case: 6 digits shown once to the applicant; the case stores only its scrypt record
// (mock/lib/secret-hash.ts). Older databases hold salted SHA-256 (case number + password): those
// still verify.
import { hashSecret, SECRET_KDF, verifySecret, type ScryptParams } from '../../lib/secret-hash'

export const QUERY_PASSWORD_KDF: ScryptParams = SECRET_KDF

export function hashQueryPassword(_caseNumber: string, password: string, params: ScryptParams = QUERY_PASSWORD_KDF): string {
  return hashSecret(password, params)
}

export function verifyQueryPassword(stored: string, caseNumber: string, password: string): boolean {
  return verifySecret(stored, password, () => `${caseNumber}:${password}`)
}
