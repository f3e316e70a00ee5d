import {
  AddressCreateBodySchema,
  AddressListSchema,
  AddressParamsSchema,
  AddressSchema,
  MAX_ADDRESSES_PER_USER,
  NoContentSchema,
  type Address,
} from '../../../contract'
import { toIso } from '../../lib/clock'
import { maskMobile, maskName } from '../../lib/masking'
import { ProblemError, problems } from '../../http/problem'
import { BODY_PROBLEMS, responses } from '../../http/responses'
import { currentUser, type DomainRoutes } from '../../http/types'
import { createAddressRepo, type AddressRow } from './repo'

const tags = ['addresses']
const security = [{ bearerAuth: [] }]

function toAddress(row: AddressRow): Address {
  return {
    id: row.id,
    label: row.label,
    recipient: maskName(row.recipient),
    mobile: maskMobile(row.mobile),
    region: row.region,
    detail: row.detail,
    createdAt: toIso(row.created_at),
  }
}

const addressNotFound = () => problems.notFound('没有找到这个地址，可能已被删除，请刷新地址列表。')

export const addressRoutes: DomainRoutes = async (app, { ctx }) => {
  const repo = createAddressRepo(ctx.db)
  app.addHook('onRequest', ctx.authenticate)

  /** The address if it belongs to the caller; 404 if it does not exist, 403 if it is someone else's. */
  function ownAddress(id: string, userId: string): AddressRow {
    const row = repo.get(id)
    if (!row) throw addressNotFound()
    if (row.user_id !== userId) throw problems.forbiddenResource('该地址')
    return row
  }

  app.get(
    '/me/addresses',
    { schema: { tags, security, summary: 'My delivery addresses', response: responses({ 200: AddressListSchema }, 401) } },
    async (request) => ({ items: repo.list(currentUser(request).userId).map(toAddress) }),
  )

  app.post(
    '/me/addresses',
    {
      schema: {
        tags,
        security,
        summary: 'Add a delivery address',
        body: AddressCreateBodySchema,
        response: responses({ 201: AddressSchema }, 401, 409, ...BODY_PROBLEMS),
      },
    },
    async (request, reply) => {
      const row = repo.create(currentUser(request).userId, request.body, ctx.clock.now(), MAX_ADDRESSES_PER_USER)
      if (!row) {
        throw new ProblemError({
          status: 409,
          code: 'ADDRESS_LIMIT_REACHED',
          title: '地址数量已达上限',
          detail: `最多可保存 ${MAX_ADDRESSES_PER_USER} 个地址，请删除不用的地址后再添加。`,
        })
      }
      return reply.code(201).header('location', `/api/v1/me/addresses/${row.id}`).send(toAddress(row))
    },
  )

  app.get(
    '/me/addresses/:id',
    {
      schema: {
        tags,
        security,
        summary: 'One of my addresses',
        params: AddressParamsSchema,
        response: responses({ 200: AddressSchema }, 401, 403, 404),
      },
    },
    async (request) => toAddress(ownAddress(request.params.id, currentUser(request).userId)),
  )

  app.delete(
    '/me/addresses/:id',
    {
      schema: {
        tags,
        security,
        summary: 'Delete one of my addresses',
        params: AddressParamsSchema,
        response: responses({ 204: NoContentSchema }, 401, 403, 404),
      },
    },
    async (request, reply) => {
      const row = ownAddress(request.params.id, currentUser(request).userId)
      repo.remove(row.id)
      return reply.code(204).send(null)
    },
  )
}
