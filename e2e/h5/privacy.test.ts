// Privacy: the policy lists each personal data item with why and how long; 删除我的数据 unbinds
// everything, ends the session everywhere and leaves nothing of the user on the device.
import { api, appToken, expectNoPersonalDataOnDevice, logInOnLoginPage, screenshot, startAsResident, startH5, storageDump, type H5Session } from './browser'

let h5: H5Session

beforeAll(async () => {
  h5 = await startH5()
  await startAsResident(h5)
}, 60_000)

afterEach(async () => {
  await expectNoPersonalDataOnDevice(h5)
}, 30_000)

afterAll(async () => {
  await h5?.close()
}, 30_000)

test('the privacy policy says what is collected, why and for how long', async () => {
  const { page, origin } = h5
  await page.goto(`${origin}/more/pages/settings/index`)
  await page.getByText('隐私政策').click()
  await page.getByText('城市服务隐私政策').waitFor()
  for (const item of ['生活缴费户号', '车辆号牌、发动机号或车架号后几位', '缴费记录和电子票据', '位置（仅在您允许时）']) {
    await page.locator('.privacy__item', { hasText: item }).getByText(/^用途：/).waitFor()
    await page.locator('.privacy__item', { hasText: item }).getByText(/^保存：/).waitFor()
  }
  await page.getByText(/手机上只保存登录令牌和非个人的偏好/).waitFor()
  await screenshot(page, '40-privacy-policy')
}, 90_000)

test('删除我的数据: bindings gone on the server, logged out, the device keeps only the preferences', async () => {
  const { page, origin } = h5
  const token = await appToken(h5)
  expect((await api<{ items: unknown[] }>(h5, '/utilities/accounts', token)).items.length).toBeGreaterThan(0)
  await page.goto(`${origin}/more/pages/settings/index`)
  await page.locator('.nut-button', { hasText: '删除我的数据' }).click()
  // The platform's confirmation dialog says what goes and what stays.
  await page.getByText(/缴费记录和办件记录依法保留/).waitFor()
  await page.getByText('删除', { exact: true }).click()
  await page.getByText('您的数据已删除，已在所有设备上退出登录').waitFor()
  await page.getByText('生活缴费户号：3 项').waitFor()
  await screenshot(page, '41-data-erased')
  expect(Object.keys(await storageDump(page))).toEqual(['cs.prefs'])
  // The old token is dead; a new login sees nothing bound.
  const res = await fetch(`${origin}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } })
  expect(res.status).toBe(401)
  await startAgain()
  const fresh = await appToken(h5)
  expect((await api<{ items: unknown[] }>(h5, '/utilities/accounts', fresh)).items).toEqual([])
  expect((await api<{ items: unknown[] }>(h5, '/fines/vehicles', fresh)).items).toEqual([])
}, 90_000)

async function startAgain() {
  const { page, origin } = h5
  await page.goto(`${origin}/pages/login/index`)
  await logInOnLoginPage(h5)
}
