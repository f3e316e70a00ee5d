// 电子证照: the user's wallet of e-certificates, showing one (亮证) behind a fresh PIN check with a
// presentation token valid 300 s (encoded in a QR code), verification by a hall clerk (which writes
// the certificate's usage log, 用证记录), and certificate applications whose forms the server declares
// and which open a case (办件). Holder names and numbers are masked by the server.
import { Type, type Static } from '@sinclair/typebox'
import { CityCodeSchema, IsoDateTime, ListOf, StrictObject, StringEnum } from './common'

export const CertificatesProblemCodes = [
  'PIN_INCORRECT',
  'PIN_LOCKED',
  'FRESH_CHECK_REQUIRED',
  'CERTIFICATE_NOT_SHOWABLE',
  'PRESENTATION_NOT_FOUND',
  'PRESENTATION_EXPIRED',
  'APPLICATION_ALREADY_SUBMITTED',
] as const
export type CertificatesProblemCode = (typeof CertificatesProblemCodes)[number]

/** A presentation token (and its QR code) is valid this long. */
export const PRESENTATION_TTL_SECONDS = 300
/** A correct PIN opens a showing window: new tokens need no new PIN until it ends (10 minutes). */
export const SHOWING_WINDOW_SECONDS = 600
/** Wrong PINs in a row that lock showing, and for how long. */
export const PIN_MAX_ATTEMPTS = 5
export const PIN_LOCK_MINUTES = 15
/** Prefix of the QR payload: `cs-cert:1:<token>:<generatedAtMs>`. */
export const QR_PAYLOAD_PREFIX = 'cs-cert:1:'

const DateString = (description: string) =>
  Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$', description })

export const CERTIFICATE_TYPES = [
  'id_card',
  'driving_licence',
  'vehicle_licence',
  'social_security_card',
  'residence_permit',
  'business_licence',
] as const
export const CertificateTypeSchema = StringEnum(CERTIFICATE_TYPES, {
  description: 'id_card 身份证；driving_licence 驾驶证；vehicle_licence 行驶证；social_security_card 社保卡；residence_permit 居住证；business_licence 营业执照',
})
export type CertificateType = Static<typeof CertificateTypeSchema>

export const CertificateStatusSchema = StringEnum(['normal', 'abnormal'] as const, { description: 'normal 正常；abnormal 异常（见 statusReason）' })
export type CertificateStatus = Static<typeof CertificateStatusSchema>

export const CertificateFieldSchema = StrictObject(
  { label: Type.String({ examples: ['准驾车型'] }), value: Type.String({ description: '已脱敏', examples: ['C1'] }) },
  { title: 'CertificateField' },
)
export type CertificateField = Static<typeof CertificateFieldSchema>

export const CertificateSchema = StrictObject(
  {
    id: Type.String({ examples: ['cert_1'] }),
    type: CertificateTypeSchema,
    typeName: Type.String({ examples: ['机动车驾驶证'] }),
    holderName: Type.String({ description: '脱敏持证人，如 *大友（企业名称为公开信息，不脱敏）' }),
    number: Type.String({ description: '脱敏证照号码，如 3****************X' }),
    issuer: Type.String({ description: '发证机关', examples: ['杭州市公安局交通警察支队'] }),
    validFrom: DateString('有效期起'),
    validTo: Type.Union([DateString('有效期止'), Type.Null()], { description: '有效期止；长期有效为 null' }),
    status: CertificateStatusSchema,
    statusLabel: Type.String({ description: '状态文字：正常 / 异常', examples: ['正常'] }),
    statusReason: Type.Union([Type.String(), Type.Null()], { description: '异常原因，如 累积记分已满 12 分、已过期', examples: ['已过期'] }),
    expiringInDays: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], { description: '90 天内到期时为剩余天数，否则为 null' }),
    trustLevel: Type.Integer({ minimum: 1, maximum: 3, description: '可信等级：3 发证机关权威数据；2 经部门核验；1 用户申报' }),
    trustLabel: Type.String({ examples: ['权威数据（发证机关签发）'] }),
    fields: Type.Array(CertificateFieldSchema, { description: '其他证面信息（已脱敏）' }),
  },
  { title: 'Certificate' },
)
export type Certificate = Static<typeof CertificateSchema>

export const CertificateListSchema = ListOf(CertificateSchema, { title: 'CertificateList' })
export type CertificateList = Static<typeof CertificateListSchema>

export const CertificateParamsSchema = StrictObject({ id: Type.String({ minLength: 1, maxLength: 64 }) }, { title: 'CertificateParams' })
export type CertificateParams = Static<typeof CertificateParamsSchema>

export const PresentationCreateBodySchema = StrictObject(
  {
    pin: Type.Optional(Type.String({ maxLength: 12, description: '6 位亮证密码（首次亮证时）' })),
    showingId: Type.Optional(Type.String({ maxLength: 80, description: '亮证会话：密码验证后 10 分钟内刷新二维码无需再次输入密码' })),
  },
  { title: 'PresentationCreateBody' },
)
export type PresentationCreateBody = Static<typeof PresentationCreateBodySchema>

export const PresentationSchema = StrictObject(
  {
    certificateId: Type.String(),
    token: Type.String({ description: '亮证令牌，绑定该证照，300 秒内有效' }),
    qrPayload: Type.String({ description: '二维码内容：cs-cert:1:<token>:<generatedAtMs>' }),
    generatedAt: IsoDateTime(),
    expiresAt: IsoDateTime(),
    showingId: Type.String({ description: '亮证会话编号（仅本次亮证期间在内存中使用，勿存储）' }),
    showingExpiresAt: IsoDateTime({ description: '此后刷新二维码需要重新输入亮证密码' }),
  },
  { title: 'Presentation' },
)
export type Presentation = Static<typeof PresentationSchema>

export const VerificationBodySchema = StrictObject(
  {
    token: Type.String({ minLength: 1, maxLength: 200, description: '扫码所得内容（cs-cert:1:…）或其中的令牌' }),
    organisation: Type.String({ minLength: 2, maxLength: 50, pattern: '\\S', description: '核验单位名称，如 杭州市民中心行政服务大厅' }),
  },
  { title: 'VerificationBody' },
)
export type VerificationBody = Static<typeof VerificationBodySchema>

export const VerificationSchema = StrictObject(
  {
    id: Type.String(),
    organisation: Type.String(),
    verifiedAt: IsoDateTime(),
    generatedAt: IsoDateTime({ description: '二维码生成时间' }),
    expiresAt: IsoDateTime({ description: '二维码失效时间' }),
    certificate: CertificateSchema,
  },
  { title: 'Verification', description: '核验结果：脱敏证照信息' },
)
export type Verification = Static<typeof VerificationSchema>

export const CertificateUsageSchema = StrictObject(
  {
    id: Type.String(),
    organisation: Type.String({ description: '核验单位' }),
    verifiedAt: IsoDateTime(),
  },
  { title: 'CertificateUsage' },
)
export type CertificateUsage = Static<typeof CertificateUsageSchema>

export const CertificateUsageListSchema = ListOf(CertificateUsageSchema, { title: 'CertificateUsageList', description: '用证记录，最新在前' })
export type CertificateUsageList = Static<typeof CertificateUsageListSchema>

// ---- applications ----------------------------------------------------------------------------

export const FORM_FIELD_TYPES = ['text', 'id_number', 'mobile', 'date', 'select', 'address'] as const
export const FormFieldTypeSchema = StringEnum(FORM_FIELD_TYPES, { description: '输入方式' })
export type FormFieldType = Static<typeof FormFieldTypeSchema>

/** Names of the shared validators in contract/rules/validators.ts that a form field may name. */
export const FORM_VALIDATORS = ['chineseName', 'idNumber', 'mobile', 'address', 'pastDate', 'digits12'] as const
export const FormValidatorSchema = StringEnum(FORM_VALIDATORS, { description: '共享校验函数（客户端即时提示，服务端最终校验）' })
export type FormValidator = Static<typeof FormValidatorSchema>

/** The real-name profile (GET /me) items a form field may be filled from. */
export const PROFILE_ITEMS = ['name', 'idNumber', 'mobile'] as const
export const ProfileItemSchema = StringEnum(PROFILE_ITEMS, {
  description:
    '由服务端按申请人实名资料填写（name 姓名；idNumber 公民身份号码；mobile 手机号码）：客户端显示 /me 中的脱敏值，提交时不得发送该项（发送则 400 PREFILLED）',
})
export type ProfileItem = Static<typeof ProfileItemSchema>

export const FormFieldSchema = StrictObject(
  {
    name: Type.String({ pattern: '^[a-zA-Z][a-zA-Z0-9]*$' }),
    label: Type.String({ examples: ['公民身份号码'] }),
    type: FormFieldTypeSchema,
    required: Type.Boolean(),
    validator: Type.Optional(FormValidatorSchema),
    maxLength: Type.Integer({ minimum: 1 }),
    hint: Type.String({ description: '填写说明' }),
    placeholder: Type.Optional(Type.String()),
    options: Type.Optional(Type.Array(StrictObject({ value: Type.String(), label: Type.String() }, { title: 'FormOption' }))),
    fromProfile: Type.Optional(ProfileItemSchema),
  },
  { title: 'FormField' },
)
export type FormField = Static<typeof FormFieldSchema>

export const ApplicationMaterialSchema = StrictObject(
  {
    name: Type.String({ examples: ['居民身份证'] }),
    required: Type.Boolean(),
    note: Type.String({ examples: ['已关联电子证照，免于提交'] }),
  },
  { title: 'ApplicationMaterial' },
)
export type ApplicationMaterial = Static<typeof ApplicationMaterialSchema>

export const PickupHallSchema = StrictObject(
  { id: Type.String(), name: Type.String(), address: Type.String(), opens: Type.String(), closes: Type.String() },
  { title: 'PickupHall' },
)
export type PickupHall = Static<typeof PickupHallSchema>

export const ApplicationTypeSchema = StrictObject(
  {
    id: Type.String({ examples: ['residence_permit_apply'] }),
    name: Type.String({ examples: ['居住证申领'] }),
    description: Type.String(),
    certificateType: CertificateTypeSchema,
    department: Type.String({ description: '受理部门（当前城市）' }),
    kind: StringEnum(['immediate', 'promised'] as const, { description: 'immediate 即办件；promised 承诺件' }),
    promisedWorkingDays: Type.Integer({ minimum: 0, description: '承诺办结时限（工作日）' }),
  },
  { title: 'ApplicationType' },
)
export type ApplicationType = Static<typeof ApplicationTypeSchema>

export const ApplicationTypeListSchema = ListOf(ApplicationTypeSchema, { title: 'ApplicationTypeList' })
export type ApplicationTypeList = Static<typeof ApplicationTypeListSchema>

export const ApplicationTypeQuerySchema = StrictObject({ city: CityCodeSchema }, { title: 'ApplicationTypeQuery' })
export type ApplicationTypeQuery = Static<typeof ApplicationTypeQuerySchema>

export const ApplicationTypeParamsSchema = StrictObject({ typeId: Type.String({ minLength: 1, maxLength: 64 }) }, { title: 'ApplicationTypeParams' })

export const ApplicationFormSchema = StrictObject(
  {
    type: ApplicationTypeSchema,
    cityCode: CityCodeSchema,
    fields: Type.Array(FormFieldSchema),
    materials: Type.Array(ApplicationMaterialSchema),
    halls: Type.Array(PickupHallSchema, { description: '可选的领证大厅（自取）' }),
  },
  { title: 'ApplicationForm', description: '服务端声明的申请表单：字段、校验、材料、领取方式' },
)
export type ApplicationForm = Static<typeof ApplicationFormSchema>

export const ApplicationDeliverySchema = Type.Union(
  [
    StrictObject({ method: Type.Literal('pickup'), hallId: Type.String({ minLength: 1, maxLength: 40 }) }, { title: 'PickupDelivery' }),
    StrictObject(
      {
        method: Type.Literal('ems'),
        recipient: Type.String({ maxLength: 40 }),
        mobile: Type.String({ maxLength: 20 }),
        region: Type.String({ maxLength: 60, description: '省市区，如 浙江省杭州市西湖区' }),
        detail: Type.String({ maxLength: 120, description: '详细地址' }),
      },
      { title: 'EmsDelivery' },
    ),
    StrictObject(
      { method: Type.Literal('ems'), addressId: Type.String({ minLength: 1, maxLength: 60, description: '已保存的收件地址（/me/addresses）' }) },
      { title: 'EmsSavedAddressDelivery' },
    ),
  ],
  { description: '领取方式：pickup 大厅自取；ems 邮寄（新地址由服务端校验，或已保存地址的编号）' },
)
export type ApplicationDelivery = Static<typeof ApplicationDeliverySchema>

export const ApplicationCreateBodySchema = StrictObject(
  {
    typeId: Type.String({ minLength: 1, maxLength: 64 }),
    cityCode: CityCodeSchema,
    fields: Type.Array(StrictObject({ name: Type.String({ maxLength: 40 }), value: Type.String({ maxLength: 200 }) }, { title: 'FormValue' }), {
      maxItems: 30,
    }),
    delivery: ApplicationDeliverySchema,
  },
  { title: 'ApplicationCreateBody' },
)
export type ApplicationCreateBody = Static<typeof ApplicationCreateBodySchema>

const applicationCommon = {
  id: Type.String(),
  typeId: Type.String(),
  typeName: Type.String(),
  department: Type.String(),
  caseNumber: Type.String({ description: '办件编号' }),
  caseId: Type.String({ description: '办件的编号（GET /cases/{id}：查看进度）' }),
  submittedAt: IsoDateTime(),
  promisedWorkingDays: Type.Integer({ minimum: 0 }),
  delivery: Type.String({ description: '领取方式说明（地址已脱敏）', examples: ['大厅自取：杭州市民中心行政服务大厅'] }),
}

export const ApplicationSchema = StrictObject(applicationCommon, { title: 'Application' })
export type Application = Static<typeof ApplicationSchema>

export const ApplicationReceiptSchema = StrictObject(
  { ...applicationCommon, queryPassword: Type.String({ pattern: '^[0-9]{6}$', description: '查询密码，仅此一次返回' }) },
  { title: 'ApplicationReceipt' },
)
export type ApplicationReceipt = Static<typeof ApplicationReceiptSchema>

export const ApplicationParamsSchema = StrictObject({ id: Type.String({ minLength: 1, maxLength: 64 }) }, { title: 'ApplicationParams' })
