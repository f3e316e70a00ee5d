// Input checks shared by the app (inline messages) and the sandbox (the final
// word). Each returns null when the value is fine, else a Chinese message that
// says what to do.

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
