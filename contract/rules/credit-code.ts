// 统一社会信用代码 (GB 32100-2015): 17 characters and a check character, alphabet without I O Z S V.
// The one place the check character is computed (the sandbox seeds 法人 personas with it).

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

export function creditCodeCheckChar(first17: string): string {
  if (first17.length !== 17) throw new Error('first17 must be 17 characters')
  let sum = 0
  for (let i = 0; i < 17; i += 1) {
    const value = ALPHABET.indexOf(first17[i])
    if (value < 0) throw new Error(`invalid character ${first17[i]}`)
    sum += value * WEIGHTS[i]
  }
  return ALPHABET[(31 - (sum % 31)) % 31]
}

export function isValidCreditCode(value: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(value)) return false
  return creditCodeCheckChar(value.slice(0, 17)) === value[17]
}

export function withCreditCheckChar(first17: string): string {
  return first17 + creditCodeCheckChar(first17)
}

/** Drops spaces and upper-cases letters. */
export function normaliseCreditCode(raw: string): string {
  return raw.replace(/\s/g, '').toUpperCase()
}

/** 统一社会信用代码 as typed by a user: null when fine, else the Chinese message. */
export function checkCreditCode(raw: string): string | null {
  const value = normaliseCreditCode(raw)
  if (value === '') return '请输入统一社会信用代码'
  if (value.length !== 18) return `统一社会信用代码为 18 位，您输入了 ${value.length} 位`
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(value)) return '统一社会信用代码由数字和大写字母组成（不含 I、O、Z、S、V），请核对营业执照'
  if (creditCodeCheckChar(value.slice(0, 17)) !== value[17]) return '统一社会信用代码校验位不正确，请逐位核对营业执照'
  return null
}
