// Traffic fines (issue 5) on the REAL compiled mini-programs: from home to the seeded vehicle's
// violations, pay one fine through the simulated wx.requestPayment / my.tradePay; only the
// server's record counts as the result.

import { type Payment, type Vehicle, type Violation, type ViolationList } from '@contract'
import { formatDateTime } from '@/lib/dates'
import { ensureBuilt } from './build'
import { HANGZHOU, PLATFORMS, api, launch, problemsOf } from './fixtures'
import type { MiniProgram } from './harness'
import { startSandbox, type RunningSandbox } from './sandbox'

jest.setTimeout(90_000)

const BOUND_PLATE_MASKED = '浙A**55T'

describe.each(PLATFORMS)('%s: pay one traffic fine of the seeded vehicle', (platform) => {
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

  test('the payment sheet hands over, the server confirms, the fine is paid exactly once', async () => {
    // The simulated payment sheet: the user pays, so the rail tells the sandbox.
    const rail = async (options: Record<string, unknown>) => {
      const path = platform === 'weapp' ? '/rails/wechat/pay' : '/rails/alipay/pay'
      const body = platform === 'weapp' ? { package: options.package } : { tradeNO: options.tradeNO }
      await api(sandbox, 'POST', path, body)
      return 'success' as const
    }
    mp = await launch(platform, sandbox, { city: HANGZHOU, persona: 'resident', payment: rail })
    const app = mp

    await app.tapText('交通违法')
    await app.waitForPage('features/fines/pages/vehicles/index')
    await app.tapText(BOUND_PLATE_MASKED)
    await app.waitForPage('features/fines/pages/violations/index')
    await app.waitForText('立即缴费')

    const token = JSON.parse(String(app.storage.get('cs.session'))).accessToken as string
    const vehicleId = String(app.currentPage().query.vehicleId)
    const vehicles = (await api<{ items: Vehicle[] }>(sandbox, 'GET', '/api/v1/fines/vehicles', undefined, token)).items
    expect(vehicles.find((vehicle) => vehicle.id === vehicleId)?.plate).toBe(BOUND_PLATE_MASKED)
    const list = await api<ViolationList>(sandbox, 'GET', `/api/v1/fines/vehicles/${vehicleId}/violations`, undefined, token)
    const due = list.items.filter((violation) => violation.status === 'awaiting_payment')
    expect(due.length).toBeGreaterThan(0)
    const target = due[0]

    // Pay only the first 待缴款 fine: untick the others (tapping a row toggles it).
    const page = app.currentPage()
    for (const violation of due.slice(1)) page.tapText(formatDateTime(violation.occurredAt))
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
    expect(payments[0].amountFen).toBe(target.charge!.totalFen)
    expect(payments[0].items).toEqual([
      {
        kind: 'fine',
        id: target.id,
        description: expect.any(String),
        amountFen: target.charge!.totalFen,
        // The 罚款 / 加处罚款 breakdown travels with the item to the receipt (issue 15.12).
        breakdown: [
          { label: '罚款', amountFen: target.charge!.fineFen },
          { label: '加处罚款', amountFen: target.charge!.surchargeFen },
        ],
      },
    ])
    const after = await api<Violation>(sandbox, 'GET', `/api/v1/fines/violations/${target.id}`, undefined, token)
    expect(after.status).toBe('paid')
    expect(app.apiCalls.filter((call) => call.name === (platform === 'weapp' ? 'requestPayment' : 'tradePay'))).toHaveLength(1)
    expect(problemsOf(app)).toEqual([])
  })
})
