import type { Problem } from '@contract'

/** Codes the client itself produces when there is no problem document to read. */
export type ClientErrorCode = 'NETWORK_ERROR' | 'TIMEOUT' | 'SERVER_ERROR' | 'BAD_RESPONSE' | 'SESSION_ENDED'

/**
 * Every failed API call surfaces as an ApiError: the stable `code` for program
 * logic, and Chinese `title`/`detail` that the UI shows as they are.
 */
export class ApiError extends Error {
  readonly code: string
  readonly status: number
  readonly title: string
  readonly detail: string
  readonly fieldErrors: Readonly<Record<string, string>>
  readonly requestId?: string
  /** Extra members of the problem document (e.g. openPaymentId), for program logic. */
  readonly extensions: Readonly<Record<string, unknown>>

  constructor(init: {
    code: string
    status: number
    title: string
    detail: string
    fieldErrors?: Record<string, string>
    requestId?: string
    extensions?: Record<string, unknown>
  }) {
    super(`${init.code}: ${init.title}`)
    this.name = 'ApiError'
    this.code = init.code
    this.status = init.status
    this.title = init.title
    this.detail = init.detail
    this.fieldErrors = init.fieldErrors ?? {}
    this.requestId = init.requestId
    this.extensions = init.extensions ?? {}
  }

  /** One line for a toast or an inline error. */
  get userMessage(): string {
    return this.detail || this.title
  }
}

const CLIENT_TEXT: Record<ClientErrorCode, { title: string; detail: string }> = {
  NETWORK_ERROR: { title: '网络连接失败', detail: '请检查网络后重试，已填写的内容不会丢失。' },
  TIMEOUT: { title: '请求超时', detail: '服务响应较慢，请稍后重试，已填写的内容不会丢失。' },
  SERVER_ERROR: { title: '服务暂时不可用', detail: '请稍后重试；如多次失败，可拨打 12345 政务服务热线。' },
  BAD_RESPONSE: { title: '服务返回异常', detail: '请稍后重试；如多次失败，可拨打 12345 政务服务热线。' },
  SESSION_ENDED: { title: '登录已失效', detail: '为保护您的信息安全，请重新登录。' },
}

export function clientError(code: ClientErrorCode, status = 0): ApiError {
  return new ApiError({ code, status, ...CLIENT_TEXT[code] })
}

function isProblem(body: unknown): body is Problem {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as Problem).code === 'string' &&
    typeof (body as Problem).title === 'string'
  )
}

/** Turns an HTTP status and body into an ApiError (problem+json when the server sent one). */
export function errorFromResponse(status: number, body: unknown): ApiError {
  if (isProblem(body)) {
    const fieldErrors: Record<string, string> = {}
    const { type: _type, title: _title, status: _status, detail: _detail, code: _code, instance: _instance, requestId: _requestId, errors: _errors, ...extensions } = body
    for (const fieldError of body.errors ?? []) {
      if (!fieldErrors[fieldError.field]) fieldErrors[fieldError.field] = fieldError.message
    }
    return new ApiError({
      code: body.code,
      status,
      title: body.title,
      detail: body.detail ?? '',
      fieldErrors,
      requestId: body.requestId,
      extensions,
    })
  }
  return clientError(status >= 500 ? 'SERVER_ERROR' : 'BAD_RESPONSE', status)
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}

/** The text to show for any error thrown by a query or mutation. */
export function messageOf(error: unknown): string {
  if (isApiError(error)) return error.userMessage
  return CLIENT_TEXT.BAD_RESPONSE.detail
}
