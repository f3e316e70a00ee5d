// Problems of the certificates domain. Texts are shown to users (or the verifying clerk) as they are.
import { PIN_MAX_ATTEMPTS, PRESENTATION_TTL_SECONDS } from '../../../contract'
import { ProblemError, problems } from '../../http/problem'
import { cstParts } from '../../lib/china-time'

const pad = (n: number) => String(n).padStart(2, '0')
/** 14:05:09 (Beijing time). */
export const cstClock = (ms: number) => {
  const p = cstParts(ms)
  return `${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`
}
const cstDateTime = (ms: number) => {
  const p = cstParts(ms)
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`
}

export const certificateProblems = {
  pinMissing: () => problems.validationFailed([{ field: 'pin', code: 'REQUIRED', message: '请输入 6 位亮证密码' }]),
  pinFormat: () => problems.validationFailed([{ field: 'pin', code: 'PATTERN', message: '亮证密码为 6 位数字' }]),
  pinIncorrect: (remaining: number) =>
    new ProblemError({
      status: 400,
      code: 'PIN_INCORRECT',
      title: '亮证密码不正确',
      detail: `亮证密码不正确，还可尝试 ${remaining} 次；连续错误 ${PIN_MAX_ATTEMPTS} 次将锁定 15 分钟。`,
      errors: [{ field: 'pin', code: 'INVALID', message: `亮证密码不正确，还可尝试 ${remaining} 次` }],
    }),
  pinLocked: (untilMs: number, nowMs: number) =>
    new ProblemError({
      status: 423,
      code: 'PIN_LOCKED',
      title: '亮证已锁定',
      detail: `亮证密码连续输错 ${PIN_MAX_ATTEMPTS} 次，亮证已锁定至 ${cstDateTime(untilMs)}（北京时间），请届时再试。`,
      headers: { 'retry-after': String(Math.max(1, Math.ceil((untilMs - nowMs) / 1000))) },
    }),
  freshCheckRequired: () =>
    new ProblemError({
      status: 428,
      code: 'FRESH_CHECK_REQUIRED',
      title: '请重新验证',
      detail: '亮证验证已超时，请重新输入亮证密码后再亮证。',
    }),
  notShowable: (reason: string) =>
    new ProblemError({
      status: 409,
      code: 'CERTIFICATE_NOT_SHOWABLE',
      title: '该证照不能亮证',
      detail: `该证照${reason}，不能亮证。请办理换领或续签后再使用。`,
    }),
  tokenFormat: () => problems.validationFailed([{ field: 'token', code: 'PATTERN', message: '二维码内容无法识别，请扫描“城市服务”亮证二维码' }]),
  presentationNotFound: () =>
    new ProblemError({
      status: 404,
      code: 'PRESENTATION_NOT_FOUND',
      title: '亮证码无效',
      detail: '未找到该亮证码，请持证人在“城市服务”中重新亮证后再扫码。',
    }),
  presentationExpired: (expiredAtMs: number) =>
    new ProblemError({
      status: 410,
      code: 'PRESENTATION_EXPIRED',
      title: '亮证码已过期',
      detail: `该亮证二维码已于 ${cstClock(expiredAtMs)}（北京时间）失效（有效期 ${PRESENTATION_TTL_SECONDS / 60} 分钟），请持证人刷新二维码后重新出示。`,
    }),
  alreadySubmitted: (applicationId: string, caseNumber: string) =>
    new ProblemError({
      status: 409,
      code: 'APPLICATION_ALREADY_SUBMITTED',
      title: '申请已提交',
      detail: `该申请已经提交，办件编号 ${caseNumber}，请勿重复提交。`,
      extensions: { existingId: applicationId },
    }),
}
