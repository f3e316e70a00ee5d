// Problems of the utilities domain, and the per-provider 户号 check. Texts are shown to users as they are.
import { MAX_ACCOUNTS_PER_USER } from '../../../contract'
import { normaliseAccountNumber } from '../../../contract/rules/account-number'
import { ProblemError, problems } from '../../http/problem'
import type { ProviderRow } from './repo'

/** The app's own normalisation (contract/rules): spaces and hyphens dropped, letters upper-case. */
export { normaliseAccountNumber }

export function accountNumberFits(provider: ProviderRow, accountNumber: string): boolean {
  return new RegExp(provider.account_pattern).test(accountNumber)
}

export const utilityProblems = {
  unknownProvider: () =>
    problems.validationFailed([{ field: 'providerId', code: 'INVALID', message: '没有这个缴费单位，请从列表中重新选择' }]),
  unknownCity: () =>
    problems.validationFailed([
      { field: 'city', code: 'INVALID', message: '暂不支持该城市，请从城市列表中重新选择浙江省的设区市' },
    ]),
  accountNumberFormat: (provider: ProviderRow) =>
    problems.validationFailed([{ field: 'accountNumber', code: 'PATTERN', message: provider.account_hint }]),
  accountNotFound: (provider: ProviderRow, accountNumber: string) =>
    new ProblemError({
      status: 404,
      code: 'ACCOUNT_NOT_FOUND',
      title: '没有查到该户号',
      detail: `${provider.name}没有户号 ${accountNumber} 的记录。请对照纸质账单核对户号后重新输入（${provider.account_hint}）。`,
      errors: [{ field: 'accountNumber', code: 'INVALID', message: `没有查到该户号，请对照纸质账单核对（${provider.account_hint}）` }],
    }),
  alreadyBound: (existingId: string) =>
    new ProblemError({
      status: 409,
      code: 'ACCOUNT_ALREADY_BOUND',
      title: '户号已绑定',
      detail: '您已经绑定过这个户号，可在“我的户号”中直接缴费或修改标签。',
      extensions: { existingId },
    }),
  limitReached: () =>
    new ProblemError({
      status: 409,
      code: 'ACCOUNT_LIMIT_REACHED',
      title: '户号数量已达上限',
      detail: `最多可绑定 ${MAX_ACCOUNTS_PER_USER} 个户号，请先解除不用的户号再添加。`,
    }),
  accountNotBound: () => problems.notFound('没有找到这个户号，可能已解除绑定，请刷新“我的户号”。'),
  billNotFound: () => problems.notFound('没有找到这笔账单，请刷新账单列表。'),
  billAlreadyIssued: (period: string) =>
    new ProblemError({
      status: 409,
      code: 'BILL_ALREADY_ISSUED',
      title: '账单已存在',
      detail: `该户号 ${period} 的账单已经出过了。`,
    }),
  billAlreadyPaid: () =>
    new ProblemError({ status: 409, code: 'BILL_ALREADY_PAID', title: '账单已缴纳', detail: '这笔账单已经缴纳，无需再标记。' }),
}
