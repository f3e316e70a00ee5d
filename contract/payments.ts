// 统一支付: one payment service for everything a user pays (utility bills now; traffic fines and
// non-tax fees later). Modelled on GOV.UK Pay (payment states, 90-minute expiry) and Stripe
// (Idempotency-Key). Only GET /payments/{id} says whether money moved. Money is integer 分.
import { Type, type Static } from '@sinclair/typebox'
import { IsoDateTime, StrictObject, StringEnum } from './common'

export const PaymentsProblemCodes = [
  'IDEMPOTENCY_KEY_MISSING',
  'IDEMPOTENCY_KEY_REUSED',
  'ITEM_ALREADY_PAID',
  'ITEM_IN_OPEN_PAYMENT',
  'PAYMENT_NOT_CANCELLABLE',
  'PAYMENT_NOT_PAYABLE',
  'RECEIPT_NOT_READY',
  'RAILS_LOCAL_ONLY',
] as const
export type PaymentsProblemCode = (typeof PaymentsProblemCodes)[number]

/** A payment not finished this long after creation expires (GOV.UK Pay: 90 minutes). */
export const PAYMENT_TTL_MS = 90 * 60 * 1000
export const MAX_PAYMENT_ITEMS = 20
export const PAYMENTS_MAX_PAGE_SIZE = 50

/** The header every POST /payments carries (Stripe-style idempotency). */
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key'

export const IdempotencyKeySchema = Type.String({
  title: '幂等键（Idempotency-Key）',
  minLength: 8,
  maxLength: 64,
  pattern: '^[A-Za-z0-9_-]{8,64}$',
  'x-hint': 'Idempotency-Key 应为 8–64 位字母、数字、- 或 _，同一次缴费的每次重试使用同一个值',
})

/**
 * What can be paid. Each kind is a payable registered by its domain (mock/domains/payments/
 * payables.ts): 'bill' by utilities, 'fine' by traffic fines (id = the violation id), 'fee' by
 * non-tax fees (id = the 20-digit 缴款码). A new kind: extend this list and register the payable.
 */
export const PAYABLE_KINDS = ['bill', 'fine', 'fee'] as const
export const PayableKindSchema = StringEnum(PAYABLE_KINDS, {
  title: '缴费项目类型',
  description: 'bill 生活缴费账单；fine 交通违法罚款（id 为违法记录编号 vio_…）；fee 非税缴费（id 为 20 位缴款码）',
})
export type PayableKind = Static<typeof PayableKindSchema>

export const PayableIdSchema = Type.String({
  title: '缴费项目编号',
  minLength: 1,
  maxLength: 64,
  pattern: '^[A-Za-z0-9_-]+$',
})

export const PaymentItemRefSchema = StrictObject({ kind: PayableKindSchema, id: PayableIdSchema }, { title: 'PaymentItemRef' })
export type PaymentItemRef = Static<typeof PaymentItemRefSchema>

export const PaymentChannelSchema = StringEnum(['weapp', 'alipay', 'h5'] as const, {
  title: '支付渠道',
  description: 'weapp 微信小程序（wx.requestPayment），alipay 支付宝小程序（my.tradePay），h5 统一公共支付平台收银台',
})
export type PaymentChannel = Static<typeof PaymentChannelSchema>

export const PaymentCreateBodySchema = StrictObject(
  {
    items: Type.Array(PaymentItemRefSchema, {
      title: '缴费项目',
      minItems: 1,
      maxItems: MAX_PAYMENT_ITEMS,
      description: '要一起缴纳的项目，不可重复；金额由服务端计算',
    }),
    channel: PaymentChannelSchema,
  },
  { title: 'PaymentCreateBody' },
)
export type PaymentCreateBody = Static<typeof PaymentCreateBodySchema>

export const PaymentIdSchema = Type.String({ title: '支付编号', pattern: '^pay_[A-Za-z0-9_-]{1,40}$' })

export const PaymentStatusSchema = StringEnum(['created', 'started', 'success', 'failed', 'cancelled', 'expired'] as const, {
  description:
    'created 已创建待支付；started 已在支付渠道提交、等待结果通知；success 成功；failed 失败；cancelled 已取消；expired 超时关闭（创建 90 分钟后）',
})
export type PaymentStatus = Static<typeof PaymentStatusSchema>

/** One part of an item's amount, e.g. 罚款 and 加处罚款 of a fine; the parts add up to the item's amount. */
export const PaymentItemPartSchema = StrictObject(
  {
    label: Type.String({ examples: ['罚款', '加处罚款'] }),
    amountFen: Type.Integer({ minimum: 0 }),
  },
  { title: 'PaymentItemPart' },
)
export type PaymentItemPart = Static<typeof PaymentItemPartSchema>

export const PaymentItemSchema = StrictObject(
  {
    kind: PayableKindSchema,
    id: PayableIdSchema,
    description: Type.String({ examples: ['水费 2024-12'] }),
    amountFen: Type.Integer({ minimum: 1 }),
    breakdown: Type.Optional(
      Type.Array(PaymentItemPartSchema, {
        minItems: 2,
        description: '金额构成（如 罚款 + 加处罚款），各部分之和等于 amountFen；结账页和电子票据上显示',
      }),
    ),
  },
  { title: 'PaymentItem' },
)
export type PaymentItem = Static<typeof PaymentItemSchema>

/**
 * GET /payments/quote?items=bill:bill_1,fine:vio_2 — what paying these items would cost now, with the
 * same checks as POST /payments, but nothing is created or held (the checkout page shows this; the
 * payment is created only when the user taps 确认支付).
 */
export const PaymentQuoteQuerySchema = StrictObject(
  {
    items: Type.String({
      title: '缴费项目',
      minLength: 1,
      maxLength: 1400,
      pattern: `^(${PAYABLE_KINDS.join('|')}):[A-Za-z0-9_-]{1,64}(,(${PAYABLE_KINDS.join('|')}):[A-Za-z0-9_-]{1,64}){0,${MAX_PAYMENT_ITEMS - 1}}$`,
      'x-hint': `缴费项目格式为 类型:编号，多个用逗号分隔（最多 ${MAX_PAYMENT_ITEMS} 个），如 bill:bill_1,fine:vio_2`,
    }),
  },
  { title: 'PaymentQuoteQuery' },
)
export type PaymentQuoteQuery = Static<typeof PaymentQuoteQuerySchema>

export const PaymentQuoteSchema = StrictObject(
  {
    amountFen: Type.Integer({ minimum: 1, description: '按服务端当前时间计算的总金额（分）' }),
    description: Type.String({ examples: ['水费 2024-12 等 2 笔'] }),
    items: Type.Array(PaymentItemSchema, { minItems: 1 }),
  },
  { title: 'PaymentQuote', description: '报价：不创建支付、不占用项目' },
)
export type PaymentQuote = Static<typeof PaymentQuoteSchema>

/** wx.requestPayment parameters. paySign is a fake signature (no key ever leaves the server). */
export const WechatPayParamsSchema = StrictObject(
  {
    kind: Type.Literal('wechat'),
    timeStamp: Type.String({ pattern: '^[0-9]{10}$' }),
    nonceStr: Type.String(),
    package: Type.String({ pattern: '^prepay_id=wx[0-9A-Za-z]+$' }),
    signType: Type.Literal('RSA'),
    paySign: Type.String(),
  },
  { title: 'WechatPayParams' },
)
export type WechatPayParams = Static<typeof WechatPayParamsSchema>

/** my.tradePay parameters. */
export const AlipayParamsSchema = StrictObject(
  { kind: Type.Literal('alipay'), tradeNO: Type.String({ pattern: '^[0-9]{28}$' }) },
  { title: 'AlipayParams' },
)
export type AlipayParams = Static<typeof AlipayParamsSchema>

/** The sandbox cashier page (H5): GET /rails/cashier/{cashierToken}?return=<url>. */
export const CashierParamsSchema = StrictObject(
  { kind: Type.Literal('cashier'), cashierToken: Type.String({ pattern: '^ck_[A-Za-z0-9_-]+$' }) },
  { title: 'CashierParams' },
)
export type CashierParams = Static<typeof CashierParamsSchema>

export const ChannelParamsSchema = Type.Union([WechatPayParamsSchema, AlipayParamsSchema, CashierParamsSchema], {
  title: 'ChannelParams',
  description: 'weapp → wechat，alipay → alipay，h5 → cashier',
})
export type ChannelParams = Static<typeof ChannelParamsSchema>

export const PaymentFailureCodeSchema = StringEnum(['CANCELLED_BY_USER', 'EXPIRED', 'DECLINED', 'PAID_ELSEWHERE'] as const, {
  description: 'CANCELLED_BY_USER 用户取消；EXPIRED 超时未支付；DECLINED 支付渠道拒绝；PAID_ELSEWHERE 项目已在其他渠道缴纳（本次不扣款）',
})
export type PaymentFailureCode = Static<typeof PaymentFailureCodeSchema>

export const PaymentFailureSchema = StrictObject(
  { code: PaymentFailureCodeSchema, message: Type.String({ description: '可直接展示的中文说明' }) },
  { title: 'PaymentFailure' },
)
export type PaymentFailure = Static<typeof PaymentFailureSchema>

export const PaymentSchema = StrictObject(
  {
    id: PaymentIdSchema,
    status: PaymentStatusSchema,
    finished: Type.Boolean({ description: 'success、failed、cancelled、expired 为 true' }),
    amountFen: Type.Integer({ minimum: 1, description: '服务端按项目计算的总金额（分）' }),
    description: Type.String({ examples: ['水费 2024-12 等 2 笔'] }),
    items: Type.Array(PaymentItemSchema, { minItems: 1 }),
    channel: PaymentChannelSchema,
    channelParams: ChannelParamsSchema,
    createdAt: IsoDateTime(),
    expiresAt: IsoDateTime({ description: '创建后 90 分钟；此前未完成的支付自动关闭' }),
    startedAt: Type.Optional(IsoDateTime()),
    finishedAt: Type.Optional(IsoDateTime()),
    failure: Type.Optional(PaymentFailureSchema),
    receiptId: Type.Optional(Type.String({ description: '成功时的电子票据编号：GET /payments/{id}/receipt' })),
  },
  { title: 'Payment' },
)
export type Payment = Static<typeof PaymentSchema>

export const PaymentsQuerySchema = StrictObject(
  {
    status: Type.Optional(
      StringEnum(['open', 'finished', 'all'] as const, {
        title: '支付状态',
        description: 'open 未完成（created、started），finished 已结束，all 全部',
        default: 'all',
      }),
    ),
    page: Type.Optional(Type.Integer({ title: '页码', minimum: 1, maximum: 1000, default: 1 })),
    pageSize: Type.Optional(Type.Integer({ title: '每页条数', minimum: 1, maximum: PAYMENTS_MAX_PAGE_SIZE, default: 20 })),
  },
  { title: 'PaymentsQuery' },
)
export type PaymentsQuery = Static<typeof PaymentsQuerySchema>

export const PaymentPageSchema = StrictObject(
  {
    items: Type.Array(PaymentSchema),
    total: Type.Integer({ minimum: 0 }),
    page: Type.Integer({ minimum: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: PAYMENTS_MAX_PAGE_SIZE }),
  },
  { title: 'PaymentPage' },
)
export type PaymentPage = Static<typeof PaymentPageSchema>

export const PaymentParamsSchema = StrictObject({ id: PaymentIdSchema }, { title: 'PaymentParams' })
export type PaymentParams = Static<typeof PaymentParamsSchema>

export const ReceiptSchema = StrictObject(
  {
    id: Type.String(),
    number: Type.String({ pattern: '^[0-9]{16}$', description: '电子票据号，如 3301002500000001' }),
    paymentId: PaymentIdSchema,
    payerName: Type.String({ description: '交款人：自然人为脱敏姓名（*大友），法人为单位全称' }),
    items: Type.Array(PaymentItemSchema, { minItems: 1 }),
    amountFen: Type.Integer({ minimum: 1 }),
    paidAt: IsoDateTime(),
    issuer: Type.String({ description: '开票单位：单一缴费单位时为该单位，否则为 浙江省财政厅（统一公共支付平台）' }),
    checkCode: Type.String({ pattern: '^[0-9A-Z]{6}$', description: '校验码' }),
  },
  { title: 'Receipt' },
)
export type Receipt = Static<typeof ReceiptSchema>

// ---------------------------------------------------------------------------------------------
// Payment rails (/rails, sandbox only, loopback only): stand-ins for WeChat Pay, Alipay and the
// unified payment platform's cashier. Not our API: no bearer token; the channel parameters are the
// authorisation. 'success' (default) and 'fail' are reported to the server by a delayed notification.

export const RailOutcomeSchema = StringEnum(['success', 'fail', 'cancel'] as const, {
  title: '模拟结果',
  description: 'success 支付成功（默认），fail 支付失败，cancel 用户取消',
  default: 'success',
})
export type RailOutcome = Static<typeof RailOutcomeSchema>

export const WechatRailPayBodySchema = StrictObject(
  { package: Type.String({ title: 'package', minLength: 1, maxLength: 128 }), outcome: Type.Optional(RailOutcomeSchema) },
  { title: 'WechatRailPayBody' },
)
export type WechatRailPayBody = Static<typeof WechatRailPayBodySchema>

export const AlipayRailPayBodySchema = StrictObject(
  { tradeNO: Type.String({ title: 'tradeNO', minLength: 1, maxLength: 64 }), outcome: Type.Optional(RailOutcomeSchema) },
  { title: 'AlipayRailPayBody' },
)
export type AlipayRailPayBody = Static<typeof AlipayRailPayBodySchema>

export const CashierRailPayBodySchema = StrictObject(
  { cashierToken: Type.String({ title: 'cashierToken', minLength: 1, maxLength: 128 }), outcome: Type.Optional(RailOutcomeSchema) },
  { title: 'CashierRailPayBody' },
)
export type CashierRailPayBody = Static<typeof CashierRailPayBodySchema>

export const RailResultSchema = StrictObject(
  {
    result: StringEnum(['submitted', 'cancelled'] as const, {
      description: 'submitted 渠道已受理（结果以服务端通知为准）；cancelled 已取消',
    }),
  },
  { title: 'RailResult' },
)
export type RailResult = Static<typeof RailResultSchema>

/** The cashier page itself is HTML (text/html). */
export const CashierPageSchema = Type.String({ description: '收银台页面（HTML）' })

export const CashierPageParamsSchema = StrictObject(
  { cashierToken: Type.String({ title: 'cashierToken', minLength: 1, maxLength: 128 }) },
  { title: 'CashierPageParams' },
)
export type CashierPageParams = Static<typeof CashierPageParamsSchema>

export const CashierPageQuerySchema = StrictObject(
  { return: Type.Optional(Type.String({ title: '返回地址', minLength: 1, maxLength: 2000 })) },
  { title: 'CashierPageQuery' },
)
export type CashierPageQuery = Static<typeof CashierPageQuerySchema>
