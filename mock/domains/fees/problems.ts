// Problems of the fees domain. Texts are shown to users as they are.
import { ProblemError, problems } from '../../http/problem'
import type { PayableRefusal } from '../payments/payables'

export const expiredText = (deadline: string) => `已超过缴款期限（${deadline}），请联系开票单位重新开具缴款通知书`

export const feeProblems = {
  code: (message: string) => problems.validationFailed([{ field: 'code', code: 'PATTERN', message }]),
  notFound: () =>
    new ProblemError({
      status: 404,
      code: 'NOTICE_NOT_FOUND',
      title: '未找到该缴款码',
      detail: '未找到该缴款码，请核对缴款通知书上的 20 位缴款码',
    }),
  expired: (deadline: string) =>
    new ProblemError({ status: 410, code: 'NOTICE_EXPIRED', title: '已超过缴款期限', detail: expiredText(deadline) }),
}

export const noticeExpired = (deadline: string): PayableRefusal => ({
  code: 'NOTICE_EXPIRED',
  title: '已超过缴款期限',
  detail: expiredText(deadline),
})

/** Unpaid and past its deadline (China date after the deadline day). */
export const isExpired = (row: { paid_at: number | null; deadline: string }, today: string) => row.paid_at === null && today > row.deadline
