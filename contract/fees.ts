// 非税缴费: government fees (exam registration fees and other non-tax income) paid by the 20-digit
// 缴款码 printed on the payment notice, through the unified payment service (item kind 'fee', id =
// the code). Money is integer 分; the payer's name is masked by the server.
import { Type, type Static } from '@sinclair/typebox'
import { IsoDateTime, StrictObject, StringEnum } from './common'

export const FeesProblemCodes = ['NOTICE_NOT_FOUND', 'NOTICE_EXPIRED'] as const
export type FeesProblemCode = (typeof FeesProblemCodes)[number]

export const PaymentCodeSchema = Type.String({ pattern: '^[0-9]{20}$', description: '缴款码（20 位数字）' })

export const FeeNoticeParamsSchema = StrictObject(
  { code: Type.String({ minLength: 1, maxLength: 64, description: '缴款码（20 位数字，服务端校验）' }) },
  { title: 'FeeNoticeParams' },
)
export type FeeNoticeParams = Static<typeof FeeNoticeParamsSchema>

export const FeeNoticeStatusSchema = StringEnum(['unpaid', 'paid'] as const, { description: 'unpaid 待缴；paid 已缴' })
export type FeeNoticeStatus = Static<typeof FeeNoticeStatusSchema>

export const FeeNoticeSchema = StrictObject(
  {
    code: PaymentCodeSchema,
    payerName: Type.String({ description: '脱敏缴款人姓名，如 *大友' }),
    item: Type.String({ examples: ['2026年下半年中小学教师资格考试（笔试）报名费'] }),
    department: Type.String({ description: '执收单位', examples: ['浙江省教育考试院'] }),
    amountFen: Type.Integer({ minimum: 1, description: '应缴金额（分）' }),
    deadline: Type.String({
      pattern: '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$',
      description: '缴款期限（含当日，北京时间）',
    }),
    status: FeeNoticeStatusSchema,
    paidAt: Type.Optional(IsoDateTime()),
    paymentId: Type.Optional(Type.String({ description: '当前用户经统一支付缴纳时的支付编号' })),
  },
  { title: 'FeeNotice', description: '缴款通知书；查询后即可用 kind fee + code 缴款' },
)
export type FeeNotice = Static<typeof FeeNoticeSchema>
