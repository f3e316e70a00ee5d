// Consent at login: the agreement checkbox starts unticked; without the tick, login explains what
// to do, keeps the chosen persona and creates no session; its two titles open the 用户协议 and the
// privacy policy; with the tick, login works. The old implied-consent sentence is gone.
import { CONSENT_NAME, screenshot, startH5, storageDump, type H5Session } from './browser'

jest.setTimeout(120_000)

let h5: H5Session

beforeAll(async () => {
  h5 = await startH5()
  const { page, origin } = h5
  await page.goto(`${origin}/pages/home/index`)
  await page.getByRole('button', { name: '杭州', exact: true }).click()
}, 60_000)

afterAll(async () => {
  await h5?.close()
}, 30_000)

/** POST /api/v1/auth/sessions requests the page sent since the counter was made. */
function countLogins(h5: H5Session): () => number {
  let count = 0
  h5.page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/v1/auth/sessions') count += 1
  })
  return () => count
}

test('without the tick, login explains what to do, keeps the choice and does not log in', async () => {
  const { page, origin } = h5
  const logins = countLogins(h5)
  await page.goto(`${origin}/pages/login/index`)
  const consent = page.getByRole('checkbox', { name: CONSENT_NAME })
  await consent.waitFor()
  expect(await consent.getAttribute('aria-checked')).toBe('false')
  expect(await page.getByText(/登录即表示/).count()).toBe(0)

  await page.getByRole('radio', { name: /居民/ }).click()
  await page.locator('.nut-button', { hasText: /^登录$/ }).click()
  await page.getByRole('alert').filter({ hasText: '请先阅读《用户协议》和《隐私政策》，勾选“我已阅读并同意”后再登录。' }).waitFor()
  await screenshot(page, '07-login-consent-required')
  // Nothing happened beyond the explanation: still here, the persona still chosen, no session.
  await page.waitForTimeout(500)
  expect(new URL(page.url()).pathname).toBe('/pages/login/index')
  expect(await page.getByRole('radio', { name: /居民/ }).getAttribute('aria-checked')).toBe('true')
  expect(logins()).toBe(0)
  expect(Object.keys(await storageDump(page))).not.toContain('cs.session')

  // Ticking clears the explanation.
  await consent.click()
  expect(await consent.getAttribute('aria-checked')).toBe('true')
  expect(await page.getByRole('alert').count()).toBe(0)
})

test('the two titles open the 用户协议 and the privacy policy', async () => {
  const { page, origin } = h5
  await page.goto(`${origin}/pages/login/index`)
  await page.getByRole('link', { name: '《用户协议》' }).click()
  await page.waitForURL(/\/pages\/agreement\/index/)
  await page.getByText('城市服务用户协议').waitFor()
  // A real agreement: who runs it, what the user may and may not do, payments, support.
  await page.getByText('运营方：浙江省城市服务平台运营中心').waitFor()
  for (const title of ['一、服务提供者', '三、您可以做的', '四、您不可以做的', '五、缴费与退款', '六、责任', '九、联系我们']) {
    await page.getByText(title, { exact: true }).waitFor()
  }
  await page.getByText(/政务服务热线：12345（全天 24 小时）/).waitFor()
  await page.getByText(/^生效日期：/).waitFor()
  await screenshot(page, '08-user-agreement')

  await page.goto(`${origin}/pages/login/index`)
  await page.getByRole('link', { name: '《隐私政策》' }).click()
  await page.waitForURL(/\/pages\/privacy\/index/)
  await page.getByText('城市服务隐私政策').waitFor()
  // And back from the policy to the agreement.
  await page.getByRole('link', { name: /查看《用户协议》/ }).click()
  await page.waitForURL(/\/pages\/agreement\/index/)
})

test('with the tick, login works', async () => {
  const { page, origin } = h5
  const logins = countLogins(h5)
  await page.goto(`${origin}/pages/login/index`)
  await page.getByRole('radio', { name: /居民/ }).click()
  await page.getByRole('checkbox', { name: CONSENT_NAME }).click()
  await page.locator('.nut-button', { hasText: /^登录$/ }).click()
  await page.waitForFunction(() => !location.pathname.includes('/login'))
  expect(logins()).toBe(1)
  expect(Object.keys(await storageDump(page))).toContain('cs.session')
})
