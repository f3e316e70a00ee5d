import { MAX_ADDRESSES_PER_USER, type Address, type AddressCreateBody, type AddressList } from '../../../contract'
import { bearer, buildTestServer, expectProblem, login, type TestServer } from '../../test/helpers'
import { SEEDED_ADDRESSES } from './seed'

let t: TestServer
let token: string
beforeEach(async () => {
  t = await buildTestServer()
  token = (await login(t.app, 'resident')).accessToken
})
afterEach(async () => {
  await t.app.close()
})

const valid: AddressCreateBody = {
  label: '父母家',
  recipient: '王建国',
  mobile: '13957112345',
  region: '浙江省杭州市拱墅区',
  detail: '湖墅南路 88 号 3 单元 502 室',
}

const create = (payload: unknown, auth = token) =>
  t.app.inject({ method: 'POST', url: '/api/v1/me/addresses', headers: bearer(auth), payload: payload as object })

describe('addresses', () => {
  it('lists my seeded address, masked', async () => {
    const res = await t.app.inject({ url: '/api/v1/me/addresses', headers: bearer(token) })
    expect(res.statusCode).toBe(200)
    const { items } = res.json<AddressList>()
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({ id: SEEDED_ADDRESSES.residentHome, label: '家', recipient: '*大友', mobile: '137****9050' })
    expect(res.body).not.toContain('13757179050')
    expect(res.body).not.toContain('王大友')
  })

  it('creates, reads and deletes an address', async () => {
    const created = await create(valid)
    expect(created.statusCode).toBe(201)
    const address = created.json<Address>()
    expect(address).toMatchObject({ label: '父母家', recipient: '*建国', mobile: '139****2345', region: valid.region, detail: valid.detail })
    expect(address.createdAt).toBe(new Date(t.clock.now()).toISOString())
    expect(created.headers.location).toBe(`/api/v1/me/addresses/${address.id}`)
    // Stored in full (EMS needs it), shown masked.
    const row = t.app.sandbox.db.prepare('SELECT recipient, mobile FROM addresses WHERE id = ?').get(address.id)
    expect(row).toEqual({ recipient: '王建国', mobile: '13957112345' })

    const got = await t.app.inject({ url: `/api/v1/me/addresses/${address.id}`, headers: bearer(token) })
    expect(got.json<Address>()).toEqual(address)

    const list = await t.app.inject({ url: '/api/v1/me/addresses', headers: bearer(token) })
    expect(list.json<AddressList>().items.map((a) => a.id)).toEqual([SEEDED_ADDRESSES.residentHome, address.id])

    const deleted = await t.app.inject({ method: 'DELETE', url: `/api/v1/me/addresses/${address.id}`, headers: bearer(token) })
    expect(deleted.statusCode).toBe(204)
    expectProblem(await t.app.inject({ url: `/api/v1/me/addresses/${address.id}`, headers: bearer(token) }), 404, 'NOT_FOUND')
    expectProblem(
      await t.app.inject({ method: 'DELETE', url: `/api/v1/me/addresses/${address.id}`, headers: bearer(token) }),
      404,
      'NOT_FOUND',
    )
  })

  it("denies another user's address (403) and leaves it in place", async () => {
    const other = SEEDED_ADDRESSES.elderHome
    const read = expectProblem(await t.app.inject({ url: `/api/v1/me/addresses/${other}`, headers: bearer(token) }), 403, 'FORBIDDEN_RESOURCE')
    expect(read.detail).not.toContain('林秀珍')
    expect(JSON.stringify(read)).not.toContain('13905778126')
    expectProblem(
      await t.app.inject({ method: 'DELETE', url: `/api/v1/me/addresses/${other}`, headers: bearer(token) }),
      403,
      'FORBIDDEN_RESOURCE',
    )
    const elder = (await login(t.app, 'elder')).accessToken
    const still = await t.app.inject({ url: `/api/v1/me/addresses/${other}`, headers: bearer(elder) })
    expect(still.statusCode).toBe(200)
    // And the elder does not see the resident's addresses in her list.
    const list = await t.app.inject({ url: '/api/v1/me/addresses', headers: bearer(elder) })
    expect(list.json<AddressList>().items.map((a) => a.id)).toEqual([other])
  })

  it('404 for an unknown id, 400 for a malformed one', async () => {
    expectProblem(await t.app.inject({ url: '/api/v1/me/addresses/addr_nope', headers: bearer(token) }), 404, 'NOT_FOUND')
    const bad = expectProblem(await t.app.inject({ url: '/api/v1/me/addresses/12345', headers: bearer(token) }), 400, 'VALIDATION_FAILED')
    expect(bad.errors?.[0].field).toBe('id')
  })

  it('needs a login, checked before the body', async () => {
    expectProblem(await t.app.inject({ url: '/api/v1/me/addresses' }), 401, 'TOKEN_MISSING')
    expectProblem(await t.app.inject({ method: 'POST', url: '/api/v1/me/addresses', payload: { junk: 1 } }), 401, 'TOKEN_MISSING')
    expectProblem(await t.app.inject({ url: `/api/v1/me/addresses/${SEEDED_ADDRESSES.residentHome}` }), 401, 'TOKEN_MISSING')
  })

  it('validates fields with Chinese messages', async () => {
    const res = await create({ ...valid, mobile: '12345678901', recipient: '王'.repeat(21), label: '' })
    const problem = expectProblem(res, 400, 'VALIDATION_FAILED')
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        { field: 'mobile', code: 'PATTERN', message: '请输入以 1 开头的 11 位手机号码' },
        { field: 'recipient', code: 'MAX_LENGTH', message: '收件人不能超过 20 个字' },
        { field: 'label', code: 'MIN_LENGTH', message: '请填写地址标签' },
      ]),
    )
    const missing = expectProblem(await create({ label: '家' }), 400, 'VALIDATION_FAILED')
    expect(missing.errors?.map((e) => e.field).sort()).toEqual(['detail', 'mobile', 'recipient', 'region'])
    expect(missing.errors?.find((e) => e.field === 'recipient')?.message).toBe('请填写收件人')
    const wrongType = expectProblem(await create({ ...valid, mobile: 13957112345 }), 400, 'VALIDATION_FAILED')
    expect(wrongType.errors).toEqual([{ field: 'mobile', code: 'TYPE', message: '请输入以 1 开头的 11 位手机号码' }])
    const blank = expectProblem(await create({ ...valid, recipient: '   ' }), 400, 'VALIDATION_FAILED')
    expect(blank.errors?.[0]).toMatchObject({ field: 'recipient', code: 'PATTERN' })
  })

  it('rejects unknown fields, naming them', async () => {
    const problem = expectProblem(await create({ ...valid, isDefault: true }), 400, 'UNKNOWN_FIELD')
    expect(problem.detail).toContain('isDefault')
    expect(problem.errors).toEqual([expect.objectContaining({ field: 'isDefault', code: 'UNKNOWN_FIELD' })])
  })

  it(`keeps at most ${MAX_ADDRESSES_PER_USER} addresses`, async () => {
    for (let i = 1; i < MAX_ADDRESSES_PER_USER; i += 1) expect((await create(valid)).statusCode).toBe(201)
    const problem = expectProblem(await create(valid), 409, 'ADDRESS_LIMIT_REACHED')
    expect(problem.detail).toContain(String(MAX_ADDRESSES_PER_USER))
  })
})
