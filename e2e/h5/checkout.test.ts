import type { Bill, Payment, PaymentPage, Receipt, ViolationList } from '@contract'
import { formatFen } from '@contract/rules/money'
import { api, appToken, type H5Session, screenshot, startAsResident, startH5, expectNoPersonalDataOnDevice } from './browser'

// Issue 15.3: opening the checkout creates nothing (going back leaves no 已取消 order); the payment
// is created on 确认支付; a payment left open (tab closed at the cashier) is offered as 继续支付 on
// home, on the bill list and in 缴费记录, and resuming it pays THAT payment, not a new one.
// Issue 15.12: a fine's 罚款 + 加处罚款 breakdown on the checkout, the result and the receipt.
// Issue 15.13: the payment result offers 复制 (the order number) and 返回首页.
jest.setTimeout(180_000)

const WATER = 'ha_seed-resident-water'
const CAR = 'veh_seed-resident-car'

let h5: H5Session

beforeAll(async () => {
  h5 = await startH5({ paymentNotifyDelayMs: 300 })
  await startAsResident(h5)
}, 180_000)

afterEach(async () => {
  await expectNoPersonalDataOnDevice(h5)
}, 30_000)

afterAll(async () => {
  await h5?.close()
}, 30_000)

const payments = async () => (await api<PaymentPage>(h5, '/payments?status=all&pageSize=50', await appToken(h5))).items
const waterBills = async () => (await api<{ items: Bill[] }>(h5, `/utilities/accounts/${WATER}/bills?status=unpaid`, await appToken(h5))).items

test('opening the checkout and going back leaves no order, and the bills stay 未缴', async () => {
  const { page, origin } = h5
  await page.goto(`${origin}/features/bills/pages/account/index?id=${WATER}`)
  await page.locator('.account__bill--ticked').nth(1).waitFor()
  await page.locator('.amount-bar .nut-button', { hasText: '立即缴费' }).click()
  await page.getByText('统一公共支付平台').waitFor()
  await page.locator('.amount-bar .nut-button', { hasText: '确认支付' }).waitFor()
  await page.goBack()
  await page.getByText('待缴账单（2）').waitFor()
  expect(await payments()).toEqual([])
  expect((await waterBills()).map((bill) => bill.status)).toEqual(['unpaid', 'unpaid'])
})

test('a payment left at the cashier is offered as 继续支付 everywhere and resumes the SAME payment', async () => {
  const { page, origin } = h5
  await page.goto(`${origin}/features/bills/pages/account/index?id=${WATER}`)
  await page.locator('.account__bill--ticked').nth(1).waitFor()
  await page.locator('.amount-bar .nut-button', { hasText: '立即缴费' }).click()
  await page.locator('.amount-bar .nut-button', { hasText: '确认支付' }).click()
  // On the sandbox cashier: the user closes the tab instead of paying.
  await page.getByRole('button', { name: /确认支付/ }).waitFor()
  const [open] = await payments()
  expect(open).toMatchObject({ status: 'created' })
  expect(await payments()).toHaveLength(1)

  await page.goto(`${origin}/pages/home/index`)
  const todo = page.locator('.todo-inbox__action', { hasText: '继续支付' })
  await todo.first().waitFor()
  await screenshot(page, '17-home-resume-payment')

  await page.goto(`${origin}/features/bills/pages/account/index?id=${WATER}`)
  await page.locator('.open-payment .nut-button', { hasText: '继续支付' }).waitFor()
  await page.goto(`${origin}/features/payments/pages/history/index`)
  await page.locator('.history__resume', { hasText: '继续支付' }).waitFor()

  await page.goto(`${origin}/pages/home/index`)
  await page.locator('.todo-inbox__action', { hasText: '继续支付' }).first().click()
  await page.waitForURL(new RegExp(`/features/payments/pages/checkout/index\\?paymentId=${open.id}`))
  await page.locator('.amount-bar .nut-button', { hasText: '继续支付' }).click()
  await page.getByRole('button', { name: /确认支付/ }).click()
  await page.getByText('缴费成功').waitFor({ timeout: 30_000 })

  const after = await payments()
  expect(after.map((p) => [p.id, p.status])).toEqual([[open.id, 'success']])
  expect(await waterBills()).toEqual([])

  // The result's next steps: copy the order number, back to home.
  await page.getByRole('button', { name: '复制订单编号' }).click()
  await page.getByText('已复制').waitFor()
  await page.locator('.nut-button', { hasText: '返回首页' }).click()
  await page.waitForURL(/\/pages\/home\/index/)
})

test('a fine shows 罚款 + 加处罚款 on the checkout, the result and the receipt', async () => {
  const { page, origin } = h5
  const list = await api<ViolationList>(h5, `/fines/vehicles/${CAR}/violations`, await appToken(h5))
  const fine = list.items.find((v) => v.status === 'awaiting_payment' && (v.charge?.surchargeFen ?? 0) > 0)!
  expect(fine).toBeDefined()
  const surcharge = formatFen(fine.charge!.surchargeFen)
  await page.goto(`${origin}/features/fines/pages/violation/index?id=${fine.id}`)
  await page.locator('.nut-button', { hasText: /^缴纳 ¥/ }).click()
  await page.getByText('统一公共支付平台').waitFor()
  await page.locator('.payment-lines__part', { hasText: '加处罚款' }).filter({ hasText: surcharge }).waitFor()
  await page.locator('.payment-lines__part', { hasText: '罚款' }).first().waitFor()
  await screenshot(page, '18-checkout-fine-breakdown')
  // Still nothing created before 确认支付.
  expect((await payments()).filter((p) => p.items.some((item) => item.id === fine.id))).toEqual([])

  await page.locator('.amount-bar .nut-button', { hasText: '确认支付' }).click()
  await page.getByRole('button', { name: /确认支付/ }).click()
  await page.getByText('缴费成功').waitFor({ timeout: 30_000 })
  await page.locator('.payment-lines__part', { hasText: '加处罚款' }).filter({ hasText: surcharge }).waitFor()
  const paid = (await payments()).find((p) => p.items.some((item) => item.id === fine.id)) as Payment
  const receipt = await api<Receipt>(h5, `/payments/${paid.id}/receipt`, await appToken(h5))
  expect(receipt.items[0].breakdown?.find((part) => part.label === '加处罚款')?.amountFen).toBe(fine.charge!.surchargeFen)
  await page.locator('.nut-button', { hasText: '查看电子票据' }).click()
  await page.getByText('浙江省非税收入统一电子票据').waitFor()
  await page.getByLabel('票据明细').locator('.payment-lines__part', { hasText: '加处罚款' }).filter({ hasText: surcharge }).waitFor()
})
