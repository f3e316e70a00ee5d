// Unified authentication (统一认证): persona list, code exchange, token refresh, the current user.
import { Type, type Static } from '@sinclair/typebox'
import { CityCodeSchema, IntegerEnum, IsoDateTime, ListOf, StrictObject, StringEnum } from './common'

export const AuthProblemCodes = ['REFRESH_TOKEN_INVALID', 'REFRESH_TOKEN_REUSED'] as const
export type AuthProblemCode = (typeof AuthProblemCodes)[number]

export const PersonaIdSchema = Type.String({
  title: '体验身份',
  pattern: '^[a-z][a-z0-9-]{0,31}$',
  'x-hint': '请选择列表中的体验身份',
})

export const PersonaSchema = StrictObject(
  {
    id: PersonaIdSchema,
    label: Type.String({ description: '身份名称，如“居民（有账单、车辆、证照、办件）”' }),
    description: Type.String(),
  },
  { title: 'Persona' },
)
export type Persona = Static<typeof PersonaSchema>

export const PersonaListSchema = ListOf(PersonaSchema, { title: 'PersonaList' })
export type PersonaList = Static<typeof PersonaListSchema>

export const LoginChannelSchema = StringEnum(['weapp', 'alipay', 'h5'] as const, { title: '登录渠道' })
export type LoginChannel = Static<typeof LoginChannelSchema>

export const SessionCreateBodySchema = StrictObject(
  {
    channel: LoginChannelSchema,
    code: Type.String({
      title: '登录凭证',
      minLength: 1,
      maxLength: 128,
      description: 'wx.login / my.getAuthCode 返回的 code；H5 可为任意字符串。以“<personaId>:”开头时登录为该体验身份',
    }),
    personaId: Type.Optional(PersonaIdSchema),
  },
  { title: 'SessionCreateBody' },
)
export type SessionCreateBody = Static<typeof SessionCreateBodySchema>

export const RefreshBodySchema = StrictObject(
  { refreshToken: Type.String({ title: '刷新令牌', minLength: 1, maxLength: 256 }) },
  { title: 'RefreshBody' },
)
export type RefreshBody = Static<typeof RefreshBodySchema>

export const RealNameLevelSchema = IntegerEnum([1, 2, 3] as const, {
  description: '实名等级：1 一级（手机号），2 二级（身份证+银行卡），3 三级（刷脸）',
})
export type RealNameLevel = Static<typeof RealNameLevelSchema>

export const UserKindSchema = StringEnum(['person', 'legal'] as const, { description: 'person 自然人，legal 法人' })
export type UserKind = Static<typeof UserKindSchema>

export const MeSchema = StrictObject(
  {
    id: Type.String(),
    kind: UserKindSchema,
    personaId: PersonaIdSchema,
    name: Type.String({ description: '自然人为脱敏姓名（*大友）；法人为单位全称' }),
    idNumber: Type.String({ description: '脱敏证件号：身份证 3****************X，或统一社会信用代码' }),
    mobile: Type.String({ description: '脱敏手机号 137****9050' }),
    realNameLevel: RealNameLevelSchema,
    realNameLabel: Type.String({ description: '如“实名三级（刷脸认证）”' }),
    cityCode: CityCodeSchema,
    legalRepresentative: Type.Optional(Type.String({ description: '法人：脱敏的法定代表人姓名' })),
  },
  { title: 'Me' },
)
export type Me = Static<typeof MeSchema>

export const SessionTokensSchema = StrictObject(
  {
    tokenType: Type.Literal('Bearer'),
    accessToken: Type.String(),
    accessExpiresAt: IsoDateTime({ description: '访问令牌过期时间（15 分钟）' }),
    refreshToken: Type.String(),
    refreshExpiresAt: IsoDateTime({ description: '刷新令牌过期时间（30 天）；每次刷新都会换发新的刷新令牌' }),
    user: MeSchema,
  },
  { title: 'SessionTokens' },
)
export type SessionTokens = Static<typeof SessionTokensSchema>

export const DataErasureSchema = StrictObject(
  {
    removed: Type.Array(StrictObject({ item: Type.String({ examples: ['生活缴费户号'] }), count: Type.Integer({ minimum: 0 }) })),
    sessionsEnded: Type.Integer({ minimum: 0, description: '已结束的登录会话（所有设备）' }),
    kept: Type.Array(Type.String(), { description: '依法保留、不能由用户删除的记录及原因' }),
  },
  { title: 'DataErasure', description: '“删除我的数据”的结果' },
)
export type DataErasure = Static<typeof DataErasureSchema>
