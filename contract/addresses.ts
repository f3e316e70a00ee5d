// Delivery addresses of the current user (used later for EMS delivery of certificates).
import { Type, type Static } from '@sinclair/typebox'
import { IsoDateTime, ListOf, StrictObject } from './common'

export const AddressesProblemCodes = ['ADDRESS_LIMIT_REACHED'] as const
export type AddressesProblemCode = (typeof AddressesProblemCodes)[number]

/** At most this many saved addresses per user. */
export const MAX_ADDRESSES_PER_USER = 20

export const AddressIdSchema = Type.String({ title: '地址编号', pattern: '^addr_[A-Za-z0-9_-]{1,40}$' })

export const AddressCreateBodySchema = StrictObject(
  {
    label: Type.String({ title: '地址标签', minLength: 1, maxLength: 10, pattern: '\\S', examples: ['家', '公司'] }),
    recipient: Type.String({ title: '收件人', minLength: 1, maxLength: 20, pattern: '\\S' }),
    mobile: Type.String({
      title: '手机号码',
      pattern: '^1[3-9][0-9]{9}$',
      'x-hint': '请输入以 1 开头的 11 位手机号码',
    }),
    region: Type.String({ title: '所在地区', minLength: 2, maxLength: 50, pattern: '\\S', examples: ['浙江省杭州市西湖区'] }),
    detail: Type.String({ title: '详细地址', minLength: 2, maxLength: 100, pattern: '\\S', examples: ['文三路 100 号 2 幢 301 室'] }),
  },
  { title: 'AddressCreateBody' },
)
export type AddressCreateBody = Static<typeof AddressCreateBodySchema>

export const AddressSchema = StrictObject(
  {
    id: AddressIdSchema,
    label: Type.String(),
    recipient: Type.String({ description: '脱敏收件人，如 *大友' }),
    mobile: Type.String({ description: '脱敏手机号，如 137****9050' }),
    region: Type.String(),
    detail: Type.String(),
    createdAt: IsoDateTime(),
  },
  { title: 'Address' },
)
export type Address = Static<typeof AddressSchema>

export const AddressListSchema = ListOf(AddressSchema, { title: 'AddressList' })
export type AddressList = Static<typeof AddressListSchema>

export const AddressParamsSchema = StrictObject({ id: AddressIdSchema }, { title: 'AddressParams' })
export type AddressParams = Static<typeof AddressParamsSchema>
