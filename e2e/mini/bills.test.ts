// Issue 4 on the REAL compiled mini-programs: bind a household account and pay one
// bill through the simulated wx.requestPayment / my.tradePay; only the server's
// record counts as the result.

import { ensureBuilt } from './build'
import { HANGZHOU, PLATFORMS, api, launch, problemsOf } from './fixtures'
import type { MiniProgram } from './harness'
import { startSandbox, type RunningSandbox } from './sandbox'
import type { Bill, Payment, Provider, UnboundAccount } from '@contract'

jest.setTimeout(90_000)

describe.each(PLATFORMS)('%s: bind a water account and pay one bill', (platform) => {
  let sandbox: RunningSandbox
  let mp: MiniProgram | undefined

  beforeAll(async () => {
    ensureBuilt(platform)
    sandbox = await startSandbox({ admin: true, paymentNotifyDelayMs: 200 })
  }, 300_000)

  afterAll(async () => {
    await mp?.close()
    await sandbox?.close()
  })

  test('the payment sheet hands over, the server confirms, the bill is paid exactly once', async () => {
    const providers = (await api<{ items: Provider[] }>(sandbox, 'GET', `/api/v1/utilities/providers?city=${HANGZHOU}&type=water`)).items
    const unbound = (await api<{ items: UnboundAccount[] }>(sandbox, 'GET', `/__admin/utilities/unbound-accounts?city=${HANGZHOU}&type=water`)).items
    const target = unbound.find((account) => account.providerId === providers[0].id)!
    expect(target).toBeDefined()

    // The simulated payment sheet: the user pays, so the rail tells the sandbox
    // (as WeChat Pay / Alipay would); the app itself is told nothing more than "ok".
    const rail = async (options: Record<string, unknown>) => {
      const path = platform === 'weapp' ? '/rails/wechat/pay' : '/rails/alipay/pay'
      const body = platform === 'weapp' ? { package: options.package } : { tradeNO: options.tradeNO }
      await api(sandbox, 'POST', path, body)
      return 'success' as const
    }
    mp = await launch(platform, sandbox, { city: HANGZHOU, persona: 'resident', payment: rail })
    const app = mp

    await app.tapText('生活缴费')
    await app.waitForPage('features/bills/pages/accounts/index')
    await app.tapText('添加缴费户号')
    const add = await app.waitForPage('features/bills/pages/add/index')
    await app.tapText('水费')
    await app.tapText(providers[0].name)
    await app.waitForText('3. 输入户号')
    add.input(add.findInput('例如')!, target.accountNumber)
    await app.tapText('查询户号')
    await app.waitForText('户主：*')
    await app.tapText('确认绑定')
    await app.waitForPage('features/bills/pages/account/index')
    await app.waitForText('立即缴费')

    // Pay only the first unpaid bill: untick the others.
    const token = JSON.parse(String(app.storage.get('cs.session'))).accessToken as string
    const accountId = String(app.currentPage().query.id)
    const bills = (await api<{ items: Bill[] }>(sandbox, 'GET', `/api/v1/utilities/accounts/${accountId}/bills?status=unpaid`, undefined, token)).items
    expect(bills.length).toBeGreaterThan(0)
    const page = app.currentPage()
    for (const bill of bills.slice(1)) page.tapText(`${bill.period} 水费`)
    await app.waitForText('已选 1 笔')

    await app.tapText('立即缴费')
    await app.waitForPage('features/payments/pages/checkout/index')
    await app.waitForText('统一公共支付平台')
    await app.tapText('确认支付')
    await app.waitForPage('features/payments/pages/result/index')
    await app.waitForText('缴费成功', { timeoutMs: 15_000 })

    const payments = (await api<{ items: Payment[] }>(sandbox, 'GET', '/api/v1/payments?status=all', undefined, token)).items
    expect(payments).toHaveLength(1)
    expect(payments[0].status).toBe('success')
    expect(payments[0].items).toEqual([{ kind: 'bill', id: bills[0].id, description: expect.any(String), amountFen: expect.any(Number) }])
    const after = (await api<{ items: Bill[] }>(sandbox, 'GET', `/api/v1/utilities/accounts/${accountId}/bills?status=all`, undefined, token)).items
    expect(after.find((bill) => bill.id === bills[0].id)?.status).toBe('paid')
    expect(app.apiCalls.filter((call) => call.name === (platform === 'weapp' ? 'requestPayment' : 'tradePay'))).toHaveLength(1)
    expect(problemsOf(app)).toEqual([])
  })
})
