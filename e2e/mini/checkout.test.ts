// Issue 15.3 on the REAL compiled mini-programs: opening the checkout creates no payment (going
// back leaves nothing behind); the payment is created on 确认支付; when the payment sheet is closed
// without paying, the fine list offers 继续支付, which pays THAT payment (no second one).

import { ensureBuilt } from './build'
import { HANGZHOU, PLATFORMS, api, launch, problemsOf } from './fixtures'
import type { MiniProgram } from './harness'
import { startSandbox, type RunningSandbox } from './sandbox'

jest.setTimeout(120_000)

const BOUND_PLATE_MASKED = '浙A**55T'

interface PaymentRecord {
  id: string
  status: string
  items: Array<{ kind: string; id: string }>
}

describe.each(PLATFORMS)('%s: checkout creates the payment on 确认支付; 继续支付 resumes it', (platform) => {
  let sandbox: RunningSandbox
  let mp: MiniProgram | undefined

  beforeAll(async () => {
    ensureBuilt(platform)
    sandbox = await startSandbox({ admin: true, paymentNotifyDelayMs: 200 })
  }, 300_000)

  afterAll(async () => {
    await mp?.close()
    await sandbox?.close()
  }, 30_000)

  test('back from the checkout leaves no order; a closed payment sheet leaves 继续支付 on the list', async () => {
    // First the user closes the payment sheet; later pays (the rail tells the sandbox, as WeChat Pay / Alipay would).
    let sheet: 'cancel' | 'pay' = 'cancel'
    const payment = async (options: Record<string, unknown>) => {
      if (sheet === 'cancel') return 'cancel' as const
      const path = platform === 'weapp' ? '/rails/wechat/pay' : '/rails/alipay/pay'
      await api(sandbox, 'POST', path, platform === 'weapp' ? { package: options.package } : { tradeNO: options.tradeNO })
      return 'success' as const
    }
    mp = await launch(platform, sandbox, { city: HANGZHOU, persona: 'resident', payment })
    const app = mp
    const token = JSON.parse(String(app.storage.get('cs.session'))).accessToken as string
    const payments = async () => (await api<{ items: PaymentRecord[] }>(sandbox, 'GET', '/api/v1/payments?status=all', undefined, token)).items

    await app.tapText('交通违法')
    await app.waitForPage('features/fines/pages/vehicles/index')
    await app.tapText(BOUND_PLATE_MASKED)
    await app.waitForPage('features/fines/pages/violations/index')
    await app.tapText('立即缴费')
    await app.waitForPage('features/payments/pages/checkout/index')
    await app.waitForText('统一公共支付平台')
    await app.waitForText('确认支付')
    await app.navigateBack()
    await app.waitForPage('features/fines/pages/violations/index')
    await app.idle()
    expect(await payments()).toEqual([])

    await app.tapText('立即缴费')
    await app.waitForPage('features/payments/pages/checkout/index')
    await app.waitForText('统一公共支付平台')
    await app.tapText('确认支付')
    await app.waitForPage('features/payments/pages/result/index')
    const [open] = await payments()
    expect(open.status).toBe('created')

    await app.navigateBack()
    await app.waitForPage('features/fines/pages/violations/index')
    await app.waitForText('有一笔支付尚未完成')
    sheet = 'pay'
    await app.tapText('继续支付')
    const resumed = await app.waitForPage('features/payments/pages/checkout/index')
    expect(resumed.query.paymentId).toBe(open.id)
    await app.waitForText('这笔支付尚未完成')
    await app.tapText('继续支付')
    await app.waitForPage('features/payments/pages/result/index')
    await app.waitForText('缴费成功', { timeoutMs: 15_000 })

    const after = await payments()
    expect(after.map((p) => [p.id, p.status])).toEqual([[open.id, 'success']])
    expect(app.apiCalls.filter((call) => call.name === (platform === 'weapp' ? 'requestPayment' : 'tradePay'))).toHaveLength(2)
    expect(problemsOf(app)).toEqual([])
  })
})
