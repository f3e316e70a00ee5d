// Rows → contract shapes. Holder names and numbers are masked here, on the way out.
import type { Certificate, CertificateField, CertificateType } from '../../../contract'
import { cstInstant } from '../../lib/china-time'
import { maskCreditCode, maskIdNumber, maskName, maskPlate } from '../../lib/masking'

export interface CertificateRow {
  id: string
  user_id: string
  type: CertificateType
  holder_name: string
  number: string
  issuer: string
  valid_from: string
  valid_to: string | null
  abnormal_reason: string | null
  trust_level: 1 | 2 | 3
  fields_json: string
  sort_order: number
}

export const TYPE_NAMES: Record<CertificateType, string> = {
  id_card: '居民身份证',
  driving_licence: '机动车驾驶证',
  vehicle_licence: '机动车行驶证',
  social_security_card: '社会保障卡',
  residence_permit: '居住证',
  business_licence: '营业执照',
}

export const TRUST_LABELS: Record<1 | 2 | 3, string> = {
  3: '权威数据（发证机关签发）',
  2: '已核验（部门数据比对）',
  1: '用户申报（未经核验）',
}

const dateMs = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)))
const daysBetween = (from: string, to: string) => Math.round((dateMs(to) - dateMs(from)) / 86_400_000)

/** Certificates expiring within this many days show in the inbox and get a reminder. */
export const EXPIRY_NOTICE_DAYS = 90

function maskNumber(type: CertificateType, number: string): string {
  if (type === 'vehicle_licence') return maskPlate(number)
  if (type === 'business_licence') return maskCreditCode(number)
  return maskIdNumber(number)
}

/** Why a certificate is 异常 today, or null when it is 正常. Expiry is checked against `today`. */
export function abnormalReason(row: CertificateRow, today: string): string | null {
  if (row.abnormal_reason !== null) return row.abnormal_reason
  if (row.valid_to !== null && row.valid_to < today) return '已过期'
  return null
}

/** Days until valid_to when that is within the notice period (0 = expires today), else null. */
export function expiringInDays(row: CertificateRow, today: string): number | null {
  if (row.valid_to === null || row.valid_to < today) return null
  const days = daysBetween(today, row.valid_to)
  return days <= EXPIRY_NOTICE_DAYS ? days : null
}

export function toCertificate(row: CertificateRow, today: string): Certificate {
  const reason = abnormalReason(row, today)
  return {
    id: row.id,
    type: row.type,
    typeName: TYPE_NAMES[row.type],
    // A company's name is public registration data (企业信息公示); people's names are masked.
    holderName: row.type === 'business_licence' ? row.holder_name : maskName(row.holder_name),
    number: maskNumber(row.type, row.number),
    issuer: row.issuer,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    status: reason === null ? 'normal' : 'abnormal',
    statusLabel: reason === null ? '正常' : '异常',
    statusReason: reason,
    expiringInDays: expiringInDays(row, today),
    trustLevel: row.trust_level,
    trustLabel: TRUST_LABELS[row.trust_level],
    fields: JSON.parse(row.fields_json) as CertificateField[],
  }
}

export const POINTS_FIELD = '本周期累积记分'

/**
 * Start of the 驾驶证's current 12-month scoring cycle (记分周期): the latest anniversary of the
 * licence's first issue date (valid_from here) on or before today, at 00:00 China time.
 */
export function scoringCycleStartMs(validFrom: string, today: string): number {
  const [year, month, day] = validFrom.split('-').map(Number)
  const thisYear = Number(today.slice(0, 4))
  const anniversary = `${thisYear}${validFrom.slice(4)}`
  const startYear = anniversary <= today ? thisYear : thisYear - 1
  return cstInstant(Math.max(startYear, year), month, day)
}

/** The certificate with its 本周期累积记分 field set to these points. */
export function withPoints(certificate: Certificate, points: number): Certificate {
  return { ...certificate, fields: certificate.fields.map((f) => (f.label === POINTS_FIELD ? { ...f, value: `${points} 分` } : f)) }
}
