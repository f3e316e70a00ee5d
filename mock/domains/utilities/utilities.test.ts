import {
  MAX_ACCOUNTS_PER_USER,
  type AccountPreview,
  type AdminBill,
  type Bill,
  type HouseholdAccount,
  type HouseholdAccountList,
  type Payment,
  type ProviderList,
  type UnboundAccountList,
} from '../../../contract'
import { ALL_CITY_CODES } from '../catalogue/data/cities'
import { bearer, buildTestServer, expectProblem, login, type TestServer } from '../../test/helpers'
import {
  ELDER_GAS,
  RESIDENT_ELECTRICITY,
  RESIDENT_GAS,
  RESIDENT_WATER,
  billsOf,
  count,
  createPayment,
  getPayment,
  railPay,
} from '../../test/payment-helpers'
import { PROVIDERS } from './data/providers'
import { BIND_JOURNEY_ACCOUNTS, HISTORY_MONTHS, SEEDED_ACCOUNTS } from './seed'

let t: TestServer
let token: string
beforeEach(async () => {
  t = await buildTestServer({ admin: true, paymentNotifyDelayMs: 2000 })
  token = (await login(t.app, 'resident')).accessToken
})
afterEach(async () => {
  await t.app.close()
})

const providers = (query: string) => t.app.inject({ url: `/api/v1/utilities/providers${query}` })
const lookup = (payload: object, auth = token) =>
  t.app.inject({ method: 'POST', url: '/api/v1/utilities/accounts/lookup', headers: bearer(auth), payload })
const bind = (payload: object, auth = token) => t.app.inject({ method: 'POST', url: '/api/v1/utilities/accounts', headers: bearer(auth), payload })
const accounts = async (auth = token) =>
  (await t.app.inject({ url: '/api/v1/utilities/accounts', headers: bearer(auth) })).json<HouseholdAccountList>().items

const [journeyWater, journeyWater2] = BIND_JOURNEY_ACCOUNTS

describe('providers', () => {
  it('every city has at least one provider per type, with fictional-but-plausible names', async () => {
    for (const city of ALL_CITY_CODES) {
      const res = await providers(`?city=${city}`)
      expect(res.statusCode).toBe(200)
      const { items } = res.json<ProviderList>()
      for (const type of ['water', 'electricity', 'gas'] as const) {
        expect([city, type, items.filter((p) => p.type === type).length]).toEqual([city, type, expect.any(Number)])
        expect(items.some((p) => p.type === type)).toBe(true)
      }
      for (const p of items) expect(p.cityCode).toBe(city)
    }
    const hz = (await providers('?city=330100&type=electricity')).json<ProviderList>().items
    expect(hz.map((p) => p.name)).toEqual(['国网杭州供电公司'])
  })

  it('is public, filters by type and rejects unknown cities and types', async () => {
    const water = (await providers('?city=330100&type=water')).json<ProviderList>().items
    expect(water.map((p) => p.name)).toEqual(['杭州水务集团', '杭州萧山供排水有限公司'])
    expect(water[0].accountFormat).toEqual({
      length: 10,
      prefix: '3',
      pattern: '^3[0-9]{9}$',
      hint: '户号为 10 位数字，以 3 开头，见水费账单左上角“户号”一栏',
      example: '3012345678',
    })
    expect(expectProblem(await providers('?city=999999'), 400, 'VALIDATION_FAILED').errors?.[0].field).toBe('city')
    expect(expectProblem(await providers('?city=330100&type=heat'), 400, 'VALIDATION_FAILED').errors?.[0].field).toBe('type')
    expectProblem(await providers(''), 400, 'VALIDATION_FAILED')
  })

  it('declares a different, consistent 户号 format per provider (8–12 characters, some with prefixes)', () => {
    const formats = PROVIDERS.map((p) => `${p.format.length}/${p.format.prefix}`)
    expect(new Set(formats).size).toBeGreaterThanOrEqual(25)
    expect(PROVIDERS.some((p) => /[A-Z]/.test(p.format.prefix))).toBe(true)
    expect(PROVIDERS.some((p) => p.format.prefix === '')).toBe(true)
    for (const p of PROVIDERS) {
      const re = new RegExp(p.format.pattern)
      expect([p.id, p.format.length >= 8 && p.format.length <= 12]).toEqual([p.id, true])
      expect([p.id, re.test(p.format.example), p.format.example.length]).toEqual([p.id, true, p.format.length])
      expect(p.format.example.startsWith(p.format.prefix)).toBe(true)
      expect(p.format.hint).toContain(String(p.format.length))
      expect(re.test(p.format.example + '0')).toBe(false)
    }
    // Every stored account fits its provider's format.
    const rows = t.app.sandbox.db
      .prepare('SELECT a.account_number, p.account_pattern FROM utility_accounts a JOIN utility_providers p ON p.id = a.provider_id')
      .all() as { account_number: string; account_pattern: string }[]
    expect(rows.length).toBeGreaterThan(PROVIDERS.length * 4)
    for (const r of rows) expect([r.account_number, new RegExp(r.account_pattern).test(r.account_number)]).toEqual([r.account_number, true])
  })
})

describe('account lookup', () => {
  it('shows the masked holder and address and the arrears, never the full name', async () => {
    const res = await lookup({ providerId: journeyWater.providerId, accountNumber: journeyWater.accountNumber })
    expect(res.statusCode).toBe(200)
    const preview = res.json<AccountPreview>()
    expect(preview).toMatchObject({
      providerId: '330100-water-1',
      providerName: '杭州水务集团',
      type: 'water',
      cityCode: '330100',
      accountNumber: journeyWater.accountNumber,
      holderName: '*建华',
      address: '拱墅区****室',
      unpaidCount: 2,
    })
    expect(preview.arrearsFen).toBeGreaterThan(0)
    expect(res.body).not.toContain('陈建华')
    expect(res.body).not.toContain('湖墅南路')
  })

  it('checks the format per provider: the field error is the provider hint', async () => {
    for (const p of PROVIDERS) {
      for (const wrong of [p.format.example.slice(0, -1), `${p.format.example}9`, 'ABCDEFGHIJ']) {
        const problem = expectProblem(await lookup({ providerId: p.id, accountNumber: wrong }), 400, 'VALIDATION_FAILED')
        expect(problem.errors).toEqual([{ field: 'accountNumber', code: 'PATTERN', message: p.format.hint }])
      }
    }
  })

  it('accepts spaces, hyphens and lower-case letters as people copy them', async () => {
    const spaced = await lookup({ providerId: '330100-water-1', accountNumber: ' 3207 7319-54 ' })
    expect(spaced.json<AccountPreview>().accountNumber).toBe('3207731954')
    const lower = await lookup({ providerId: SEEDED_ACCOUNTS.familyGas.providerId, accountNumber: 'wz20418366' })
    expect(lower.json<AccountPreview>()).toMatchObject({ accountNumber: 'WZ20418366', holderName: '*秀珍' })
  })

  it('a well-formed but unknown 户号 is 404 ACCOUNT_NOT_FOUND, telling the user to check the paper bill', async () => {
    const problem = expectProblem(await lookup({ providerId: '330100-water-1', accountNumber: '3012345678' }), 404, 'ACCOUNT_NOT_FOUND')
    expect(problem.detail).toContain('纸质账单')
    expect(problem.detail).toContain('户号为 10 位数字，以 3 开头')
    expect(problem.errors?.[0].field).toBe('accountNumber')
  })

  it('an unknown provider is a field error on providerId', async () => {
    const unknown = expectProblem(await lookup({ providerId: '330100-water-9', accountNumber: '3207731954' }), 400, 'VALIDATION_FAILED')
    expect(unknown.errors).toEqual([{ field: 'providerId', code: 'INVALID', message: '没有这个缴费单位，请从列表中重新选择' }])
    const malformed = expectProblem(await lookup({ providerId: 'hz-water', accountNumber: '3207731954' }), 400, 'VALIDATION_FAILED')
    expect(malformed.errors?.[0]).toMatchObject({ field: 'providerId', message: '请从列表中选择缴费单位' })
    expectProblem(await lookup({ providerId: '330100-water-1' }), 400, 'VALIDATION_FAILED')
    expectProblem(await lookup({ providerId: '330100-water-1', accountNumber: '3207731954', holder: 'x' }), 400, 'UNKNOWN_FIELD')
  })

  it('needs a login', async () => {
    expectProblem(await t.app.inject({ method: 'POST', url: '/api/v1/utilities/accounts/lookup', payload: {} }), 401, 'TOKEN_MISSING')
    expectProblem(await t.app.inject({ url: '/api/v1/utilities/accounts' }), 401, 'TOKEN_MISSING')
    expectProblem(await t.app.inject({ url: `/api/v1/utilities/accounts/${RESIDENT_WATER}/bills` }), 401, 'TOKEN_MISSING')
  })
})

describe('bound accounts', () => {
  it('seeds the resident with water and electricity at home and gas at the parents', async () => {
    const items = await accounts()
    expect(items.map((a) => [a.id, a.type, a.label, a.cityCode, a.unpaidCount, a.holderName])).toEqual([
      [RESIDENT_WATER, 'water', '家里', '330100', 2, '*大友'],
      [RESIDENT_ELECTRICITY, 'electricity', '家里', '330100', 1, '*大友'],
      [RESIDENT_GAS, 'gas', '父母家', '330300', 1, '*秀珍'],
    ])
    for (const a of items) {
      const unpaid = await billsOf(t.app, token, a.id, 'unpaid')
      expect(a.arrearsFen).toBe(unpaid.reduce((sum, b) => sum + b.amountFen, 0))
    }
    const elder = (await login(t.app, 'elder')).accessToken
    expect((await accounts(elder)).map((a) => [a.id, a.label, a.accountNumber])).toEqual([[ELDER_GAS, '家里', 'WZ20418366']])
  })

  it('says at lookup, before 确认绑定, that the caller already has the account bound (issue 15.11)', async () => {
    const before = await lookup({ providerId: journeyWater.providerId, accountNumber: journeyWater.accountNumber })
    expect(before.statusCode).toBe(200)
    expect(before.json<AccountPreview>().boundId).toBeUndefined()
    const account = (await bind({ providerId: journeyWater.providerId, accountNumber: journeyWater.accountNumber })).json<HouseholdAccount>()
    const after = await lookup({ providerId: journeyWater.providerId, accountNumber: ` ${journeyWater.accountNumber} ` })
    expect(after.json<AccountPreview>().boundId).toBe(account.id)
    // Someone else's binding of the same account is not the caller's business (family members may bind it too).
    const elder = (await login(t.app, 'elder')).accessToken
    expect((await lookup({ providerId: journeyWater.providerId, accountNumber: journeyWater.accountNumber }, elder)).json<AccountPreview>().boundId).toBeUndefined()
  })

  it('binds (label optional), refuses a second binding of the same account, relabels and unbinds', async () => {
    const created = await bind({ providerId: journeyWater.providerId, accountNumber: journeyWater.accountNumber, label: ' 父母家 ' })
    expect(created.statusCode).toBe(201)
    const account = created.json<HouseholdAccount>()
    expect(account).toMatchObject({ label: '父母家', holderName: '*建华', address: '拱墅区****室', unpaidCount: 2, boundAt: new Date(t.clock.now()).toISOString() })
    expect(created.headers.location).toBe(`/api/v1/utilities/accounts/${account.id}`)
    expect((await t.app.inject({ url: `/api/v1/utilities/accounts/${account.id}`, headers: bearer(token) })).json<HouseholdAccount>()).toEqual(account)

    const again = expectProblem(await bind({ providerId: journeyWater.providerId, accountNumber: journeyWater.accountNumber }), 409, 'ACCOUNT_ALREADY_BOUND')
    expect(again.existingId).toBe(account.id)

    const defaulted = await bind({ providerId: journeyWater2.providerId, accountNumber: journeyWater2.accountNumber })
    expect(defaulted.json<HouseholdAccount>().label).toBe('家里')

    const patched = await t.app.inject({ method: 'PUT', url: `/api/v1/utilities/accounts/${account.id}/label`, headers: bearer(token), payload: { label: '公司' } })
    expect(patched.json<HouseholdAccount>()).toEqual({ ...account, label: '公司' })
    const tooLong = await t.app.inject({ method: 'PUT', url: `/api/v1/utilities/accounts/${account.id}/label`, headers: bearer(token), payload: { label: '一二三四五六七八九十一' } })
    expect(expectProblem(tooLong, 400, 'VALIDATION_FAILED').errors?.[0]).toMatchObject({ field: 'label', code: 'MAX_LENGTH' })
    expectProblem(await t.app.inject({ method: 'PUT', url: `/api/v1/utilities/accounts/${account.id}/label`, headers: bearer(token), payload: { label: '  ' } }), 400, 'VALIDATION_FAILED')

    const bills = await billsOf(t.app, token, account.id)
    const deleted = await t.app.inject({ method: 'DELETE', url: `/api/v1/utilities/accounts/${account.id}`, headers: bearer(token) })
    expect(deleted.statusCode).toBe(204)
    expectProblem(await t.app.inject({ url: `/api/v1/utilities/accounts/${account.id}`, headers: bearer(token) }), 404, 'NOT_FOUND')
    expectProblem(await t.app.inject({ url: `/api/v1/utilities/accounts/${account.id}/bills`, headers: bearer(token) }), 404, 'NOT_FOUND')
    expectProblem(await t.app.inject({ url: `/api/v1/utilities/bills/${bills[0].id}`, headers: bearer(token) }), 403, 'FORBIDDEN_RESOURCE')
    // The account and its bills stay: binding it again shows the same bills under a new id.
    const rebound = (await bind({ providerId: journeyWater.providerId, accountNumber: journeyWater.accountNumber })).json<HouseholdAccount>()
    expect(rebound.id).not.toBe(account.id)
    expect((await billsOf(t.app, token, rebound.id)).map((b) => b.id)).toEqual(bills.map((b) => b.id))
  })

  it(`keeps at most ${MAX_ACCOUNTS_PER_USER} accounts per user`, async () => {
    const unbound = (await t.app.inject({ url: '/__admin/utilities/unbound-accounts?city=330200' })).json<UnboundAccountList>().items
    expect(unbound.length).toBeGreaterThanOrEqual(MAX_ACCOUNTS_PER_USER)
    for (const a of unbound.slice(0, MAX_ACCOUNTS_PER_USER - 3)) {
      expect((await bind({ providerId: a.providerId, accountNumber: a.accountNumber })).statusCode).toBe(201)
    }
    const last = unbound[MAX_ACCOUNTS_PER_USER - 3]
    const problem = expectProblem(await bind({ providerId: last.providerId, accountNumber: last.accountNumber }), 409, 'ACCOUNT_LIMIT_REACHED')
    expect(problem.detail).toContain(String(MAX_ACCOUNTS_PER_USER))
    expect(await accounts()).toHaveLength(MAX_ACCOUNTS_PER_USER)
  })

  it("denies another user's binding (403) and answers 404 for an unknown one", async () => {
    const elder = (await login(t.app, 'elder')).accessToken
    for (const [method, url, payload] of [
      ['GET', `/api/v1/utilities/accounts/${RESIDENT_WATER}`, undefined],
      ['PUT', `/api/v1/utilities/accounts/${RESIDENT_WATER}/label`, { label: '我的' }],
      ['DELETE', `/api/v1/utilities/accounts/${RESIDENT_WATER}`, undefined],
      ['GET', `/api/v1/utilities/accounts/${RESIDENT_WATER}/bills`, undefined],
    ] as const) {
      expectProblem(await t.app.inject({ method, url, headers: bearer(elder), payload }), 403, 'FORBIDDEN_RESOURCE')
    }
    const waterBill = (await billsOf(t.app, token, RESIDENT_WATER))[0]
    expectProblem(await t.app.inject({ url: `/api/v1/utilities/bills/${waterBill.id}`, headers: bearer(elder) }), 403, 'FORBIDDEN_RESOURCE')
    expect(await accounts()).toHaveLength(3)
    expectProblem(await t.app.inject({ url: '/api/v1/utilities/accounts/ha_nope', headers: bearer(token) }), 404, 'NOT_FOUND')
    expectProblem(await t.app.inject({ method: 'DELETE', url: '/api/v1/utilities/accounts/ha_nope', headers: bearer(token) }), 404, 'NOT_FOUND')
    expectProblem(await t.app.inject({ url: '/api/v1/utilities/bills/bill_nope', headers: bearer(token) }), 404, 'NOT_FOUND')
    expectProblem(await t.app.inject({ url: '/api/v1/utilities/bills/nope', headers: bearer(token) }), 400, 'VALIDATION_FAILED')
  })
})

describe('bills', () => {
  it('have at least 12 months of history per account, newest first, with usage and realistic odd-分 amounts', async () => {
    const perAccount = t.app.sandbox.db
      .prepare('SELECT account_id, COUNT(*) AS n, COUNT(DISTINCT period) AS periods FROM utility_bills GROUP BY account_id')
      .all() as { n: number; periods: number }[]
    expect(perAccount.length).toBe(count(t.app, 'utility_accounts'))
    for (const a of perAccount) expect(a.periods).toBeGreaterThanOrEqual(12)

    const ranges = { water: [3000, 12000], electricity: [8000, 40000], gas: [4000, 20000] } as const
    const rows = t.app.sandbox.db
      .prepare('SELECT b.amount_fen, p.type FROM utility_bills b JOIN utility_accounts a ON a.id = b.account_id JOIN utility_providers p ON p.id = a.provider_id')
      .all() as { amount_fen: number; type: keyof typeof ranges }[]
    for (const r of rows) {
      const [lo, hi] = ranges[r.type]
      expect([r.type, r.amount_fen >= lo && r.amount_fen <= hi, r.amount_fen % 100 === 0]).toEqual([r.type, true, false])
    }

    const water = await billsOf(t.app, token, RESIDENT_WATER)
    expect(water).toHaveLength(HISTORY_MONTHS)
    expect(water.map((b) => b.period)).toEqual([...water.map((b) => b.period)].sort().reverse())
    // The clock starts 2025-01-06 (CST): the latest bill is for December, due on 25 January.
    expect(water[0]).toMatchObject({ period: '2024-12', dueDate: '2025-01-25', status: 'unpaid', lateFeeFen: 0, accountId: RESIDENT_WATER, providerName: '杭州水务集团', type: 'water' })
    expect(water[0].usage).toEqual({ quantity: expect.any(Number), unit: '吨' })
    expect(water.filter((b) => b.status === 'unpaid').map((b) => b.period)).toEqual(['2024-12', '2024-11'])
    // Earlier bills were paid in other channels; the payment service starts empty.
    const paidEarlier = water.filter((b) => b.status === 'paid')
    expect(paidEarlier.every((b) => b.paidBy === 'elsewhere' && b.paymentId === undefined && b.paidAt)).toBe(true)
    expect(count(t.app, 'payments')).toBe(0)
    expect((await billsOf(t.app, token, RESIDENT_ELECTRICITY))[0].usage?.unit).toBe('千瓦时')
    expect((await billsOf(t.app, token, RESIDENT_GAS))[0].usage?.unit).toBe('立方米')

    const paid = await billsOf(t.app, token, RESIDENT_WATER, 'paid')
    expect(paid).toHaveLength(HISTORY_MONTHS - 2)
    const one = await t.app.inject({ url: `/api/v1/utilities/bills/${water[0].id}`, headers: bearer(token) })
    expect(one.json<Bill>()).toEqual(water[0])
    expectProblem(await t.app.inject({ url: `/api/v1/utilities/accounts/${RESIDENT_WATER}/bills?status=open`, headers: bearer(token) }), 400, 'VALIDATION_FAILED')
  })

  it('derive their status: unpaid → paying (open payment) → unpaid (cancelled) → paying → paid', async () => {
    const [bill] = await billsOf(t.app, token, RESIDENT_WATER, 'unpaid')
    const status = async () => (await t.app.inject({ url: `/api/v1/utilities/bills/${bill.id}`, headers: bearer(token) })).json<Bill>()
    const first = (await createPayment(t.app, token, 'status-key-1', [bill.id])).json<Payment>()
    expect(await status()).toMatchObject({ status: 'paying', paymentId: first.id })
    // 'unpaid' lists everything not yet paid, paying included.
    expect((await billsOf(t.app, token, RESIDENT_WATER, 'unpaid')).map((b) => b.status)).toEqual(['paying', 'unpaid'])
    await t.app.inject({ method: 'POST', url: `/api/v1/payments/${first.id}/cancel`, headers: bearer(token) })
    const back = await status()
    expect(back.status).toBe('unpaid')
    expect(back.paymentId).toBeUndefined()
    const second = (await createPayment(t.app, token, 'status-key-2', [bill.id])).json<Payment>()
    await railPay(t.app, second)
    expect((await status()).status).toBe('paying')
    t.clock.advance(2000)
    expect(await status()).toMatchObject({ status: 'paid', paidBy: 'self', paymentId: second.id, paidAt: new Date(t.clock.now()).toISOString() })
    const account = (await accounts()).find((a) => a.id === RESIDENT_WATER)
    expect(account?.unpaidCount).toBe(1)
  })

  it('are shared by family members who bound the same account: paid by one shows paid for the other', async () => {
    const elder = (await login(t.app, 'elder')).accessToken
    const [residentView] = await billsOf(t.app, token, RESIDENT_GAS, 'unpaid')
    const [elderView] = await billsOf(t.app, elder, ELDER_GAS, 'unpaid')
    expect(elderView.id).toBe(residentView.id)
    expect(elderView.accountId).toBe(ELDER_GAS)
    expect(residentView.accountId).toBe(RESIDENT_GAS)

    const payment = (await createPayment(t.app, token, 'family-key-1', [residentView.id], 'weapp')).json<Payment>()
    // The elder sees it being paid, but not the resident's payment.
    const paying = (await billsOf(t.app, elder, ELDER_GAS, 'unpaid'))[0]
    expect(paying.status).toBe('paying')
    expect(paying.paymentId).toBeUndefined()
    const blocked = expectProblem(await createPayment(t.app, elder, 'family-key-2', [elderView.id]), 409, 'ITEM_IN_OPEN_PAYMENT')
    expect(blocked.openPaymentId).toBeUndefined()
    expect(blocked.detail).toContain('其他用户')

    await railPay(t.app, payment)
    t.clock.advance(2500)
    expect((await getPayment(t.app, token, payment.id)).status).toBe('success')
    const forElder = (await billsOf(t.app, elder, ELDER_GAS)).find((b) => b.id === elderView.id)
    expect(forElder).toMatchObject({ status: 'paid', paidBy: 'other' })
    expect(forElder?.paymentId).toBeUndefined()
    expect((await accounts(elder))[0]).toMatchObject({ unpaidCount: 0, arrearsFen: 0 })
    expectProblem(await createPayment(t.app, elder, 'family-key-3', [elderView.id]), 409, 'ITEM_ALREADY_PAID')
    // And the elder cannot read the resident's payment.
    expectProblem(await t.app.inject({ url: `/api/v1/payments/${payment.id}`, headers: bearer(elder) }), 403, 'FORBIDDEN_RESOURCE')
  })
})

describe('/__admin/utilities', () => {
  it('issues a new bill that shows as unpaid for everyone who bound the account', async () => {
    const before = (await accounts()).find((a) => a.id === RESIDENT_WATER) as HouseholdAccount
    const res = await t.app.inject({
      method: 'POST',
      url: '/__admin/utilities/bills',
      payload: { providerId: '330100-water-1', accountNumber: SEEDED_ACCOUNTS.residentWater.accountNumber, period: '2025-01', amountFen: 6789, dueDate: '2025-02-25', usageQuantity: 17 },
    })
    expect(res.statusCode).toBe(201)
    const bill = res.json<AdminBill>()
    expect(bill).toMatchObject({ period: '2025-01', amountFen: 6789, paid: false, issuedAt: new Date(t.clock.now()).toISOString() })
    const after = (await accounts()).find((a) => a.id === RESIDENT_WATER) as HouseholdAccount
    expect(after).toMatchObject({ unpaidCount: before.unpaidCount + 1, arrearsFen: before.arrearsFen + 6789 })
    expect((await billsOf(t.app, token, RESIDENT_WATER))[0]).toMatchObject({ id: bill.id, period: '2025-01', status: 'unpaid', usage: { quantity: 17, unit: '吨' } })
    const again = await t.app.inject({
      method: 'POST',
      url: '/__admin/utilities/bills',
      payload: { providerId: '330100-water-1', accountNumber: SEEDED_ACCOUNTS.residentWater.accountNumber, period: '2025-01', amountFen: 1, dueDate: '2025-02-25' },
    })
    expectProblem(again, 409, 'BILL_ALREADY_ISSUED')
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/__admin/utilities/bills',
      payload: { providerId: '330100-water-1', accountNumber: '3999999999', period: '2025-01', amountFen: 1, dueDate: '2025-02-25' },
    })
    expectProblem(unknown, 404, 'ACCOUNT_NOT_FOUND')
  })

  it('marks a bill paid elsewhere, once', async () => {
    const [bill] = await billsOf(t.app, token, RESIDENT_ELECTRICITY, 'unpaid')
    const res = await t.app.inject({ method: 'POST', url: `/__admin/utilities/bills/${bill.id}/paid-elsewhere` })
    expect(res.json<AdminBill>()).toMatchObject({ id: bill.id, paid: true, paidVia: 'elsewhere' })
    const seen = (await billsOf(t.app, token, RESIDENT_ELECTRICITY))[0]
    expect(seen).toMatchObject({ status: 'paid', paidBy: 'elsewhere' })
    expectProblem(await t.app.inject({ method: 'POST', url: `/__admin/utilities/bills/${bill.id}/paid-elsewhere` }), 409, 'BILL_ALREADY_PAID')
    expectProblem(await t.app.inject({ method: 'POST', url: '/__admin/utilities/bills/bill_nope/paid-elsewhere' }), 404, 'NOT_FOUND')
  })

  it('lists unbound accounts for the bind journey (the documented ones first)', async () => {
    const water = (await t.app.inject({ url: '/__admin/utilities/unbound-accounts?city=330100&type=water' })).json<UnboundAccountList>().items
    expect(water.slice(0, 4).map((a) => [a.accountNumber, a.unpaidCount])).toEqual([
      ['3207731954', 2],
      ['3315068842', 1],
      ['3489120376', 0],
      expect.any(Array),
    ])
    expect(water.some((a) => a.accountNumber === SEEDED_ACCOUNTS.residentWater.accountNumber)).toBe(false)
    await bind({ providerId: '330100-water-1', accountNumber: '3207731954' })
    const after = (await t.app.inject({ url: '/__admin/utilities/unbound-accounts?city=330100&type=water' })).json<UnboundAccountList>().items
    expect(after[0].accountNumber).toBe('3315068842')
    for (const city of ALL_CITY_CODES) {
      const items = (await t.app.inject({ url: `/__admin/utilities/unbound-accounts?city=${city}` })).json<UnboundAccountList>().items
      for (const type of ['water', 'electricity', 'gas']) expect(items.filter((a) => a.type === type).length).toBeGreaterThanOrEqual(3)
    }
  })

  it('is not there without admin', async () => {
    const plain = await buildTestServer()
    expectProblem(await plain.app.inject({ url: '/__admin/utilities/unbound-accounts?city=330100' }), 404, 'ADMIN_DISABLED')
    await plain.app.close()
  })
})

describe('privacy', () => {
  it('never logs holder names, addresses, tokens or channel parameters', async () => {
    const { Writable } = await import('node:stream')
    const { buildServer } = await import('../../server')
    const raw: string[] = []
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        raw.push(chunk.toString('utf8'))
        done()
      },
    })
    const app = await buildServer({ logger: { level: 'debug', stream }, paymentNotifyDelayMs: 0 })
    const auth = (await login(app)).accessToken
    await app.inject({ method: 'POST', url: '/api/v1/utilities/accounts/lookup', headers: bearer(auth), payload: { providerId: journeyWater.providerId, accountNumber: journeyWater.accountNumber } })
    await app.inject({ method: 'POST', url: '/api/v1/utilities/accounts', headers: bearer(auth), payload: { providerId: journeyWater.providerId, accountNumber: journeyWater.accountNumber } })
    await app.inject({ method: 'POST', url: '/api/v1/utilities/accounts/lookup', headers: bearer(auth), payload: { providerId: journeyWater.providerId, accountNumber: '3000000000' } })
    const [bill] = await billsOf(app, auth, RESIDENT_GAS, 'unpaid')
    const payment = (await createPayment(app, auth, 'privacy-key-1', [bill.id], 'h5')).json<Payment>()
    const cashierToken = payment.channelParams.kind === 'cashier' ? payment.channelParams.cashierToken : ''
    await app.inject({ url: `/rails/cashier/${cashierToken}` })
    await railPay(app, payment)
    await app.inject({ url: `/api/v1/payments/${payment.id}/receipt`, headers: bearer(auth) })
    await app.close()
    const text = raw.join('')
    expect(text).toContain('/api/v1/utilities/accounts/lookup')
    for (const secret of ['陈建华', '湖墅南路', '王大友', '林秀珍', '解放街', '文三路', cashierToken, auth, payment.id, bill.id]) {
      expect([secret, text.includes(secret)]).toEqual([secret, false])
    }
  })
})
