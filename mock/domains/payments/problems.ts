// Problems of the payment service. Texts are shown to users as they are.
import type { PaymentStatus } from '../../../contract'
import { ProblemError, problems } from '../../http/problem'
import type { PayableRefusal } from './payables'

const STATUS_TEXT: Record<PaymentStatus, string> = {
  created: '待支付',
  started: '已提交支付，正在等待结果',
  success: '已支付成功',
  failed: '支付失败',
  cancelled: '已取消',
  expired: '已超时关闭',
}

const itemField = (index: number) => `items[${index}].id`

export const paymentProblems = {
  idempotencyKeyMissing: () =>
    new ProblemError({
      status: 400,
      code: 'IDEMPOTENCY_KEY_MISSING',
      title: '缺少幂等键',
      detail: '发起支付必须带 Idempotency-Key 请求头（同一次缴费的每次重试使用同一个值），请更新到最新版本后再试。',
    }),
  idempotencyKeyReused: () =>
    new ProblemError({
      status: 409,
      code: 'IDEMPOTENCY_KEY_REUSED',
      title: '重复的支付请求',
      detail: '这个 Idempotency-Key 已用于另一笔内容不同的支付。新的缴费请使用新的 Idempotency-Key；重试原来的缴费请提交与原来相同的内容。',
    }),
  duplicateItem: (index: number) =>
    problems.validationFailed([{ field: `items[${index}]`, code: 'INVALID', message: '同一个缴费项目不能重复添加' }]),
  unknownKind: (index: number) =>
    problems.validationFailed([{ field: `items[${index}].kind`, code: 'ENUM', message: '暂不支持这种缴费项目' }]),
  itemNotFound: (noun: string, index: number) =>
    new ProblemError({
      status: 404,
      code: 'NOT_FOUND',
      title: '没有找到相关信息',
      detail: `没有找到要缴纳的${noun}，可能已被撤销，请刷新后重新选择。`,
      errors: [{ field: itemField(index), code: 'INVALID', message: `没有找到这笔${noun}` }],
    }),
  itemForbidden: (noun: string, index: number) =>
    new ProblemError({
      status: 403,
      code: 'FORBIDDEN_RESOURCE',
      title: '无权查看',
      detail: `该${noun}不属于当前登录用户（或相关户号已解除绑定），无法缴纳。请确认登录的账号是否正确。`,
      errors: [{ field: itemField(index), code: 'INVALID', message: `该${noun}不属于当前登录用户` }],
    }),
  itemAlreadyPaid: (noun: string, index: number, description: string) =>
    new ProblemError({
      status: 409,
      code: 'ITEM_ALREADY_PAID',
      title: `${noun}已缴纳`,
      detail: `${description} 已经缴纳（可能已在其他渠道缴费），不会重复扣款。请刷新后查看最新的待缴项目。`,
      errors: [{ field: itemField(index), code: 'INVALID', message: `${description} 已缴纳` }],
    }),
  /** The payable says the item cannot be paid now (its own code, e.g. VIOLATION_NOT_PROCESSED). */
  itemRefused: (index: number, refusal: PayableRefusal) =>
    new ProblemError({
      status: 409,
      code: refusal.code,
      title: refusal.title,
      detail: refusal.detail,
      errors: [{ field: itemField(index), code: 'INVALID', message: refusal.title }],
    }),
  itemInOpenPayment: (noun: string, index: number, description: string, openPaymentId: string | undefined) =>
    new ProblemError({
      status: 409,
      code: 'ITEM_IN_OPEN_PAYMENT',
      title: `${noun}正在缴费中`,
      detail: openPaymentId
        ? `${description} 已在一笔未完成的支付中。请继续完成那笔支付，或先取消它再重新发起，以免重复缴费。`
        : `${description} 正在由绑定同一户号的其他用户缴费，请稍后刷新查看结果，以免重复缴费。`,
      errors: [{ field: itemField(index), code: 'INVALID', message: `${description} 正在缴费中` }],
      extensions: { openPaymentId },
    }),
  paymentNotFound: () => problems.notFound('没有找到这笔支付，请在“缴费记录”中查看。'),
  paymentForbidden: () => problems.forbiddenResource('这笔支付'),
  notCancellable: (status: PaymentStatus) =>
    new ProblemError({
      status: 409,
      code: 'PAYMENT_NOT_CANCELLABLE',
      title: '无法取消',
      detail: `这笔支付${STATUS_TEXT[status]}，不能再取消。`,
    }),
  notPayable: (status: PaymentStatus) =>
    new ProblemError({
      status: 409,
      code: 'PAYMENT_NOT_PAYABLE',
      title: '订单无法支付',
      detail:
        status === 'started'
          ? '这笔订单已提交支付，正在等待结果，请勿重复付款。'
          : `这笔订单${STATUS_TEXT[status]}，不能再支付。如需缴费，请回到应用重新发起。`,
    }),
  receiptNotReady: (status: PaymentStatus) =>
    new ProblemError({
      status: 404,
      code: 'RECEIPT_NOT_READY',
      title: '电子票据尚未生成',
      detail:
        status === 'created' || status === 'started'
          ? '支付结果确认后才会开具电子票据，请稍后再查看。'
          : `这笔支付${STATUS_TEXT[status]}，没有电子票据。`,
    }),
  railsLocalOnly: () =>
    new ProblemError({
      status: 404,
      code: 'RAILS_LOCAL_ONLY',
      title: '模拟支付通道不可用',
      detail: '沙箱的模拟支付通道只接受来自本机的请求。',
    }),
}
