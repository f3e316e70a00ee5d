import type { Charge, FeeNotice, Payment, Vehicle, Violation, ViolationList } from '@contract'
import { formatFen } from '@contract/rules/money'
import { api, appToken, type H5Session, payAtCashier, screenshot, startAsResident, startH5, expectNoPersonalDataOnDevice } from './browser'

// Traffic fines and non-tax fees (issue 5): bind the seeded unbound vehicle (a wrong plate is
// explained and kept), pay a fine that carries 加处罚款 through the unified payment (H5 sandbox
// cashier) and check the server's record; pay by 决定书编号 without binding; pay a fee by 缴款码.
jest.setTimeout(180_000)

// Seeded sandbox data (mock/README.md "Traffic fines" / "Non-tax fees").
const UNBOUND = { plate: '浙AD12345', plateTypeName: '新能源小型车', checkDigits: '608321' }
// A 温州 car (mock/domains/fines/seed.ts): 温州 asks for 4 digits of the engine number.
const OTHER_CITY = { plate: '浙C5M21P', checkDigits: '0731' }
const BOUND_PLATE_MASKED = '浙A**55T'
// The same car in full and its binding (mock/domains/fines/seed.ts).
const BOUND_PLATE = '浙A1B55T'
const BOUND_VEHICLE_ID = 'veh_seed-resident-car'
const DECISION_NUMBER = '3301042026583917'
const FEE_CODE = '33000026117305928461'
const EXPIRED_FEE_CODE = '33000026119462018375'

let h5: H5Session

beforeAll(async () => {
  h5 = await startH5({ paymentNotifyDelayMs: 300 })
  await startAsResident(h5)
})

// After every step of the journey: only the token and non-personal preferences on the device.
afterEach(async () => {
  await expectNoPersonalDataOnDevice(h5)
})

afterAll(async () => {
  await h5?.close()
})

test('unpaid fines of the seeded vehicle are in the home to-do inbox, each leading to its violation', async () => {
  const { page, origin } = h5
  await page.goto(`${origin}/pages/home/index`)
  const item = page.getByText(/^交通违法待缴 ¥/).first()
  await item.waitFor()
  // One item per fine awaiting payment, with the masked plate and what the surcharge does next.
  await page.getByText(new RegExp(`^${BOUND_PLATE_MASKED.replace(/\*/g, '\\*')} · .+(加处罚款)`)).first().waitFor()
  await item.click()
  await page.waitForURL(/\/features\/fines\/pages\/violation\/index\?id=vio_/)
  await page.locator('.nut-button', { hasText: /^缴纳 ¥/ }).waitFor()
})

test('bind the seeded new-energy vehicle: a wrong plate is explained inline and the text stays', async () => {
  const { page, origin } = h5
  await page.goto(`${origin}/features/fines/pages/vehicles/index`)
  await page.getByText(BOUND_PLATE_MASKED).waitFor()
  await page.locator('.nut-button', { hasText: '绑定车辆' }).click()
  await page.getByRole('radio', { name: UNBOUND.plateTypeName }).click()
  // Before a plate is typed, the check-digits label is the current city's rule.
  await page.locator('.bind__label', { hasText: /后 \d+ 位/ }).waitFor()
  const plate = page.locator('.bind__input input').nth(0)
  const digits = page.locator('.bind__input input').nth(1)
  await plate.fill('浙A1O345')
  await digits.fill(UNBOUND.checkDigits)
  await page.locator('.nut-button', { hasText: '确认绑定' }).click()
  await page.getByRole('alert').filter({ hasText: /不使用字母 I 和 O/ }).waitFor()
  expect(await plate.inputValue()).toBe('浙A1O345')
  expect(await digits.inputValue()).toBe(UNBOUND.checkDigits)
  await screenshot(page, '20-fines-bind')

  await plate.fill(UNBOUND.plate)
  await page.locator('.nut-button', { hasText: '确认绑定' }).click()
  await page.waitForURL(/\/features\/fines\/pages\/violations\/index/)
  await page.getByText('待缴款合计').waitFor()
  const vehicles = await api<{ items: Vehicle[] }>(h5, '/fines/vehicles', await appToken(h5))
  expect(vehicles.items.some((vehicle) => vehicle.plateTypeName === UNBOUND.plateTypeName && vehicle.plate.startsWith('浙A'))).toBe(true)
})

test('bind a vehicle registered in another city: the plate’s city sets the digits (浙C → 4), not the app city', async () => {
  const { page, origin } = h5
  // The app city is 杭州 (6 digits of the engine number); the seeded 温州 car (浙C) has 4 on file.
  await page.goto(`${origin}/features/fines/pages/bind/index`)
  await page.getByRole('radio', { name: '小型汽车' }).click()
  await page.locator('.bind__label', { hasText: '发动机号后 6 位' }).waitFor()
  await page.locator('.bind__input input').nth(0).fill(OTHER_CITY.plate)
  await page.locator('.bind__label', { hasText: '发动机号后 4 位' }).waitFor()
  await page.locator('.bind__input input').nth(1).fill(OTHER_CITY.checkDigits)
  await page.locator('.nut-button', { hasText: '确认绑定' }).click()
  await page.waitForURL(/\/features\/fines\/pages\/violations\/index/)
  const vehicles = await api<{ items: Vehicle[] }>(h5, '/fines/vehicles', await appToken(h5))
  expect(vehicles.items.some((vehicle) => vehicle.plate.startsWith('浙C'))).toBe(true)
})

test('a vehicle already bound is said at lookup, before 确认绑定, with the way to it (issue 15.11)', async () => {
  const { page, origin } = h5
  await page.goto(`${origin}/features/fines/pages/bind/index`)
  await page.getByRole('radio', { name: '小型汽车' }).click()
  // The resident's seeded car, typed in lower case: found as soon as the plate is left, nothing else typed.
  const plate = page.locator('.bind__input input').nth(0)
  await plate.fill(BOUND_PLATE.toLowerCase())
  await plate.blur()
  await page.getByRole('alert').filter({ hasText: '您已绑定过这辆车' }).waitFor()
  // Nothing to confirm: no check digits asked, no 确认绑定.
  expect(await page.locator('.bind__input input').count()).toBe(1)
  expect(await page.locator('.nut-button', { hasText: '确认绑定' }).count()).toBe(0)
  // Another plate: the form is back.
  await plate.fill(UNBOUND.plate)
  await page.locator('.nut-button', { hasText: '确认绑定' }).waitFor()
  await plate.fill(BOUND_PLATE)
  await plate.blur()
  await page.locator('.nut-button', { hasText: '查看该车辆' }).click()
  await page.waitForURL(new RegExp(`/features/fines/pages/violations/index\\?vehicleId=${BOUND_VEHICLE_ID}`))
  await page.getByText('待缴款合计').waitFor()
}, 60_000)

test('pay one fine with 加处罚款: the breakdown matches the server, the server records it paid', async () => {
  const { page, origin } = h5
  const token = await appToken(h5)
  const vehicle = (await api<{ items: Vehicle[] }>(h5, '/fines/vehicles', token)).items.find((item) => item.plate === BOUND_PLATE_MASKED)!
  expect(vehicle).toBeDefined()
  const list = await api<ViolationList>(h5, `/fines/vehicles/${vehicle.id}/violations`, token)

  await page.goto(`${origin}/features/fines/pages/violations/index?vehicleId=${encodeURIComponent(vehicle.id)}`)
  await page
    .getByText(`罚款 ${formatFen(list.totalFineFen)} + 加处罚款 ${formatFen(list.totalSurchargeFen)} = 合计`)
    .waitFor()
  await page.locator('.violations__totals-due', { hasText: formatFen(list.totalDueFen) }).waitFor()
  await page.locator('.violations__status', { hasText: '待缴款' }).first().waitFor()
  await screenshot(page, '21-fines-violations')

  const target = list.items.find((item) => item.status === 'awaiting_payment' && item.charge && item.charge.surchargeFen > 0 && !item.charge.capped)!
  expect(target).toBeDefined()
  const charge = target.charge as Charge
  expect(charge.totalFen).toBe(charge.fineFen + charge.surchargeFen)

  await page.goto(`${origin}/features/fines/pages/violation/index?id=${encodeURIComponent(target.id)}`)
  await page.getByText(`每日增加 ${formatFen(charge.dailyIncreaseFen)}，至 ${charge.capReachedOn} 封顶`).waitFor()
  await page.getByText(`加处罚款（逾期 ${charge.overdueDays} 天）`).waitFor()
  expect((await page.locator('.charge__total').textContent())?.trim()).toBe(formatFen(charge.fineFen + charge.surchargeFen))
  await page.getByText(/依据《行政处罚法》第七十二条/).waitFor()
  // Issue 15.8: the 决定书编号 is shown in groups of four.
  if (target.decisionNumber) await page.getByText(`决定书编号：${target.decisionNumber.replace(/(.{4})(?=.)/g, '$1 ')}`).waitFor()
  await screenshot(page, '22-fines-violation')

  await page.locator('.nut-button', { hasText: `缴纳 ${formatFen(charge.totalFen)}` }).click()
  await payAtCashier(h5)
  await screenshot(page, '23-fines-paid')

  const after = await api<Violation>(h5, `/fines/violations/${target.id}`, token)
  expect(after.status).toBe('paid')
  const payments = await api<{ items: Payment[] }>(h5, '/payments?status=all', token)
  const paid = payments.items.find((payment) => payment.items.some((item) => item.kind === 'fine' && item.id === target.id))!
  expect(paid.status).toBe('success')
  expect(paid.amountFen).toBe(charge.totalFen)

  // The detail now says 已缴款 and leads to the receipt.
  await page.goto(`${origin}/features/fines/pages/violation/index?id=${encodeURIComponent(target.id)}`)
  await page.locator('.violation__status--paid', { hasText: '已缴款' }).waitFor()
  await page.locator('.nut-button', { hasText: '查看电子票据' }).waitFor()
})

test('pay by 决定书编号 without binding: a short number is explained, the seeded one is paid', async () => {
  const { page, origin } = h5
  await page.goto(`${origin}/features/fines/pages/vehicles/index`)
  await page.locator('.nut-button', { hasText: '按决定书编号缴款' }).click()
  const input = page.locator('.decision__input input')
  await input.fill('3301')
  await page.locator('.nut-button', { hasText: /^查询$/ }).click()
  await page.getByRole('alert').filter({ hasText: '决定书编号为 16 位数字，您输入了 4 位' }).waitFor()
  expect(await input.inputValue()).toBe('3301')

  await input.fill(DECISION_NUMBER)
  await page.locator('.nut-button', { hasText: /^查询$/ }).click()
  await page.getByText('核对处罚信息').waitFor()
  await page.getByText(`决定书编号：${DECISION_NUMBER.replace(/(.{4})(?=.)/g, '$1 ')}`).waitFor() // grouped for reading (issue 15.8)
  // Not the resident's car: what a payer needs, without when and where it happened.
  await page.getByText('违法时间和地点仅向已绑定该车辆的车主显示').waitFor()
  expect(await page.getByText('违法地点：').count()).toBe(0)
  await screenshot(page, '24-fines-decision')
  await page.locator('.decision__submit .nut-button', { hasText: '缴纳' }).click()
  await payAtCashier(h5)

  // Looked up again, it is paid: said inline, the number is kept.
  await page.goto(`${origin}/features/fines/pages/decision/index`)
  await input.fill(DECISION_NUMBER)
  await page.locator('.nut-button', { hasText: /^查询$/ }).click()
  await page.getByRole('alert').waitFor()
  expect(await input.inputValue()).toBe(DECISION_NUMBER)
})

test('pay a fee by 缴款码; an expired code says 已超过缴款期限 and keeps the input', async () => {
  const { page, origin } = h5
  await page.goto(`${origin}/features/bills/pages/accounts/index`)
  await page.locator('.nut-button', { hasText: '非税缴费（考试报名费等）' }).click()
  const input = page.locator('.fee__input input')
  await input.fill(EXPIRED_FEE_CODE)
  await page.locator('.nut-button', { hasText: /^查询$/ }).click()
  await page.getByRole('alert').filter({ hasText: /已超过缴款期限/ }).waitFor()
  expect(await input.inputValue()).toBe(EXPIRED_FEE_CODE)

  await input.fill(FEE_CODE)
  await page.locator('.nut-button', { hasText: /^查询$/ }).click()
  await page.getByText('核对缴款信息').waitFor()
  await page.getByText(/缴款人：\*/).waitFor()
  await screenshot(page, '25-fees-notice')
  await page.locator('.fee__submit .nut-button', { hasText: '立即缴费' }).click()
  await payAtCashier(h5)

  const notice = await api<FeeNotice>(h5, `/fees/notices/${FEE_CODE}`, await appToken(h5))
  expect(notice.status).toBe('paid')
  await page.goto(`${origin}/features/fees/pages/pay/index`)
  await input.fill(FEE_CODE)
  await page.locator('.nut-button', { hasText: /^查询$/ }).click()
  await page.locator('.fee__status--paid', { hasText: '已缴' }).waitFor()
  await page.locator('.nut-button', { hasText: '查看电子票据' }).waitFor()
})
