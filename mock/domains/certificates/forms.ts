// Certificate applications: the types, the form each declares (fields with their validator names,
// materials, pick-up halls), and the server's validation of a submission. The client renders the
// declared form and checks inline with the same validators (contract/rules/validators.ts); the server
// checks everything again and answers every field error at once.
import type { ApplicationCreateBody, ApplicationForm, ApplicationType, FieldError, FormField, ApplicationMaterial } from '../../../contract'
import { hallById, hallsOf } from '../../data/halls'
import { cstDate } from '../../lib/china-time'
import { maskMobile, maskName } from '../../lib/masking'
import {
  FORM_FIELD_CHECKS,
  checkAddress,
  checkChineseName,
  checkMobile,
  checkRegion,
  normaliseIdNumber,
} from '../../../contract/rules/validators'
import { itemPromisedDays } from '../catalogue'
import { CITIES } from '../catalogue/data/cities'

interface TypeDefinition {
  id: string
  name: string
  description: string
  certificateType: ApplicationType['certificateType']
  department: (cityName: string) => string
  kind: ApplicationType['kind']
  /** The catalogue item this form applies for: its guide holds the time limit (承诺时限). */
  catalogueItem: string
  promisedWorkingDays: number
  fields: FormField[]
  materials: ApplicationMaterial[]
}

/** The applicant's own name, ID number and mobile: filled by the server from the real-name profile, never typed. */
const PERSON_FIELDS: FormField[] = [
  { name: 'name', label: '姓名', type: 'text', required: true, validator: 'chineseName', maxLength: 20, hint: '按您的实名认证信息填写', fromProfile: 'name' },
  { name: 'idNumber', label: '公民身份号码', type: 'id_number', required: true, validator: 'idNumber', maxLength: 22, hint: '按您的实名认证信息填写', fromProfile: 'idNumber' },
  { name: 'mobile', label: '手机号码', type: 'mobile', required: true, validator: 'mobile', maxLength: 13, hint: '实名手机号，用于接收办理进度短信', fromProfile: 'mobile' },
]

/** The applicant's real-name profile (unmasked: server side only). */
export interface ApplicantProfile {
  kind: 'person' | 'legal'
  name: string
  idNumber: string
  mobile: string
}

/** 居住证暂行条例 art. 9: a residence permit needs half a year of residence. */
const RESIDENCE_MONTHS = 6

const TYPES: TypeDefinition[] = [
  {
    id: 'residence_permit_apply',
    name: '居住证申领',
    description: '在本市居住满半年、有合法稳定就业、住所或连续就读的，可申领居住证。',
    certificateType: 'residence_permit',
    department: (city) => `${city}公安局`,
    kind: 'promised',
    catalogueItem: 'jzz-sl',
    get promisedWorkingDays() {
      return itemPromisedDays(this.catalogueItem)
    },
    fields: [
      ...PERSON_FIELDS,
      { name: 'address', label: '居住地址', type: 'address', required: true, validator: 'address', maxLength: 100, hint: '在本市的实际居住地址，写到门牌号和室号', placeholder: '如 西湖区文三路 100 号 2 幢 301 室' },
      { name: 'since', label: '居住起始日期', type: 'date', required: true, validator: 'pastDate', maxLength: 10, hint: '按 年-月-日 填写；需已在本市居住满半年', placeholder: '如 2024-03-01' },
      {
        name: 'reason',
        label: '居住事由',
        type: 'select',
        required: true,
        maxLength: 10,
        hint: '请选择一项',
        options: [
          { value: 'work', label: '就业' },
          { value: 'study', label: '就读' },
          { value: 'family', label: '投亲' },
          { value: 'other', label: '其他' },
        ],
      },
    ],
    materials: [
      { name: '居民身份证', required: true, note: '已关联电子证照的，免于提交' },
      { name: '居住登记凭证或房屋租赁合同', required: true, note: '领证时在大厅出示原件' },
      { name: '近期免冠白底证件照', required: true, note: '可在大厅现场免费采集' },
    ],
  },
  {
    id: 'driving_licence_renewal',
    name: '驾驶证期满换证',
    description: '机动车驾驶证有效期满前 90 日内，可申请换领新证。',
    certificateType: 'driving_licence',
    department: (city) => `${city}公安局交通警察支队`,
    kind: 'promised',
    catalogueItem: 'jsz-hz',
    get promisedWorkingDays() {
      return itemPromisedDays(this.catalogueItem)
    },
    fields: [
      ...PERSON_FIELDS,
      { name: 'fileNumber', label: '档案编号', type: 'text', required: true, validator: 'digits12', maxLength: 14, hint: '驾驶证副页上的 12 位档案编号', placeholder: '12 位数字' },
      {
        name: 'healthCheck',
        label: '身体条件证明',
        type: 'select',
        required: true,
        maxLength: 10,
        hint: '已在指定医院体检的，医院电子回传结果',
        options: [
          { value: 'hospital', label: '已在指定医院体检' },
          { value: 'hall', label: '到大厅现场体检' },
        ],
      },
    ],
    materials: [
      { name: '机动车驾驶证', required: true, note: '已关联电子证照的，免于提交' },
      { name: '身体条件证明', required: true, note: '指定医院电子回传，或到大厅现场体检' },
      { name: '近期免冠白底证件照', required: true, note: '可使用体检时采集的照片' },
    ],
  },
]

export const cityName = (cityCode: string) => CITIES.find((c) => c.code === cityCode)?.name

export const typeDefinition = (id: string) => TYPES.find((t) => t.id === id)

export function toApplicationType(def: TypeDefinition, cityCode: string): ApplicationType {
  return {
    id: def.id,
    name: def.name,
    description: def.description,
    certificateType: def.certificateType,
    department: def.department(cityName(cityCode) ?? ''),
    kind: def.kind,
    promisedWorkingDays: def.promisedWorkingDays,
  }
}

export const applicationTypes = (cityCode: string) => TYPES.map((def) => toApplicationType(def, cityCode))

export function applicationForm(def: TypeDefinition, cityCode: string): ApplicationForm {
  return {
    type: toApplicationType(def, cityCode),
    cityCode,
    fields: def.fields,
    materials: def.materials,
    halls: hallsOf(cityCode).map((h) => ({ id: h.id, name: h.name, address: h.address, opens: h.opens, closes: h.closes })),
  }
}

export interface ValidApplication {
  values: Record<string, string>
  /** For createCase(). */
  delivery: { method: 'pickup'; hallName: string } | { method: 'ems'; address: string }
  /** Shown to the applicant (masked). */
  deliveryText: string
}

const monthsBefore = (today: string, months: number) => {
  const [y, m, d] = today.split('-').map(Number)
  const date = new Date(Date.UTC(y, m - 1 - months, d))
  return date.toISOString().slice(0, 10)
}

export interface SavedAddress {
  recipient: string
  mobile: string
  region: string
  detail: string
}

/**
 * Every field error of a submission (Chinese messages), or the normalised values. `savedAddress`
 * finds one of the applicant's saved addresses (EMS to an address from /me/addresses).
 */
export function validateApplication(
  def: TypeDefinition,
  body: ApplicationCreateBody,
  nowMs: number,
  profile: ApplicantProfile,
  savedAddress: (id: string) => SavedAddress | undefined = () => undefined,
): { errors: FieldError[] } | { ok: ValidApplication } {
  const errors: FieldError[] = []
  const today = cstDate(nowMs)
  const given = new Map<string, string>()
  for (const { name, value } of body.fields) {
    if (!def.fields.some((f) => f.name === name)) errors.push({ field: `fields.${name}`, code: 'UNKNOWN_FIELD', message: `表单中没有“${name}”这一项` })
    else if (def.fields.some((f) => f.name === name && f.fromProfile !== undefined)) {
      errors.push({ field: `fields.${name}`, code: 'PREFILLED', message: '该项按您的实名认证信息自动填写，无需提交' })
    } else if (given.has(name)) errors.push({ field: `fields.${name}`, code: 'INVALID', message: '同一项只能填写一次' })
    else given.set(name, value)
  }
  if (def.fields.some((f) => f.fromProfile !== undefined) && profile.kind !== 'person') {
    errors.push({ field: 'typeId', code: 'INVALID', message: '该事项须以个人身份申请，请使用个人账号登录后办理' })
    return { errors }
  }
  for (const field of def.fields) if (field.fromProfile !== undefined) given.set(field.name, profile[field.fromProfile])
  const values: Record<string, string> = {}
  for (const field of def.fields) {
    const key = `fields.${field.name}`
    const raw = (given.get(field.name) ?? '').trim()
    if (raw === '') {
      if (field.required) errors.push({ field: key, code: 'REQUIRED', message: field.type === 'select' ? `请选择${field.label}` : `请填写${field.label}` })
      continue
    }
    if (Array.from(raw).length > field.maxLength) {
      errors.push({ field: key, code: 'MAX_LENGTH', message: `${field.label}不超过 ${field.maxLength} 个字` })
      continue
    }
    if (field.options && !field.options.some((o) => o.value === raw)) {
      errors.push({ field: key, code: 'ENUM', message: `请从选项中选择${field.label}` })
      continue
    }
    const message = field.validator ? FORM_FIELD_CHECKS[field.validator](raw, today) : null
    if (message !== null) {
      errors.push({ field: key, code: 'PATTERN', message })
      continue
    }
    values[field.name] = field.type === 'id_number' ? normaliseIdNumber(raw) : field.type === 'mobile' ? raw.replace(/[\s-]/g, '') : raw
  }
  if (def.id === 'residence_permit_apply' && values.since && values.since > monthsBefore(today, RESIDENCE_MONTHS)) {
    errors.push({ field: 'fields.since', code: 'INVALID', message: `申领居住证需在本市居住满半年（居住起始日期应不晚于 ${monthsBefore(today, RESIDENCE_MONTHS)}）` })
  }

  let delivery: ValidApplication['delivery'] | null = null
  let deliveryText = ''
  if (body.delivery.method === 'pickup') {
    const hall = hallById(body.delivery.hallId)
    if (!hall || hall.cityCode !== body.cityCode) errors.push({ field: 'delivery.hallId', code: 'ENUM', message: '请选择本市的领证大厅' })
    else {
      delivery = { method: 'pickup', hallName: `${hall.name}（${hall.address}）` }
      deliveryText = `大厅自取：${hall.name}`
    }
  } else {
    const saved = 'addressId' in body.delivery ? savedAddress(body.delivery.addressId) : undefined
    if ('addressId' in body.delivery && saved === undefined) errors.push({ field: 'delivery.addressId', code: 'ENUM', message: '请选择您保存的收件地址，或填写新地址' })
    const { recipient, mobile, region, detail } = 'addressId' in body.delivery ? saved ?? { recipient: '', mobile: '', region: '', detail: '' } : body.delivery
    const checks: [string, string | null][] = [
      ['recipient', checkChineseName(recipient) && (recipient.trim() === '' ? '请填写收件人' : '请填写收件人的中文姓名')],
      ['mobile', checkMobile(mobile)],
      ['region', checkRegion(region)],
      ['detail', checkAddress(detail)],
    ]
    if (!('addressId' in body.delivery)) {
      for (const [name, message] of checks) if (message !== null) errors.push({ field: `delivery.${name}`, code: 'PATTERN', message })
    } else if (saved !== undefined && checks.some(([, message]) => message !== null)) {
      errors.push({ field: 'delivery.addressId', code: 'INVALID', message: '该收件地址不完整，请修改后再选，或填写新地址' })
    }
    if (errors.length === 0 && checks.every(([, message]) => message === null)) {
      delivery = { method: 'ems', address: `${region.trim()}${detail.trim()}（${recipient.trim()} ${mobile.replace(/[\s-]/g, '')}）` }
      deliveryText = `EMS 邮寄：${maskName(recipient)} ${maskMobile(mobile.replace(/[\s-]/g, ''))} ${region.trim()}****`
    }
  }
  if (errors.length > 0 || delivery === null) return { errors }
  return { ok: { values, delivery, deliveryText } }
}
