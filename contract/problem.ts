// RFC 9457 problem details: the one shape of every error answer (application/problem+json).
import { Type, type Static } from '@sinclair/typebox'
import { StrictObject } from './common'

export const FieldErrorSchema = StrictObject(
  {
    field: Type.String({ description: '出错的字段，如 mobile、items[0].name；整个请求体出错时为 body' }),
    code: Type.String({ description: '机器可读的错误类型，如 REQUIRED、PATTERN、UNKNOWN_FIELD' }),
    message: Type.String({ description: '可直接展示给用户的中文提示' }),
  },
  { title: 'FieldError' },
)
export type FieldError = Static<typeof FieldErrorSchema>

export const ProblemSchema = StrictObject(
  {
    type: Type.String({ description: '问题类型 URI' }),
    title: Type.String({ description: '简短的中文标题，可直接展示' }),
    status: Type.Integer({ minimum: 400, maximum: 599 }),
    detail: Type.String({ description: '中文说明：发生了什么、用户该怎么做' }),
    code: Type.String({ pattern: '^[A-Z][A-Z0-9_]*$', description: '稳定的机器可读错误码' }),
    instance: Type.Optional(Type.String({ description: '出错的请求路径（不含查询参数）' })),
    requestId: Type.String({ description: '请求编号，与响应头 x-request-id 相同' }),
    errors: Type.Optional(Type.Array(FieldErrorSchema, { description: '表单字段错误' })),
    // Extension members (RFC 9457 §3.2): present only on the problems that name them.
    openPaymentId: Type.Optional(
      Type.String({
        description: 'ITEM_IN_OPEN_PAYMENT：占用该项目的未完成支付（属于当前用户时才给出），可继续支付或取消它',
      }),
    ),
    existingId: Type.Optional(Type.String({ description: 'ACCOUNT_ALREADY_BOUND 等：已经存在的那条记录的编号' })),
    retryAfter: Type.Optional(Type.Integer({ minimum: 1, description: '429 等：多少秒后可以再试（与 Retry-After 响应头相同）' })),
    nextFreeSlots: Type.Optional(
      Type.Array(
        StrictObject(
          {
            date: Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' }),
            start: Type.String({ pattern: '^[0-9]{2}:[0-9]{2}$' }),
            end: Type.String({ pattern: '^[0-9]{2}:[0-9]{2}$' }),
            remaining: Type.Integer({ minimum: 1 }),
          },
          { title: 'FreeSlot' },
        ),
        { description: 'SLOT_FULL：同一大厅同一事项接下来有空余名额的时段' },
      ),
    ),
    blockedUntil: Type.Optional(Type.String({ description: 'BOOKING_BLOCKED：暂停预约的截止日期（含当天）' })),
  },
  { title: 'Problem' },
)
export type Problem = Static<typeof ProblemSchema>

/** The extension members a problem may carry besides the standard ones. */
export type ProblemExtensions = Pick<Problem, 'openPaymentId' | 'existingId' | 'retryAfter' | 'nextFreeSlots' | 'blockedUntil'>

/** Error codes shared by every route. Domains add their own codes next to their schemas. */
export const CommonProblemCodes = [
  'MALFORMED_BODY',
  'UNKNOWN_FIELD',
  'VALIDATION_FAILED',
  'UNSUPPORTED_MEDIA_TYPE',
  'PAYLOAD_TOO_LARGE',
  'TOKEN_MISSING',
  'TOKEN_INVALID',
  'TOKEN_EXPIRED',
  'FORBIDDEN_RESOURCE',
  'NOT_FOUND',
  'ROUTE_NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'FAULT_INJECTED',
  'ADMIN_DISABLED',
  'INTERNAL_ERROR',
] as const
export type CommonProblemCode = (typeof CommonProblemCodes)[number]

/** Codes of field errors inside `Problem.errors`. */
export const FieldErrorCodes = [
  'REQUIRED',
  'TYPE',
  'PATTERN',
  'FORMAT',
  'MIN_LENGTH',
  'MAX_LENGTH',
  'MINIMUM',
  'MAXIMUM',
  'ENUM',
  'MIN_ITEMS',
  'MAX_ITEMS',
  'UNKNOWN_FIELD',
  'INVALID',
] as const
export type FieldErrorCode = (typeof FieldErrorCodes)[number]
