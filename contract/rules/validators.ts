// Input checks shared by the app (inline messages) and the sandbox (the final
// word). Each returns null when the value is fine, else a Chinese message that
// says what to do. Pure: no TypeBox, no Node or platform API (the app bundles it).
import { checkIdNumber, isCalendarDate } from './id-number'

const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼'
// GA 36-2018: serial characters are digits and letters except I and O.
const SERIAL = '[A-HJ-NP-Z0-9]'
const AUTHORITY = '[A-HJ-NP-Z]'

/** Upper-cases and drops spaces and the separator dot people type ("浙A·12345"). */
export function normalisePlate(raw: string): string {
  return raw.replace(/[\s·.-]/g, '').toUpperCase()
}

/**
 * A motor vehicle plate: province + issuing-authority letter + 5 characters, or
 * 6 for new-energy plates (D/F first or last: 浙AD12345, 浙A12345D).
 */
export function checkPlate(raw: string, options: { newEnergy?: boolean } = {}): string | null {
  const plate = normalisePlate(raw)
  if (plate === '') return '请输入车牌号码'
  if (!PROVINCES.includes(plate[0])) return '车牌第一位应为省份简称，如“浙”'
  if (!new RegExp(`^.${AUTHORITY}`).test(plate)) return '车牌第二位应为发证机关字母（不含 I、O），如“浙A”'
  if (/[IO]/.test(plate.slice(1))) return '车牌号码中不使用字母 I 和 O，请核对是否为数字 1 或 0'
  const rest = plate.slice(2)
  const standard = new RegExp(`^${SERIAL}{5}$`).test(rest)
  const newEnergy = /^[DF][A-HJ-NP-Z0-9][0-9]{4}$/.test(rest) || /^[0-9]{5}[DF]$/.test(rest)
  if (options.newEnergy === true) return newEnergy ? null : '新能源车牌为省份简称 + 字母 + 6 位，如 浙AD12345'
  if (options.newEnergy === false) return standard ? null : '车牌为省份简称 + 字母 + 5 位，如 浙A12345'
  return standard || newEnergy ? null : '车牌为省份简称 + 字母 + 5 位（新能源车 6 位），如 浙A12345'
}

/** 行政处罚决定书编号: 16 digits. */
export function checkDecisionNumber(raw: string): string | null {
  const value = raw.replace(/\s/g, '')
  if (value === '') return '请输入处罚决定书编号'
  if (!/^[0-9]+$/.test(value)) return '决定书编号只含数字，见决定书右上角'
  if (value.length !== 16) return `决定书编号为 16 位数字，您输入了 ${value.length} 位`
  return null
}

/** 非税缴款码 on a payment notice: 20 digits. */
export function checkPaymentCode(raw: string): string | null {
  const value = raw.replace(/\s/g, '')
  if (value === '') return '请输入缴款码'
  if (!/^[0-9]+$/.test(value)) return '缴款码只含数字，见缴款通知书'
  if (value.length !== 20) return `缴款码为 20 位数字，您输入了 ${value.length} 位`
  return null
}

// ---- application forms (certificate applications): the server names one of these per field ----

export { checkIdNumber, normaliseIdNumber } from './id-number'

/** A mainland mobile number: 11 digits starting 13–19. */
export function checkMobile(raw: string): string | null {
  const value = raw.replace(/[\s-]/g, '')
  if (value === '') return '请输入手机号码'
  if (!/^[0-9]+$/.test(value)) return '手机号码只含数字'
  if (!/^1[3-9][0-9]{9}$/.test(value)) return '请输入以 1 开头的 11 位手机号码'
  return null
}

/** A person's name as on the ID card: 2–20 Chinese characters (a middle dot · allowed). */
export function checkChineseName(raw: string): string | null {
  const value = raw.trim()
  if (value === '') return '请输入姓名'
  if (!/^[\u3400-\u9fff\uf900-\ufaff]+([·•][\u3400-\u9fff\uf900-\ufaff]+)*$/.test(value)) return '请输入与身份证一致的中文姓名'
  if (Array.from(value).length < 2 || Array.from(value).length > 20) return '姓名为 2–20 个汉字'
  return null
}

/** An address: province/city/district and street detail in one string, 8–100 characters with a number. */
export function checkAddress(raw: string): string | null {
  const value = raw.trim()
  if (value === '') return '请输入地址'
  const length = Array.from(value).length
  if (length < 8) return '地址太短，请写到街道、门牌号和室号'
  if (length > 100) return '地址不超过 100 个字'
  if (!/[\u4e00-\u9fff]/.test(value)) return '请用中文填写地址'
  if (!/[0-9０-９一二三四五六七八九十百]+\s*[号幢栋室弄]/.test(value)) return '请写明门牌号或室号，如 文三路 100 号 2 幢 301 室'
  return null
}

/** The region part of a postal address (省/市/区县): 4–50 characters ending in 省、市、区、县 or 旗. */
export function checkRegion(raw: string): string | null {
  const value = raw.trim()
  if (value === '') return '请输入所在地区'
  if (Array.from(value).length < 4 || Array.from(value).length > 50 || !/[省市区县旗]$/.test(value)) return '请写明省、市、区县，如 浙江省杭州市西湖区'
  return null
}

/** A date 'YYYY-MM-DD' that is not after `today`. */
export function checkPastDate(raw: string, today: string): string | null {
  const value = raw.trim()
  if (value === '') return '请输入日期'
  const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(value)
  if (!m || !isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) return '请按 年-月-日 填写，如 2024-03-01'
  if (value > today) return '日期不能晚于今天'
  if (Number(m[1]) < 1900) return '日期不正确，请核对'
  return null
}

/** 12 digits, e.g. a 驾驶证档案编号. */
export function checkDigits12(raw: string): string | null {
  const value = raw.replace(/\s/g, '')
  if (value === '') return '请输入编号'
  if (!/^[0-9]{12}$/.test(value)) return `应为 12 位数字，您输入了 ${value.length} 位`
  return null
}

/** The validators a server-declared form field may name (FormField.validator). */
export const FORM_FIELD_CHECKS: Record<string, (value: string, today: string) => string | null> = {
  chineseName: (value) => checkChineseName(value),
  idNumber: (value) => checkIdNumber(value),
  mobile: (value) => checkMobile(value),
  address: (value) => checkAddress(value),
  pastDate: (value, today) => checkPastDate(value, today),
  digits12: (value) => checkDigits12(value),
}
