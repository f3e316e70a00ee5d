// Problems (RFC 9457) raised by handlers and hooks. The error handler turns them into answers.
import type { FieldError, Problem, ProblemExtensions } from '../../contract'

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8'

export interface ProblemInit {
  status: number
  code: string
  title: string
  detail: string
  errors?: FieldError[]
  headers?: Record<string, string>
  /** RFC 9457 extension members declared in ProblemSchema (e.g. openPaymentId). */
  extensions?: ProblemExtensions
}

export class ProblemError extends Error {
  readonly status: number
  readonly code: string
  readonly title: string
  readonly detail: string
  readonly errors?: FieldError[]
  readonly headers?: Record<string, string>
  readonly extensions?: ProblemExtensions

  constructor(init: ProblemInit) {
    // The message carries only the code: details may quote user input and must not reach logs.
    super(init.code)
    this.name = 'ProblemError'
    this.status = init.status
    this.code = init.code
    this.title = init.title
    this.detail = init.detail
    this.errors = init.errors
    this.headers = init.headers
    this.extensions = init.extensions
  }
}

export function problemTypeUri(code: string): string {
  return `urn:city-services:problem:${code.toLowerCase().replace(/_/g, '-')}`
}

export function toProblemBody(error: ProblemError, requestId: string, instance?: string): Problem {
  const body: Problem = {
    type: problemTypeUri(error.code),
    title: error.title,
    status: error.status,
    detail: error.detail,
    code: error.code,
    requestId,
  }
  if (instance !== undefined) body.instance = instance
  if (error.errors && error.errors.length > 0) body.errors = error.errors
  if (error.extensions) {
    for (const [key, value] of Object.entries(error.extensions) as [keyof ProblemExtensions, unknown][]) {
      if (value !== undefined) Object.assign(body, { [key]: value })
    }
  }
  return body
}

/** Factories for the problems every domain shares. Texts are shown to users as they are. */
export const problems = {
  malformedBody: () =>
    new ProblemError({
      status: 400,
      code: 'MALFORMED_BODY',
      title: '请求内容无法识别',
      detail: '提交的内容不是有效的 JSON，请检查后重新提交；如果问题持续，请更新到最新版本后再试。',
    }),
  unknownField: (errors: FieldError[]) =>
    new ProblemError({
      status: 400,
      code: 'UNKNOWN_FIELD',
      title: '包含不支持的字段',
      detail: `请求中有不支持的字段：${errors
        .filter((e) => e.code === 'UNKNOWN_FIELD')
        .map((e) => e.field)
        .join('、')}。请删除这些字段后重新提交。`,
      errors,
    }),
  malformedUrl: () =>
    new ProblemError({
      status: 400,
      code: 'MALFORMED_URL',
      title: '访问地址无法识别',
      detail: '访问地址中有无法识别的字符，请返回首页重新进入。',
    }),
  badRequest: (status: number) =>
    new ProblemError({
      status,
      code: 'BAD_REQUEST',
      title: '请求无法处理',
      detail: '请求的格式不正确，请更新到最新版本后再试。',
    }),
  validationFailed: (errors: FieldError[], detail?: string) =>
    new ProblemError({
      status: 400,
      code: 'VALIDATION_FAILED',
      title: '填写的信息有误',
      detail:
        detail ??
        (errors.length > 0
          ? `${errors[0].message}${errors.length > 1 ? `（共 ${errors.length} 处需要修改）` : ''}。`
          : '请检查填写的信息后重新提交。'),
      errors,
    }),
  unsupportedMediaType: () =>
    new ProblemError({
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      title: '不支持的内容格式',
      detail: '请以 JSON 格式（Content-Type: application/json）提交。',
    }),
  payloadTooLarge: () =>
    new ProblemError({
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
      title: '提交的内容过大',
      detail: '提交的内容超过了大小限制，请精简后重新提交。',
    }),
  tokenMissing: () =>
    new ProblemError({
      status: 401,
      code: 'TOKEN_MISSING',
      title: '请先登录',
      detail: '该服务需要登录后使用，请登录后再试。',
      headers: { 'www-authenticate': 'Bearer realm="city-services"' },
    }),
  tokenInvalid: () =>
    new ProblemError({
      status: 401,
      code: 'TOKEN_INVALID',
      title: '登录状态已失效',
      detail: '您的登录状态已失效（可能已在其他地方退出），请重新登录。',
      headers: { 'www-authenticate': 'Bearer realm="city-services", error="invalid_token"' },
    }),
  tokenExpired: () =>
    new ProblemError({
      status: 401,
      code: 'TOKEN_EXPIRED',
      title: '登录已过期',
      detail: '登录已超时，请重新登录后再试。',
      headers: { 'www-authenticate': 'Bearer realm="city-services", error="invalid_token", error_description="expired"' },
    }),
  forbiddenResource: (what = '该信息') =>
    new ProblemError({
      status: 403,
      code: 'FORBIDDEN_RESOURCE',
      title: '无权查看',
      detail: `${what}不属于当前登录用户，无法查看或操作。请确认登录的账号是否正确。`,
    }),
  notFound: (detail: string) =>
    new ProblemError({ status: 404, code: 'NOT_FOUND', title: '没有找到相关信息', detail }),
  routeNotFound: () =>
    new ProblemError({
      status: 404,
      code: 'ROUTE_NOT_FOUND',
      title: '服务地址不存在',
      detail: '访问的服务地址不存在，请返回首页重试；如果问题持续，请更新到最新版本。',
    }),
  methodNotAllowed: (allowed: string[]) =>
    new ProblemError({
      status: 405,
      code: 'METHOD_NOT_ALLOWED',
      title: '不支持的操作',
      detail: `该服务地址不支持此操作（支持：${allowed.join('、')}），请更新到最新版本后再试。`,
      headers: { allow: allowed.join(', ') },
    }),
  faultInjected: () =>
    new ProblemError({
      status: 503,
      code: 'FAULT_INJECTED',
      title: '服务暂时不可用',
      detail: '服务繁忙，请稍后再试。（沙箱故障注入）',
      headers: { 'retry-after': '1' },
    }),
  adminDisabled: () =>
    new ProblemError({
      status: 404,
      code: 'ADMIN_DISABLED',
      title: '管理接口未启用',
      detail: '沙箱管理接口只在本机启用（启动时设置 SANDBOX_ADMIN=1），并且只接受来自本机的请求。',
    }),
  internal: () =>
    new ProblemError({
      status: 500,
      code: 'INTERNAL_ERROR',
      title: '系统开小差了',
      detail: '服务出现异常，请稍后再试；如果问题持续，请联系 12345 热线并提供请求编号。',
    }),
}
