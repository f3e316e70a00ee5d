// A 户号 against the provider's declared format: the app checks inline so the user hears what is
// wrong before the server is asked; the sandbox normalises the same way and checks again.
import type { AccountFormat } from '../utilities'

/**
 * Strips spaces and hyphens people copy from paper bills ("3301 2345 67") and upper-cases letters
 * (a prefix typed "df" is the provider's "DF"): both sides compare the same string.
 */
export function normaliseAccountNumber(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase()
}

/** null when the number fits the format, else the Chinese message to show. */
export function checkAccountNumber(raw: string, format: Pick<AccountFormat, 'length' | 'prefix' | 'pattern' | 'hint'>): string | null {
  const value = normaliseAccountNumber(raw)
  if (value === '') return '请输入户号'
  if (!/^[0-9A-Za-z]+$/.test(value)) return `户号只含数字或字母。${format.hint}`
  if (value.length !== format.length) return `户号应为 ${format.length} 位，您输入了 ${value.length} 位。${format.hint}`
  if (format.prefix && !value.startsWith(format.prefix)) return `户号应以 ${format.prefix} 开头。${format.hint}`
  if (!new RegExp(`^(?:${format.pattern})$`).test(value)) return format.hint
  return null
}
