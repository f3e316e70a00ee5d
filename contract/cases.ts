// 办件查询 and 好差评 (PRODUCT.md journeys 6 and 7): the caller's cases with their timeline and the
// promised deadline (承诺时限, working days from 受理; 特别程序 pauses the clock), a public lookup by
// 办件编号 + 查询密码 (masked, rate-limited), resubmission after 补正, and one rating per case after
// 办结 (a 不满意 / 非常不满意 opens a rectification, then exactly one follow-up rating).
// The server computes every deadline figure; the client only shows them.
import { Type, type Static } from '@sinclair/typebox'
import { IsoDateTime, StrictObject, StringEnum } from './common'

export const CasesProblemCodes = [
  'CASE_LOOKUP_FAILED',
  'LOOKUP_RATE_LIMITED',
  'CASE_NOT_AWAITING_CORRECTION',
  'CASE_NOT_RATABLE',
  'CASE_ALREADY_RATED',
  'RECTIFICATION_IN_PROGRESS',
  'CASE_STAGE_CONFLICT',
  'IDEMPOTENCY_KEY_MISSING',
  'IDEMPOTENCY_KEY_REUSED',
] as const
export type CasesProblemCode = (typeof CasesProblemCodes)[number]

const CaseDate = (description: string) =>
  Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$', description })

export const CASE_STAGES = [
  'submitted',
  'accepted',
  'reviewing',
  'decided',
  'completed',
  'delivered',
  'correction',
  'special',
  'rejected',
  'returned',
] as const
export const CaseStageSchema = StringEnum(CASE_STAGES, {
  description:
    'submitted 申报；accepted 受理；reviewing 审查；decided 决定；completed 办结；delivered 送达；' +
    'correction 补正（待申请人补正材料）；special 特别程序（暂停计时）；rejected 不予受理；returned 退回',
})
export type CaseStage = Static<typeof CaseStageSchema>

export const CaseKindSchema = StringEnum(['immediate', 'promised'] as const, { description: 'immediate 即办件；promised 承诺件' })
export type CaseKind = Static<typeof CaseKindSchema>

export const CaseDeadlineSchema = StrictObject(
  {
    promisedWorkingDays: Type.Integer({ minimum: 0, description: '承诺时限（工作日），即办件为 0' }),
    acceptedOn: CaseDate('受理日期（北京时间），从次日起计算工作日'),
    dueDate: CaseDate('承诺办结日期：受理日期 + 承诺工作日 + 特别程序占用的工作日'),
    pausedWorkingDays: Type.Integer({ minimum: 0, description: '特别程序占用（不计入时限）的工作日' }),
    clock: StringEnum(['running', 'paused', 'stopped'] as const, {
      description: 'running 计时中；paused 特别程序暂停计时；stopped 已办结或已终止，停止计时',
    }),
    remainingWorkingDays: Type.Integer({ description: '剩余工作日（负数为已超期的工作日）；暂停或停止时为当时的值' }),
    overdue: Type.Boolean({ description: '已超过承诺办结日期（停止计时的以办结或终止日期为准）' }),
  },
  { title: 'CaseDeadline' },
)
export type CaseDeadline = Static<typeof CaseDeadlineSchema>

export const CaseWaitingForSchema = StringEnum(['correction', 'rating', 'follow_up_rating'] as const, {
  description: '待申请人处理的事项：correction 补正材料；rating 评价；follow_up_rating 整改后再评价',
})
export type CaseWaitingFor = Static<typeof CaseWaitingForSchema>

export const CaseSummarySchema = StrictObject(
  {
    id: Type.String(),
    caseNumber: Type.String({ pattern: '^[0-9]{24}$', description: '办件编号（24 位）' }),
    serviceName: Type.String({ examples: ['医疗救助申请'] }),
    department: Type.String({ examples: ['杭州市西湖区医疗保障局'] }),
    kind: CaseKindSchema,
    stage: CaseStageSchema,
    submittedAt: IsoDateTime(),
    updatedAt: IsoDateTime({ description: '最近一次进度变化的时间' }),
    deadline: Type.Union([CaseDeadlineSchema, Type.Null()], { description: '受理后才有承诺时限；未受理或不予受理为 null' }),
    waitingFor: Type.Union([CaseWaitingForSchema, Type.Null()]),
    sourceKind: Type.Union([Type.String(), Type.Null()], { description: '由哪类业务产生，如 certificate_application（证照申领）' }),
  },
  { title: 'CaseSummary' },
)
export type CaseSummary = Static<typeof CaseSummarySchema>

export const CaseFilterSchema = StringEnum(['active', 'waiting', 'done', 'all'] as const, {
  description: 'active 进行中；waiting 待我处理（补正、评价）；done 已办结（含不予受理、退回）；all 全部',
})
export type CaseFilter = Static<typeof CaseFilterSchema>

export const CaseListQuerySchema = StrictObject({ filter: Type.Optional(CaseFilterSchema) }, { title: 'CaseListQuery' })
export type CaseListQuery = Static<typeof CaseListQuerySchema>

export const CaseListSchema = StrictObject(
  {
    items: Type.Array(CaseSummarySchema, { description: '按提交时间倒序' }),
    counts: StrictObject({
      active: Type.Integer({ minimum: 0 }),
      waiting: Type.Integer({ minimum: 0 }),
      done: Type.Integer({ minimum: 0 }),
    }),
  },
  { title: 'CaseList' },
)
export type CaseList = Static<typeof CaseListSchema>

export const CaseParamsSchema = StrictObject({ id: Type.String({ minLength: 1, maxLength: 64 }) }, { title: 'CaseParams' })
export type CaseParams = Static<typeof CaseParamsSchema>

export const CaseEventSchema = StrictObject(
  {
    stage: CaseStageSchema,
    at: IsoDateTime(),
    department: Type.String(),
    note: Type.String({ examples: ['申请已提交，等待受理'] }),
  },
  { title: 'CaseEvent' },
)
export type CaseEvent = Static<typeof CaseEventSchema>

export const CaseChecklistItemSchema = StrictObject(
  {
    id: Type.String({ examples: ['c1'] }),
    title: Type.String({ examples: ['户口簿复印件'] }),
    hint: Type.String({ description: '需要怎样补正', examples: ['请提供户主页和本人页的清晰复印件'] }),
  },
  { title: 'CaseChecklistItem' },
)
export type CaseChecklistItem = Static<typeof CaseChecklistItemSchema>

export const CaseAnswerSchema = StrictObject(
  {
    itemId: Type.String({ minLength: 1, maxLength: 16 }),
    text: Type.String({ title: '补正说明', minLength: 1, maxLength: 200, 'x-hint': '请填写补正说明（1–200 字）' }),
  },
  { title: 'CaseAnswer' },
)
export type CaseAnswer = Static<typeof CaseAnswerSchema>

export const CaseCorrectionSchema = StrictObject(
  {
    requestedAt: IsoDateTime(),
    dueDate: CaseDate('补正期限（含当日）'),
    items: Type.Array(CaseChecklistItemSchema, { minItems: 1 }),
    resubmittedAt: Type.Union([IsoDateTime(), Type.Null()]),
    answers: Type.Union([Type.Array(CaseAnswerSchema), Type.Null()]),
  },
  { title: 'CaseCorrection', description: '一次性告知的补正清单与申请人的补正' },
)
export type CaseCorrection = Static<typeof CaseCorrectionSchema>

export const CaseSpecialProcedureSchema = StrictObject(
  {
    reason: Type.String({ examples: ['需现场踏勘并公示 10 个工作日'] }),
    startedOn: CaseDate('开始日期'),
    until: CaseDate('预计结束日期'),
    endedOn: Type.Union([CaseDate('结束日期'), Type.Null()]),
  },
  { title: 'CaseSpecialProcedure', description: '特别程序（听证、检验检测、专家评审、公示等），期间暂停计时' },
)
export type CaseSpecialProcedure = Static<typeof CaseSpecialProcedureSchema>

export const CaseDeliverySchema = StrictObject(
  {
    method: StringEnum(['pickup', 'ems'] as const, { description: 'pickup 窗口领取；ems 邮政 EMS 寄递' }),
    place: Type.String({ description: '领取地点，或脱敏的收件地址' }),
    trackingNumber: Type.Union([Type.String(), Type.Null()], { description: 'EMS 运单号（寄出后才有）' }),
    status: StringEnum(['waiting', 'ready_for_pickup', 'picked_up', 'in_transit', 'delivered'] as const, {
      description: 'waiting 尚未办结；ready_for_pickup 可领取；picked_up 已领取；in_transit 已寄出；delivered 已签收',
    }),
  },
  { title: 'CaseDelivery' },
)
export type CaseDelivery = Static<typeof CaseDeliverySchema>

export const RATING_LEVELS = ['very_satisfied', 'satisfied', 'basic', 'dissatisfied', 'very_dissatisfied'] as const
export const RatingLevelSchema = StringEnum(RATING_LEVELS, {
  description: 'very_satisfied 非常满意；satisfied 满意；basic 基本满意；dissatisfied 不满意；very_dissatisfied 非常不满意',
})
export type RatingLevel = Static<typeof RatingLevelSchema>

const Score = (title: string) => Type.Optional(Type.Integer({ title, minimum: 1, maximum: 5, 'x-hint': `${title}请选择 1–5 星` }))
export const RatingIndicatorsSchema = StrictObject(
  {
    overall: Score('整体满意度'),
    efficiency: Score('办事效率'),
    guideAccuracy: Score('办事指南精确度'),
    convenience: Score('办事便捷度'),
    usability: Score('平台操作性'),
  },
  { title: 'RatingIndicators', description: '网上办事评价指标（1–5 星，可不选）' },
)
export type RatingIndicators = Static<typeof RatingIndicatorsSchema>

export const CaseRatingSchema = StrictObject(
  {
    round: StringEnum(['initial', 'follow_up'] as const, { description: 'initial 首次评价；follow_up 整改后的再评价' }),
    level: RatingLevelSchema,
    comment: Type.Union([Type.String(), Type.Null()]),
    indicators: RatingIndicatorsSchema,
    ratedAt: IsoDateTime(),
  },
  { title: 'CaseRating' },
)
export type CaseRating = Static<typeof CaseRatingSchema>

export const RectificationStatusSchema = StringEnum(['callback_pending', 'rectifying', 'rectified'] as const, {
  description: 'callback_pending 待回访（1 个工作日内）；rectifying 整改中（15 个工作日内）；rectified 已整改',
})
export type RectificationStatus = Static<typeof RectificationStatusSchema>

export const RectificationSchema = StrictObject(
  {
    status: RectificationStatusSchema,
    openedAt: IsoDateTime(),
    callbackDueDate: CaseDate('回访期限'),
    callbackAt: Type.Union([IsoDateTime(), Type.Null()]),
    callbackNote: Type.Union([Type.String(), Type.Null()]),
    fixDueDate: CaseDate('整改期限'),
    rectifiedAt: Type.Union([IsoDateTime(), Type.Null()]),
    rectifiedNote: Type.Union([Type.String(), Type.Null()]),
    overdue: Type.Boolean({ description: '当前步骤已超过期限' }),
  },
  { title: 'Rectification', description: '差评整改：回访 → 整改 → 已整改，之后可再评价一次' },
)
export type Rectification = Static<typeof RectificationSchema>

export const CaseDetailSchema = StrictObject(
  {
    ...CaseSummarySchema.properties,
    applicantName: Type.String({ description: '脱敏申请人，如 *大友' }),
    outcomeReason: Type.Union([Type.String(), Type.Null()], { description: '不予受理或退回的理由' }),
    timeline: Type.Array(CaseEventSchema, { description: '按时间先后' }),
    correction: Type.Union([CaseCorrectionSchema, Type.Null()], { description: '最近一次补正' }),
    special: Type.Union([CaseSpecialProcedureSchema, Type.Null()], { description: '最近一次特别程序' }),
    delivery: CaseDeliverySchema,
    ratings: Type.Array(CaseRatingSchema),
    rectification: Type.Union([RectificationSchema, Type.Null()]),
    ratable: Type.Union([StringEnum(['initial', 'follow_up'] as const), Type.Null()], { description: '现在可以提交的评价' }),
  },
  { title: 'CaseDetail' },
)
export type CaseDetail = Static<typeof CaseDetailSchema>

export const CaseLookupBodySchema = StrictObject(
  {
    caseNumber: Type.String({ title: '办件编号', minLength: 1, maxLength: 64, 'x-hint': '请输入 24 位办件编号' }),
    password: Type.String({ title: '查询密码', minLength: 1, maxLength: 32, 'x-hint': '请输入 6 位查询密码' }),
  },
  { title: 'CaseLookupBody' },
)
export type CaseLookupBody = Static<typeof CaseLookupBodySchema>

export const CasePublicViewSchema = StrictObject(
  {
    caseNumber: Type.String({ pattern: '^[0-9]{24}$' }),
    applicantName: Type.String({ description: '脱敏申请人，如 *大友' }),
    serviceName: Type.String(),
    department: Type.String(),
    kind: CaseKindSchema,
    stage: CaseStageSchema,
    submittedAt: IsoDateTime(),
    deadline: Type.Union([CaseDeadlineSchema, Type.Null()]),
    timeline: Type.Array(CaseEventSchema),
    delivery: StrictObject({
      method: StringEnum(['pickup', 'ems'] as const),
      trackingNumber: Type.Union([Type.String(), Type.Null()], { description: '脱敏 EMS 运单号（后 4 位）' }),
      status: CaseDeliverySchema.properties.status,
    }),
  },
  { title: 'CasePublicView', description: '免登录查询的脱敏视图（不含地址、补正内容和评价）' },
)
export type CasePublicView = Static<typeof CasePublicViewSchema>

export const CaseResubmitBodySchema = StrictObject(
  { answers: Type.Array(CaseAnswerSchema, { minItems: 1, maxItems: 20 }) },
  { title: 'CaseResubmitBody', description: '逐项补正说明（每个清单项一条）' },
)
export type CaseResubmitBody = Static<typeof CaseResubmitBodySchema>

export const CaseRatingBodySchema = StrictObject(
  {
    level: RatingLevelSchema,
    comment: Type.Optional(Type.String({ title: '评价内容', maxLength: 300, 'x-hint': '评价内容最多 300 字' })),
    indicators: Type.Optional(RatingIndicatorsSchema),
  },
  { title: 'CaseRatingBody' },
)
export type CaseRatingBody = Static<typeof CaseRatingBodySchema>

// Sandbox admin (to demonstrate stage changes and notifications).
export const AdminCaseParamsSchema = StrictObject({ caseNumber: Type.String({ minLength: 1, maxLength: 64 }) }, { title: 'AdminCaseParams' })
export type AdminCaseParams = Static<typeof AdminCaseParamsSchema>

export const AdminCaseAdvanceBodySchema = StrictObject(
  {
    to: Type.Optional(CaseStageSchema),
    note: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    department: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
    items: Type.Optional(
      Type.Array(StrictObject({ title: Type.String({ minLength: 1, maxLength: 60 }), hint: Type.String({ minLength: 1, maxLength: 200 }) }), {
        minItems: 1,
        maxItems: 10,
        description: 'to=correction 时的补正清单',
      }),
    ),
    correctionWorkingDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 30, description: '补正期限（工作日），默认 5' })),
    until: Type.Optional(CaseDate('to=special 时预计结束日期')),
    trackingNumber: Type.Optional(Type.String({ pattern: '^[0-9A-Z]{10,16}$' })),
  },
  { title: 'AdminCaseAdvanceBody', description: '不带 to：推进到下一阶段；带 to：推进到指定阶段或侧边状态' },
)
export type AdminCaseAdvanceBody = Static<typeof AdminCaseAdvanceBodySchema>

export const AdminRectificationBodySchema = StrictObject(
  {
    to: StringEnum(['rectifying', 'rectified'] as const, { description: 'rectifying 回访完成，进入整改；rectified 整改完成' }),
    note: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  { title: 'AdminRectificationBody' },
)
export type AdminRectificationBody = Static<typeof AdminRectificationBodySchema>
