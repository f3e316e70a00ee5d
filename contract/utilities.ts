// 生活缴费: utility providers per city, household accounts (户号) bound by users, and their bills.
// Bills are paid through the unified payment service (contract/payments.ts, item kind 'bill').
// Money is integer 分. The 户号 is not personal data; the holder's name and address are, and are
// masked by the server.
import { Type, type Static } from '@sinclair/typebox'
import { CityCodeSchema, IsoDateTime, ListOf, StrictObject, StringEnum } from './common'

export const UtilitiesProblemCodes = [
  'ACCOUNT_NOT_FOUND',
  'ACCOUNT_ALREADY_BOUND',
  'ACCOUNT_LIMIT_REACHED',
  // Sandbox admin only:
  'BILL_ALREADY_ISSUED',
  'BILL_ALREADY_PAID',
] as const
export type UtilitiesProblemCode = (typeof UtilitiesProblemCodes)[number]

/** At most this many bound household accounts per user. */
export const MAX_ACCOUNTS_PER_USER = 10

/** Label given to a binding when none is sent. */
export const DEFAULT_ACCOUNT_LABEL = '家里'

export const UtilityTypeSchema = StringEnum(['water', 'electricity', 'gas'] as const, {
  title: '缴费类型',
  description: 'water 水费，electricity 电费，gas 燃气费',
})
export type UtilityType = Static<typeof UtilityTypeSchema>

export const ProviderIdSchema = Type.String({
  title: '缴费单位',
  pattern: '^[0-9]{6}-(water|electricity|gas)-[0-9]{1,2}$',
  'x-hint': '请从列表中选择缴费单位',
  examples: ['330100-water-1'],
})

export const AccountFormatSchema = StrictObject(
  {
    length: Type.Integer({ minimum: 8, maximum: 12, description: '户号总位数（含前缀）' }),
    prefix: Type.String({ description: '户号固定前缀，没有时为空字符串' }),
    pattern: Type.String({ description: '户号的正则表达式源码（含 ^ 和 $），如 ^3[0-9]{9}$' }),
    hint: Type.String({ description: '中文说明：户号的格式和在账单上的位置；格式不对时服务端也返回这句话' }),
    example: Type.String({ description: '符合格式的示例户号（不是真实户号）' }),
  },
  { title: 'AccountFormat' },
)
export type AccountFormat = Static<typeof AccountFormatSchema>

export const ProviderSchema = StrictObject(
  {
    id: ProviderIdSchema,
    name: Type.String({ examples: ['杭州水务集团'] }),
    type: UtilityTypeSchema,
    cityCode: CityCodeSchema,
    accountFormat: AccountFormatSchema,
  },
  { title: 'Provider' },
)
export type Provider = Static<typeof ProviderSchema>

export const ProviderListSchema = ListOf(ProviderSchema, { title: 'ProviderList' })
export type ProviderList = Static<typeof ProviderListSchema>

export const ProvidersQuerySchema = StrictObject(
  { city: CityCodeSchema, type: Type.Optional(UtilityTypeSchema) },
  { title: 'ProvidersQuery' },
)
export type ProvidersQuery = Static<typeof ProvidersQuerySchema>

/** Checked per provider by the server (the field error's message is the provider's hint). */
export const AccountNumberSchema = Type.String({
  title: '户号',
  minLength: 1,
  maxLength: 32,
  description: '缴费账单上的户号；空格和连字符会被忽略，字母不区分大小写',
})

export const AccountLookupBodySchema = StrictObject(
  { providerId: ProviderIdSchema, accountNumber: AccountNumberSchema },
  { title: 'AccountLookupBody' },
)
export type AccountLookupBody = Static<typeof AccountLookupBodySchema>

const HolderNameSchema = Type.String({ description: '脱敏户主姓名，如 *大友' })
const MaskedAddressSchema = Type.String({ description: '脱敏用电/用水地址：只保留区县，如 西湖区****室' })
const ArrearsSchema = Type.Integer({ minimum: 0, description: '欠费合计（分）：所有未缴（含缴费中）账单' })
const UnpaidCountSchema = Type.Integer({ minimum: 0, description: '未缴（含缴费中）账单笔数' })

export const AccountPreviewSchema = StrictObject(
  {
    providerId: ProviderIdSchema,
    providerName: Type.String(),
    type: UtilityTypeSchema,
    cityCode: CityCodeSchema,
    accountNumber: Type.String({ description: '规范化后的户号（去掉空格，字母大写）' }),
    holderName: HolderNameSchema,
    address: MaskedAddressSchema,
    arrearsFen: ArrearsSchema,
    unpaidCount: UnpaidCountSchema,
    boundId: Type.Optional(Type.String({ pattern: '^ha_[A-Za-z0-9_-]{1,40}$', description: '已绑定时：我的绑定编号' })),
  },
  { title: 'AccountPreview', description: 'boundId：当前用户已绑定该户号时为其绑定编号（绑定前即可提示，无需再次确认）' },
)
export type AccountPreview = Static<typeof AccountPreviewSchema>

export const AccountLabelSchema = Type.String({
  title: '户号标签',
  minLength: 1,
  maxLength: 10,
  pattern: '\\S',
  examples: ['家里', '父母家', '公司'],
})

export const HouseholdAccountCreateBodySchema = StrictObject(
  {
    providerId: ProviderIdSchema,
    accountNumber: AccountNumberSchema,
    label: Type.Optional(AccountLabelSchema),
  },
  { title: 'HouseholdAccountCreateBody' },
)
export type HouseholdAccountCreateBody = Static<typeof HouseholdAccountCreateBodySchema>

// PUT /utilities/accounts/{id}/label replaces the label (PUT, not PATCH: my.request documents only
// GET/POST/PUT/DELETE and wx.request has no PATCH at all).
export const HouseholdAccountLabelBodySchema = StrictObject({ label: AccountLabelSchema }, { title: 'HouseholdAccountLabelBody' })
export type HouseholdAccountLabelBody = Static<typeof HouseholdAccountLabelBodySchema>

export const HouseholdAccountIdSchema = Type.String({ title: '户号编号', pattern: '^ha_[A-Za-z0-9_-]{1,40}$' })

export const HouseholdAccountSchema = StrictObject(
  {
    id: HouseholdAccountIdSchema,
    providerId: ProviderIdSchema,
    providerName: Type.String(),
    type: UtilityTypeSchema,
    cityCode: CityCodeSchema,
    accountNumber: Type.String(),
    holderName: HolderNameSchema,
    address: MaskedAddressSchema,
    label: Type.String(),
    arrearsFen: ArrearsSchema,
    unpaidCount: UnpaidCountSchema,
    boundAt: IsoDateTime(),
  },
  { title: 'HouseholdAccount', description: '当前用户绑定的户号（id 是绑定的编号；同一户号可被多位家庭成员各自绑定）' },
)
export type HouseholdAccount = Static<typeof HouseholdAccountSchema>

export const HouseholdAccountListSchema = ListOf(HouseholdAccountSchema, { title: 'HouseholdAccountList' })
export type HouseholdAccountList = Static<typeof HouseholdAccountListSchema>

export const HouseholdAccountParamsSchema = StrictObject({ id: HouseholdAccountIdSchema }, { title: 'HouseholdAccountParams' })
export type HouseholdAccountParams = Static<typeof HouseholdAccountParamsSchema>

export const BillIdSchema = Type.String({ title: '账单编号', pattern: '^bill_[A-Za-z0-9_-]{1,40}$' })

export const BillStatusSchema = StringEnum(['unpaid', 'paying', 'paid'] as const, {
  description: 'unpaid 未缴；paying 缴费中（在一笔未完成的支付里）；paid 已缴',
})
export type BillStatus = Static<typeof BillStatusSchema>

export const BillPeriodSchema = Type.String({
  title: '账期',
  pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$',
  'x-hint': '账期格式为 YYYY-MM，如 2025-01',
})

export const CalendarDateSchema = Type.String({
  title: '日期',
  pattern: '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$',
  'x-hint': '日期格式为 YYYY-MM-DD，如 2025-01-25',
})

export const UsageUnitSchema = StringEnum(['吨', '千瓦时', '立方米'] as const, { description: '水：吨；电：千瓦时；燃气：立方米' })
export type UsageUnit = Static<typeof UsageUnitSchema>

export const BillUsageSchema = StrictObject(
  { quantity: Type.Number({ minimum: 0 }), unit: UsageUnitSchema },
  { title: 'BillUsage' },
)
export type BillUsage = Static<typeof BillUsageSchema>

export const BillPaidBySchema = StringEnum(['self', 'other', 'elsewhere'] as const, {
  description: 'self 本人经统一支付缴纳；other 绑定同一户号的其他用户（家人）缴纳；elsewhere 其他渠道（银行代扣、营业厅等）',
})
export type BillPaidBy = Static<typeof BillPaidBySchema>

export const BillSchema = StrictObject(
  {
    id: BillIdSchema,
    accountId: HouseholdAccountIdSchema,
    providerName: Type.String(),
    type: UtilityTypeSchema,
    period: BillPeriodSchema,
    amountFen: Type.Integer({ minimum: 1, description: '账单金额（分）' }),
    dueDate: CalendarDateSchema,
    issuedAt: IsoDateTime(),
    status: BillStatusSchema,
    paidAt: Type.Optional(IsoDateTime()),
    paidBy: Type.Optional(BillPaidBySchema),
    paymentId: Type.Optional(
      Type.String({
        description: '当前用户自己的支付：已缴时为缴费的那笔支付（可查看电子票据），缴费中时为未完成的那笔（可继续支付）',
      }),
    ),
    usage: Type.Optional(BillUsageSchema),
    lateFeeFen: Type.Integer({ minimum: 0, description: '滞纳金（分）；沙箱中公用事业账单均为 0' }),
  },
  { title: 'Bill' },
)
export type Bill = Static<typeof BillSchema>

export const BillListSchema = ListOf(BillSchema, { title: 'BillList' })
export type BillList = Static<typeof BillListSchema>

export const BillsQuerySchema = StrictObject(
  {
    status: Type.Optional(
      StringEnum(['unpaid', 'paid', 'all'] as const, {
        title: '账单状态',
        description: 'unpaid 未缴（含缴费中），paid 已缴，all 全部',
        default: 'all',
      }),
    ),
  },
  { title: 'BillsQuery' },
)
export type BillsQuery = Static<typeof BillsQuerySchema>

export const BillParamsSchema = StrictObject({ id: BillIdSchema }, { title: 'BillParams' })
export type BillParams = Static<typeof BillParamsSchema>

// ---------------------------------------------------------------------------------------------
// Sandbox-only admin API (/__admin/utilities): issue a bill, mark one paid elsewhere, list the
// unbound accounts a demo or a test can bind. Not part of the platform.

export const AdminBillCreateBodySchema = StrictObject(
  {
    providerId: ProviderIdSchema,
    accountNumber: AccountNumberSchema,
    period: BillPeriodSchema,
    amountFen: Type.Integer({ title: '金额（分）', minimum: 1, maximum: 100_000_000 }),
    dueDate: CalendarDateSchema,
    usageQuantity: Type.Optional(Type.Number({ title: '用量', minimum: 0, maximum: 1_000_000 })),
  },
  { title: 'AdminBillCreateBody' },
)
export type AdminBillCreateBody = Static<typeof AdminBillCreateBodySchema>

export const AdminBillSchema = StrictObject(
  {
    id: BillIdSchema,
    providerId: ProviderIdSchema,
    providerName: Type.String(),
    accountNumber: Type.String(),
    period: BillPeriodSchema,
    amountFen: Type.Integer({ minimum: 1 }),
    dueDate: CalendarDateSchema,
    issuedAt: IsoDateTime(),
    paid: Type.Boolean(),
    paidAt: Type.Optional(IsoDateTime()),
    paidVia: Type.Optional(StringEnum(['payment', 'elsewhere'] as const)),
  },
  { title: 'AdminBill' },
)
export type AdminBill = Static<typeof AdminBillSchema>

export const UnboundAccountsQuerySchema = StrictObject(
  { city: CityCodeSchema, type: Type.Optional(UtilityTypeSchema) },
  { title: 'UnboundAccountsQuery' },
)
export type UnboundAccountsQuery = Static<typeof UnboundAccountsQuerySchema>

export const UnboundAccountSchema = StrictObject(
  {
    providerId: ProviderIdSchema,
    providerName: Type.String(),
    type: UtilityTypeSchema,
    cityCode: CityCodeSchema,
    accountNumber: Type.String(),
    holderName: HolderNameSchema,
    arrearsFen: ArrearsSchema,
    unpaidCount: UnpaidCountSchema,
  },
  { title: 'UnboundAccount' },
)
export type UnboundAccount = Static<typeof UnboundAccountSchema>

export const UnboundAccountListSchema = ListOf(UnboundAccountSchema, { title: 'UnboundAccountList' })
export type UnboundAccountList = Static<typeof UnboundAccountListSchema>
