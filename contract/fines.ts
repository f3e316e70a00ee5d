// 交通违法: vehicles bound by users (plate + plate type + the last digits of the engine number or
// VIN that the city requires), their violations (未处理 / 待缴款 / 已缴款) with the late surcharge
// (加处罚款, 行政处罚法 art. 72), and paying a fine by its 决定书编号 without binding the vehicle.
// Fines are paid through the unified payment service (contract/payments.ts, item kind 'fine').
// Money is integer 分. Plates are personal data and are masked by the server (浙A**55T).
import { Type, type Static } from '@sinclair/typebox'
import { CityCodeSchema, IsoDateTime, ListOf, StrictObject, StringEnum } from './common'

export const FinesProblemCodes = [
  'VEHICLE_NOT_FOUND',
  'VEHICLE_ALREADY_BOUND',
  'VEHICLE_LIMIT_REACHED',
  'DECISION_NOT_FOUND',
  'DECISION_ALREADY_PAID',
  // From POST /payments, for an item of kind 'fine':
  'VIOLATION_NOT_PROCESSED',
] as const
export type FinesProblemCode = (typeof FinesProblemCodes)[number]

/** At most this many bound vehicles per user. */
export const MAX_VEHICLES_PER_USER = 5

/** 加处罚款: 3% of the fine per day from the 16th day after the decision was received. */
export const SURCHARGE_FREE_DAYS = 15
export const SURCHARGE_PERCENT_PER_DAY = 3

const FinesDate = (description?: string) =>
  Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$', ...(description ? { description } : {}) })

export const CheckFieldSchema = StringEnum(['engine', 'vin'] as const, {
  title: '核验字段',
  description: 'engine 发动机号（新能源车为电动机号）后几位；vin 车架号（车辆识别代号 VIN）后几位',
})
export type CheckField = Static<typeof CheckFieldSchema>

export const VehicleRuleQuerySchema = StrictObject({ city: CityCodeSchema }, { title: 'VehicleRuleQuery' })
export type VehicleRuleQuery = Static<typeof VehicleRuleQuerySchema>

export const VehicleRuleSchema = StrictObject(
  {
    cityCode: CityCodeSchema,
    field: CheckFieldSchema,
    digits: Type.Integer({ minimum: 1, maximum: 17, description: '需要输入的位数' }),
    hint: Type.String({ description: '中文提示，如 请输入发动机号后 6 位（见行驶证）；位数不对时服务端也返回这句话' }),
  },
  { title: 'VehicleRule', description: '绑定车辆时该城市要求核验的发动机号/车架号后几位' },
)
export type VehicleRule = Static<typeof VehicleRuleSchema>

export const PlateTypeSchema = StrictObject(
  {
    code: Type.String({ description: '号牌种类代码（GA 24.7），如 02 小型汽车' }),
    name: Type.String({ examples: ['小型汽车'] }),
    newEnergy: Type.Boolean({ description: '新能源号牌（省份简称 + 字母 + 6 位）' }),
  },
  { title: 'PlateType' },
)
export type PlateType = Static<typeof PlateTypeSchema>

export const PlateTypeListSchema = ListOf(PlateTypeSchema, { title: 'PlateTypeList' })
export type PlateTypeList = Static<typeof PlateTypeListSchema>

export const VehicleCreateBodySchema = StrictObject(
  {
    plate: Type.String({ title: '车牌号码', minLength: 1, maxLength: 16, description: '空格和“·”会被忽略，字母不区分大小写' }),
    plateType: Type.String({ title: '号牌种类', minLength: 1, maxLength: 8, description: 'GET /fines/plate-types 中的 code' }),
    checkDigits: Type.String({
      title: '发动机号/车架号后几位',
      minLength: 1,
      maxLength: 32,
      description: '位数见 GET /fines/vehicle-rules；字母不区分大小写',
    }),
  },
  { title: 'VehicleCreateBody' },
)
export type VehicleCreateBody = Static<typeof VehicleCreateBodySchema>

export const VehicleIdSchema = Type.String({ title: '车辆编号', pattern: '^veh_[A-Za-z0-9_-]{1,40}$' })

const MaskedPlateSchema = Type.String({ description: '脱敏车牌：保留前 2 位和后 3 位，如 浙A**55T、浙A***345' })

export const VehicleSchema = StrictObject(
  {
    id: VehicleIdSchema,
    plate: MaskedPlateSchema,
    plateType: Type.String(),
    plateTypeName: Type.String(),
    cityCode: CityCodeSchema,
    checkField: CheckFieldSchema,
    boundAt: IsoDateTime(),
    unpaidCount: Type.Integer({ minimum: 0, description: '待缴款违法笔数' }),
    unpaidTotalFen: Type.Integer({ minimum: 0, description: '待缴款违法当前应缴合计（罚款 + 加处罚款，分）' }),
    unprocessedCount: Type.Integer({ minimum: 0, description: '未处理违法笔数' }),
  },
  { title: 'Vehicle', description: '当前用户绑定的车辆（id 是绑定的编号）' },
)
export type Vehicle = Static<typeof VehicleSchema>

export const VehicleListSchema = ListOf(VehicleSchema, { title: 'VehicleList' })
export type VehicleList = Static<typeof VehicleListSchema>

/** Is this plate already bound by me? Asked as soon as the plate is typed, before 确认绑定 (issue 15.11). */
export const VehicleBindingQuerySchema = StrictObject(
  { plate: Type.String({ title: '车牌号码', minLength: 1, maxLength: 16, description: '空格和“·”会被忽略，字母不区分大小写' }) },
  { title: 'VehicleBindingQuery' },
)
export type VehicleBindingQuery = Static<typeof VehicleBindingQuerySchema>

export const VehicleBindingCheckSchema = StrictObject(
  { boundId: Type.Optional(VehicleIdSchema) },
  { title: 'VehicleBindingCheck', description: 'boundId：当前用户已绑定该车牌时为其绑定编号；未绑定时不出现。只看自己的绑定，不透露车辆是否存在' },
)
export type VehicleBindingCheck = Static<typeof VehicleBindingCheckSchema>

export const VehicleParamsSchema = StrictObject({ id: VehicleIdSchema }, { title: 'VehicleParams' })
export type VehicleParams = Static<typeof VehicleParamsSchema>

export const ChargeSchema = StrictObject(
  {
    fineFen: Type.Integer({ minimum: 0, description: '罚款（分）' }),
    surchargeFen: Type.Integer({ minimum: 0, description: '加处罚款（分）：逾期每日 3%，向下取整到分，不超过罚款本身' }),
    totalFen: Type.Integer({ minimum: 0, description: '应缴合计（分）' }),
    overdueDays: Type.Integer({ minimum: 0, description: '计收加处罚款的天数（收到决定书第 16 日起算）' }),
    dailyIncreaseFen: Type.Integer({ minimum: 0, description: '每日加处罚款（罚款的 3%，向下取整到分）' }),
    capped: Type.Boolean({ description: '加处罚款已达罚款数额，不再增长' }),
    nextIncreaseOn: Type.Union([FinesDate(), Type.Null()], { description: '加处罚款下次增长的日期；已封顶或已缴款时为 null' }),
    capReachedOn: FinesDate('加处罚款达到罚款数额的日期'),
    surchargeStartsOn: FinesDate('开始计收加处罚款的日期（收到决定书次日起第 16 日）'),
  },
  { title: 'Charge', description: '应缴金额明细；已缴款时为实际缴纳的金额' },
)
export type Charge = Static<typeof ChargeSchema>

export const ViolationStatusSchema = StringEnum(['unprocessed', 'awaiting_payment', 'paid'] as const, {
  description: 'unprocessed 未处理（需先到交管12123或交警窗口处理）；awaiting_payment 待缴款；paid 已缴款',
})
export type ViolationStatus = Static<typeof ViolationStatusSchema>

export const ViolationIdSchema = Type.String({ title: '违法记录编号', pattern: '^vio_[A-Za-z0-9_-]{1,40}$' })
export const DecisionNumberSchema = Type.String({ pattern: '^[0-9]{16}$', description: '处罚决定书编号（16 位数字）' })

export const ViolationSchema = StrictObject(
  {
    id: ViolationIdSchema,
    vehicleId: VehicleIdSchema,
    plate: MaskedPlateSchema,
    occurredAt: IsoDateTime(),
    place: Type.String(),
    act: Type.String({ examples: ['机动车违反禁止标线指示的'] }),
    code: Type.String({ description: '违法代码', examples: ['1345'] }),
    fineFen: Type.Integer({ minimum: 0 }),
    points: Type.Integer({ minimum: 0, maximum: 12, description: '记分' }),
    status: ViolationStatusSchema,
    decisionNumber: Type.Optional(DecisionNumberSchema),
    decisionReceivedOn: Type.Optional(FinesDate('收到（送达）处罚决定书的日期')),
    charge: Type.Optional(ChargeSchema),
    paidAt: Type.Optional(IsoDateTime()),
    paymentId: Type.Optional(Type.String({ description: '经统一支付缴纳时的支付编号（本人的支付）' })),
    openPaymentId: Type.Optional(
      Type.String({ description: '正在缴费中：本人一笔未完成支付的编号（GET /payments/{id}，可继续支付或取消）' }),
    ),
  },
  { title: 'Violation' },
)
export type Violation = Static<typeof ViolationSchema>

export const ViolationListSchema = StrictObject(
  {
    items: Type.Array(ViolationSchema),
    totalFineFen: Type.Integer({ minimum: 0, description: '待缴款违法的罚款合计（分）' }),
    totalSurchargeFen: Type.Integer({ minimum: 0, description: '待缴款违法的当前加处罚款合计（分）' }),
    totalDueFen: Type.Integer({ minimum: 0, description: '待缴款违法的当前应缴合计（分）' }),
  },
  { title: 'ViolationList' },
)
export type ViolationList = Static<typeof ViolationListSchema>

export const ViolationParamsSchema = StrictObject({ id: ViolationIdSchema }, { title: 'ViolationParams' })
export type ViolationParams = Static<typeof ViolationParamsSchema>

export const DecisionParamsSchema = StrictObject(
  { number: Type.String({ minLength: 1, maxLength: 64, description: '处罚决定书编号（16 位数字，服务端校验）' }) },
  { title: 'DecisionParams' },
)
export type DecisionParams = Static<typeof DecisionParamsSchema>

export const DecisionLookupSchema = StrictObject(
  {
    decisionNumber: DecisionNumberSchema,
    violationId: ViolationIdSchema,
    plate: MaskedPlateSchema,
    occurredAt: Type.Optional(IsoDateTime({ description: '违法时间：仅当查询人已绑定该车辆（车主）时返回' })),
    place: Type.Optional(Type.String({ description: '违法地点：仅当查询人已绑定该车辆（车主）时返回' })),
    act: Type.String(),
    points: Type.Integer({ minimum: 0, maximum: 12 }),
    status: StringEnum(['awaiting_payment', 'paid'] as const),
    charge: ChargeSchema,
  },
  {
    title: 'DecisionLookup',
    description: '按决定书编号查询（无需绑定车辆）；查询后即可用 kind fine + violationId 缴款。非车主只看到缴款所需：金额、违法行为、打码车牌',
  },
)
export type DecisionLookup = Static<typeof DecisionLookupSchema>

// ---------------------------------------------------------------------------------------------
// Sandbox-only admin API (/__admin/fines): issue a violation for a registered plate (it shows in
// the to-do inbox of whoever bound the vehicle). Not part of the platform.

export const AdminViolationCreateBodySchema = StrictObject(
  {
    plate: Type.String({ minLength: 1, maxLength: 16 }),
    status: Type.Optional(StringEnum(['unprocessed', 'awaiting_payment'] as const, { default: 'awaiting_payment' })),
    fineFen: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000_000, default: 20000 })),
    points: Type.Optional(Type.Integer({ minimum: 0, maximum: 12, default: 3 })),
    act: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    code: Type.Optional(Type.String({ pattern: '^[0-9]{4,5}$' })),
    place: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    receivedDaysAgo: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 3650, default: 0, description: '决定书在几天前送达（用于演示加处罚款）' }),
    ),
  },
  { title: 'AdminViolationCreateBody' },
)
export type AdminViolationCreateBody = Static<typeof AdminViolationCreateBodySchema>

export const AdminViolationSchema = StrictObject(
  {
    id: ViolationIdSchema,
    plate: Type.String({ description: '完整车牌（仅沙箱管理接口）' }),
    status: ViolationStatusSchema,
    fineFen: Type.Integer({ minimum: 0 }),
    points: Type.Integer({ minimum: 0 }),
    occurredAt: IsoDateTime(),
    decisionNumber: Type.Optional(DecisionNumberSchema),
    decisionReceivedOn: Type.Optional(FinesDate()),
  },
  { title: 'AdminViolation' },
)
export type AdminViolation = Static<typeof AdminViolationSchema>
