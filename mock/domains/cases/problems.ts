// Problems of the cases domain. Texts are shown to users as they are.
import type { CaseStage } from '../../../contract'
import { ProblemError, problems } from '../../http/problem'
import { STAGE_NAMES } from './present'

export const caseProblems = {
  notFound: () => problems.notFound('没有找到这个办件，请返回“我的办件”重新选择。'),
  forbidden: () => problems.forbiddenResource('该办件'),
  /** The same answer for an unknown case number and a wrong password (never says which). */
  lookupFailed: (attemptsLeft: number) =>
    new ProblemError({
      status: 404,
      code: 'CASE_LOOKUP_FAILED',
      title: '办件编号或查询密码不正确',
      detail:
        `办件编号或查询密码不正确，请核对受理回执上的 24 位办件编号和 6 位查询密码。` +
        (attemptsLeft > 0 ? `还可尝试 ${attemptsLeft} 次，之后` : '') +
        '每次输错都需等待更长时间才能再试。',
    }),
  rateLimited: (retryAfterSec: number, untilText: string) =>
    new ProblemError({
      status: 429,
      code: 'LOOKUP_RATE_LIMITED',
      title: '查询太频繁',
      detail: `查询密码错误次数过多，为保护办件信息已暂停查询，请于 ${untilText}（约 ${Math.max(1, Math.ceil(retryAfterSec / 60))} 分钟后）再试；也可登录后在“我的办件”中查看。`,
      headers: { 'retry-after': String(retryAfterSec) },
      extensions: { retryAfter: retryAfterSec },
    }),
  caseNumberFormat: () =>
    problems.validationFailed([{ field: 'caseNumber', code: 'PATTERN', message: '办件编号为 24 位数字，请对照受理回执核对' }]),
  passwordFormat: () => problems.validationFailed([{ field: 'password', code: 'PATTERN', message: '查询密码为 6 位数字' }]),
  notAwaitingCorrection: () =>
    new ProblemError({
      status: 409,
      code: 'CASE_NOT_AWAITING_CORRECTION',
      title: '无需补正',
      detail: '该办件当前不需要补正材料（可能已经提交过补正），请刷新查看最新进度。',
    }),
  notRatable: (stage: CaseStage) =>
    new ProblemError({
      status: 409,
      code: 'CASE_NOT_RATABLE',
      title: '暂不能评价',
      detail: `办件办结后才能评价，当前进度为“${STAGE_NAMES[stage]}”。`,
    }),
  alreadyRated: () =>
    new ProblemError({
      status: 409,
      code: 'CASE_ALREADY_RATED',
      title: '已经评价过了',
      detail: '每个办件只能评价一次（差评整改完成后可再评价一次），您已提交过评价。',
    }),
  rectificationInProgress: () =>
    new ProblemError({
      status: 409,
      code: 'RECTIFICATION_IN_PROGRESS',
      title: '整改尚未完成',
      detail: '您的评价正在整改中，整改完成后可以再评价一次。',
    }),
  stageConflict: (from: CaseStage, to: string) =>
    new ProblemError({
      status: 409,
      code: 'CASE_STAGE_CONFLICT',
      title: '办件状态不允许该操作',
      detail: `办件当前为“${STAGE_NAMES[from]}”，不能变更为“${to}”。`,
    }),
  idempotencyKeyMissing: () =>
    new ProblemError({
      status: 400,
      code: 'IDEMPOTENCY_KEY_MISSING',
      title: '缺少幂等键',
      detail: '提交补正必须带 Idempotency-Key 请求头（同一次提交的每次重试使用同一个值），请更新到最新版本后再试。',
    }),
  idempotencyKeyReused: () =>
    new ProblemError({
      status: 409,
      code: 'IDEMPOTENCY_KEY_REUSED',
      title: '重复的提交',
      detail: '这个 Idempotency-Key 已用于另一次内容不同的补正提交，请刷新后重新提交。',
    }),
  answers: (errors: { field: string; message: string }[]) =>
    problems.validationFailed(errors.map((e) => ({ field: e.field, code: 'INVALID', message: e.message }))),
}
