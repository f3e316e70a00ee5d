// Fictional wallets (dates relative to the database's first start). The resident holds 身份证, 驾驶证
// (expiring in 60 days: it shows in the to-do inbox), 行驶证, 社保卡 and an expired 居住证 (异常); the
// elder a 驾驶证 with 12 points reached (异常); the company only its 营业执照; the newcomer nothing.
// Every persona has a 6-digit 亮证密码 (documented in mock/README.md); only its hash is stored.
import type { Db } from '../../db/database'
import { cstDate } from '../../lib/china-time'
import { PERSONAS } from '../auth/seed'
import { SEEDED_PIN_RECORDS } from './seed-pin-records'

const DAY_MS = 24 * 60 * 60 * 1000

/** 亮证密码 per persona (sandbox only). */
export const SEEDED_PINS: Record<string, string> = {
  resident: '135790',
  elder: '246802',
  company: '802468',
  newcomer: '975310',
}

export const SEEDED_CERTIFICATES = {
  residentId: 'cert_resident_id',
  residentDriving: 'cert_resident_driving',
  residentVehicle: 'cert_resident_vehicle',
  residentSocial: 'cert_resident_social',
  residentResidence: 'cert_resident_residence',
  elderId: 'cert_elder_id',
  elderSocial: 'cert_elder_social',
  elderDriving: 'cert_elder_driving',
  companyLicence: 'cert_company_licence',
} as const

interface SeedCert {
  id: string
  persona: string
  type: string
  number: (idNumber: string) => string
  issuer: string
  fromDays: number
  /** Days from the seed day; null = 长期. */
  toDays: number | null
  abnormal?: string
  trust: 1 | 2 | 3
  fields: [string, string][]
}

const own = (idNumber: string) => idNumber

// Display fields are stored as the server shows them: masked like the number (the birth date would
// otherwise give away the digits that 3****************X hides).
const CERTS: SeedCert[] = [
  { id: SEEDED_CERTIFICATES.residentId, persona: 'resident', type: 'id_card', number: own, issuer: '杭州市公安局西湖分局', fromDays: -3 * 365, toDays: 17 * 365, trust: 3,
    fields: [['性别', '男'], ['民族', '汉'], ['出生日期', '1987-**-**'], ['住址', '浙江省杭州市西湖区****']] },
  { id: SEEDED_CERTIFICATES.residentDriving, persona: 'resident', type: 'driving_licence', number: own, issuer: '浙江省杭州市公安局交通警察支队', fromDays: -6 * 365 + 60, toDays: 60, trust: 3,
    fields: [['准驾车型', 'C1'], ['档案编号', '3301****5821'], ['本周期累积记分', '0 分']] },
  { id: SEEDED_CERTIFICATES.residentVehicle, persona: 'resident', type: 'vehicle_licence', number: () => '浙A1B55T', issuer: '浙江省杭州市公安局交通警察支队', fromDays: -4 * 365, toDays: null, trust: 3,
    fields: [['车辆类型', '小型轿车'], ['使用性质', '非营运'], ['检验有效期至', 'INSPECTION']] },
  { id: SEEDED_CERTIFICATES.residentSocial, persona: 'resident', type: 'social_security_card', number: own, issuer: '杭州市人力资源和社会保障局', fromDays: -2 * 365, toDays: 8 * 365, trust: 2,
    fields: [['社保卡号', 'A1****309'], ['发卡银行', '中国工商银行']] },
  { id: SEEDED_CERTIFICATES.residentResidence, persona: 'resident', type: 'residence_permit', number: own, issuer: '上海市公安局徐汇分局', fromDays: -395, toDays: -30, trust: 3,
    fields: [['居住地址', '上海市徐汇区****'], ['签注记录', '已签注 1 次']] },
  { id: SEEDED_CERTIFICATES.elderId, persona: 'elder', type: 'id_card', number: own, issuer: '温州市公安局鹿城分局', fromDays: -8 * 365, toDays: null, trust: 3,
    fields: [['性别', '女'], ['民族', '汉'], ['出生日期', '1950-**-**'], ['住址', '浙江省温州市鹿城区****']] },
  { id: SEEDED_CERTIFICATES.elderSocial, persona: 'elder', type: 'social_security_card', number: own, issuer: '温州市人力资源和社会保障局', fromDays: -5 * 365, toDays: 5 * 365, trust: 3,
    fields: [['社保卡号', 'B2****118'], ['发卡银行', '中国农业银行']] },
  { id: SEEDED_CERTIFICATES.elderDriving, persona: 'elder', type: 'driving_licence', number: own, issuer: '浙江省温州市公安局交通警察支队', fromDays: -3 * 365, toDays: 7 * 365, abnormal: '累积记分已满 12 分', trust: 3,
    fields: [['准驾车型', 'C1'], ['档案编号', '3303****0417'], ['本周期累积记分', '12 分']] },
  { id: SEEDED_CERTIFICATES.companyLicence, persona: 'company', type: 'business_licence', number: own, issuer: '杭州市西湖区市场监督管理局', fromDays: -3 * 365, toDays: null, trust: 3,
    fields: [['类型', '有限责任公司（自然人投资或控股）'], ['法定代表人', '*青禾'], ['注册资本', '伍佰万元整'], ['成立日期', 'FOUNDED']] },
]

export function seed(db: Db, { nowMs }: { nowMs: number }): void {
  const insert = db.prepare(`
    INSERT INTO certificates (id, user_id, type, holder_name, number, issuer, valid_from, valid_to, abnormal_reason, trust_level, fields_json, sort_order)
    VALUES (@id, @user_id, @type, @holder_name, @number, @issuer, @valid_from, @valid_to, @abnormal_reason, @trust_level, @fields_json, @sort_order)`)
  const day = (days: number) => cstDate(nowMs + days * DAY_MS)
  CERTS.forEach((cert, index) => {
    const persona = PERSONAS.find((p) => p.id === cert.persona)!
    const fields = cert.fields.map(([label, value]) => ({
      label,
      value: value === 'INSPECTION' ? day(200) : value === 'FOUNDED' ? day(cert.fromDays) : value,
    }))
    insert.run({
      id: cert.id,
      user_id: persona.userId,
      type: cert.type,
      holder_name: persona.name,
      number: cert.number(persona.idNumber),
      issuer: cert.issuer,
      valid_from: day(cert.fromDays),
      valid_to: cert.toDays === null ? null : day(cert.toDays),
      abnormal_reason: cert.abnormal ?? null,
      trust_level: cert.trust,
      fields_json: JSON.stringify(fields),
      sort_order: index,
    })
  })
  const pin = db.prepare('INSERT INTO certificate_pins (user_id, pin_hash) VALUES (?, ?)')
  for (const persona of PERSONAS) {
    // The documented PIN's precomputed scrypt record: seeding never runs the KDF.
    const record = SEEDED_PINS[persona.id] === undefined ? undefined : SEEDED_PIN_RECORDS[persona.id]
    if (record === undefined && SEEDED_PINS[persona.id] !== undefined) throw new Error(`no PIN record for ${persona.id} (seed-pin-records.ts)`)
    if (record !== undefined) pin.run(persona.userId, record)
  }
  // Two earlier verifications of the resident's 身份证 (before the sandbox's first start).
  const usage = db.prepare('INSERT INTO certificate_usages (id, certificate_id, presentation_id, organisation, verified_at) VALUES (?, ?, NULL, ?, ?)')
  usage.run('cuse_seed_1', SEEDED_CERTIFICATES.residentId, '中国银行杭州西湖支行', nowMs - 12 * DAY_MS)
  usage.run('cuse_seed_2', SEEDED_CERTIFICATES.residentId, '杭州东站铁路售票处', nowMs - 41 * DAY_MS)
}
