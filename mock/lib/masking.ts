// Personal data is masked by the server before it leaves it (PRODUCT.md, "Personal data").
// Every helper works on code points, so Chinese names and rare characters are handled correctly.

const STAR = '*'

function chars(value: string): string[] {
  return Array.from(value.trim())
}

/** 王大友 → *大友; 李娜 → *娜; a single character becomes *. */
export function maskName(name: string): string {
  const c = chars(name)
  if (c.length === 0) return ''
  if (c.length === 1) return STAR
  return STAR + c.slice(1).join('')
}

/** Keeps the first and the last character: 33010619870515123X → 3****************X. */
export function maskIdNumber(idNumber: string): string {
  const c = chars(idNumber)
  if (c.length <= 2) return STAR.repeat(c.length)
  return c[0] + STAR.repeat(c.length - 2) + c[c.length - 1]
}

/** 统一社会信用代码 is masked like an ID number: 9****************X. */
export const maskCreditCode = maskIdNumber

/** 13757179050 → 137****9050. Other lengths keep at most a third at each end. */
export function maskMobile(mobile: string): string {
  const c = chars(mobile)
  if (c.length === 11) return c.slice(0, 3).join('') + '****' + c.slice(7).join('')
  const keep = Math.floor(c.length / 3)
  if (keep === 0) return STAR.repeat(c.length)
  return c.slice(0, keep).join('') + STAR.repeat(c.length - 2 * keep) + c.slice(c.length - keep).join('')
}

/** 浙A12355T → 浙A**55T: province and letter, then stars, then the last three characters. */
export function maskPlate(plate: string): string {
  const c = chars(plate)
  if (c.length <= 5) return c.slice(0, 2).join('') + STAR.repeat(Math.max(0, c.length - 2))
  return c.slice(0, 2).join('') + STAR.repeat(c.length - 5) + c.slice(c.length - 3).join('')
}

/** Bank cards show only the last four digits: ****6789. */
export function maskBankCard(cardNumber: string): string {
  const digits = cardNumber.replace(/\D/g, '')
  return '****' + digits.slice(-4)
}
