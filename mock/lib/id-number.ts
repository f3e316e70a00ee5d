// 公民身份号码 (GB 11643-1999): 17 digits and an ISO 7064 MOD 11-2 check character.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = '10X98765432'

/** The check character for the first 17 digits. */
export function idNumberCheckChar(first17: string): string {
  if (!/^[0-9]{17}$/.test(first17)) throw new Error('first17 must be 17 digits')
  let sum = 0
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * WEIGHTS[i]
  return CHECK_CHARS[sum % 11]
}

function isValidDate(yyyymmdd: string): boolean {
  const y = Number(yyyymmdd.slice(0, 4))
  const m = Number(yyyymmdd.slice(4, 6))
  const d = Number(yyyymmdd.slice(6, 8))
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1900
}

export function isValidIdNumber(value: string): boolean {
  if (!/^[0-9]{17}[0-9X]$/.test(value)) return false
  if (!isValidDate(value.slice(6, 14))) return false
  return idNumberCheckChar(value.slice(0, 17)) === value[17]
}

/** Completes 17 digits with the check character. */
export function withIdCheckChar(first17: string): string {
  return first17 + idNumberCheckChar(first17)
}
