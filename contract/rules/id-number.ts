// 公民身份号码 (GB 11643-1999): 17 digits and an ISO 7064 MOD 11-2 check character. The one place
// the check character is computed: the app's inline check, the sandbox's check and its seed data.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = '10X98765432'

/** The check character for the first 17 digits. */
export function idNumberCheckChar(first17: string): string {
  if (!/^[0-9]{17}$/.test(first17)) throw new Error('first17 must be 17 digits')
  let sum = 0
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * WEIGHTS[i]
  return CHECK_CHARS[sum % 11]
}

/** Completes 17 digits with the check character. */
export function withIdCheckChar(first17: string): string {
  return first17 + idNumberCheckChar(first17)
}

/** A real day of the Gregorian calendar (no 31 February). */
export function isCalendarDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/** Drops spaces and upper-cases the check character x. */
export function normaliseIdNumber(raw: string): string {
  return raw.replace(/\s/g, '').toUpperCase()
}

/** 17 digits, a real birth date from 1900 on, the MOD 11-2 check character; null when fine, else the Chinese message. */
export function checkIdNumber(raw: string): string | null {
  const value = normaliseIdNumber(raw)
  if (value === '') return '请输入公民身份号码'
  if (!/^[0-9]{17}[0-9X]$/.test(value)) return `公民身份号码为 18 位（最后一位可能是 X），您输入了 ${value.length} 位`
  const y = Number(value.slice(6, 10))
  if (y < 1900 || !isCalendarDate(y, Number(value.slice(10, 12)), Number(value.slice(12, 14)))) return '公民身份号码中的出生日期不正确，请核对'
  if (idNumberCheckChar(value.slice(0, 17)) !== value[17]) return '公民身份号码校验位不正确，请逐位核对（最后一位可能是 X）'
  return null
}

/** A well-formed number exactly as stored (no spaces, upper-case X). */
export function isValidIdNumber(value: string): boolean {
  return value === normaliseIdNumber(value) && checkIdNumber(value) === null
}
