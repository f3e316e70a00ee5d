// Sandbox-only admin API (/__admin): fault injection and clock offset. Not part of the platform.
import { Type, type Static } from '@sinclair/typebox'
import { IsoDateTime, StrictObject } from './common'

export const FaultRuleInputSchema = StrictObject(
  {
    id: Type.Optional(Type.String({ title: '规则编号', minLength: 1, maxLength: 40 })),
    method: Type.Optional(Type.String({ title: 'HTTP 方法', pattern: '^[A-Za-z]{3,7}$' })),
    path: Type.String({
      title: '路径',
      minLength: 1,
      maxLength: 200,
      pattern: '^/',
      description: '路径通配：* 匹配任意字符（含 /），? 匹配单个字符，如 /api/v1/payments*',
    }),
    latencyMs: Type.Optional(Type.Integer({ title: '延迟毫秒数', minimum: 0, maximum: 60000 })),
    errorRate: Type.Optional(Type.Number({ title: '错误率', minimum: 0, maximum: 1 })),
    dropRate: Type.Optional(Type.Number({ title: '丢弃响应率', minimum: 0, maximum: 1 })),
    times: Type.Optional(Type.Integer({ title: '生效次数', minimum: 1, maximum: 1000000 })),
  },
  { title: 'FaultRuleInput' },
)
export type FaultRuleInput = Static<typeof FaultRuleInputSchema>

export const FaultRuleSchema = StrictObject(
  {
    id: Type.String(),
    method: Type.Optional(Type.String()),
    path: Type.String(),
    latencyMs: Type.Optional(Type.Integer({ minimum: 0 })),
    errorRate: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
    dropRate: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
    times: Type.Optional(Type.Integer({ minimum: 1 })),
    remaining: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], { description: '剩余生效次数；null 为不限' }),
    hits: Type.Integer({ minimum: 0, description: '已匹配次数' }),
  },
  { title: 'FaultRule' },
)
export type FaultRule = Static<typeof FaultRuleSchema>

export const FaultRulesBodySchema = StrictObject(
  { rules: Type.Array(FaultRuleInputSchema, { maxItems: 100 }) },
  { title: 'FaultRulesBody' },
)
export type FaultRulesBody = Static<typeof FaultRulesBodySchema>

export const FaultStateSchema = StrictObject(
  { rules: Type.Array(FaultRuleSchema), seed: Type.Integer() },
  { title: 'FaultState' },
)
export type FaultState = Static<typeof FaultStateSchema>

export const ClockBodySchema = StrictObject(
  { offsetMs: Type.Integer({ title: '时间偏移（毫秒）', minimum: -3153600000000, maximum: 3153600000000 }) },
  { title: 'ClockBody' },
)
export type ClockBody = Static<typeof ClockBodySchema>

export const ClockStateSchema = StrictObject(
  { offsetMs: Type.Integer(), now: IsoDateTime() },
  { title: 'ClockState' },
)
export type ClockState = Static<typeof ClockStateSchema>
