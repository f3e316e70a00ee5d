import { CONSENT_NAME, screenshot, startH5, storageDump, type H5Session, expectNoPersonalDataOnDevice } from './browser'

// The shell journeys on the production H5 build against the sandbox (issue 3):
// pick a city, search the catalogue, open a guide, log in, see the masked name.
jest.setTimeout(120_000)

let h5: H5Session

beforeAll(async () => {
  h5 = await startH5()
})

// After every step of the journey: only the token and non-personal preferences on the device.
afterEach(async () => {
  await expectNoPersonalDataOnDevice(h5)
})

afterAll(async () => {
  await h5?.close()
})

test('first launch asks for the city, then home shows that city\'s services', async () => {
  const { page, origin } = h5
  await page.goto(`${origin}/pages/home/index`)
  await page.getByText('请选择您所在的城市').waitFor()
  await page.getByText('宁波', { exact: true }).waitFor()
  await screenshot(page, '01-city-picker')

  await page.getByRole('button', { name: '杭州', exact: true }).click()
  for (const title of ['生活缴费', '交通违法', '证照', '预约办事', '办件查询']) {
    await page.getByRole('button', { name: title, exact: true }).waitFor()
  }
  await page.getByText('杭州热门服务').waitFor()
  // The list is the sandbox's catalogue for 杭州, not text baked into the page.
  const { items } = (await (await fetch(`${origin}/api/v1/catalogue/items?city=330100&page=1&pageSize=5`)).json()) as {
    items: Array<{ name: string }>
  }
  await page.getByText(items[0].name).first().waitFor()
  await page.getByText('我的待办').waitFor()
  await page.getByText('登录后查看您的待办事项').waitFor()
  await screenshot(page, '02-home')
  const stored = await storageDump(page)
  expect(JSON.parse(stored['cs.prefs'])).toMatchObject({ cityCode: '330100' })
})

test('the city can be switched and the choice is remembered', async () => {
  const { page } = h5
  await page.getByRole('button', { name: /当前城市杭州/ }).click()
  await page.getByRole('button', { name: /杭州\s*当前城市/ }).waitFor()
  await page.getByRole('button', { name: '温州', exact: true }).click()
  await page.getByText('温州热门服务').waitFor()
  await page.reload()
  await page.getByText('温州热门服务').waitFor()
  // Back to Hangzhou for the rest of the journeys.
  await page.getByRole('button', { name: /当前城市温州/ }).click()
  await page.getByRole('button', { name: '杭州', exact: true }).click()
  await page.getByText('杭州热门服务').waitFor()
})

test('search finds the residence-permit items and opens the service guide', async () => {
  const { page } = h5
  const search = page.locator('.home__search input')
  await search.fill('居住证')
  await search.press('Enter')
  await page.getByText('“居住证”的搜索结果').waitFor()
  await page.getByRole('link', { name: /居住证申领/ }).first().waitFor()
  await page.getByRole('link', { name: /居住证签注/ }).first().waitFor()
  await screenshot(page, '03-search')

  await page.getByRole('link', { name: /居住证申领/ }).first().click()
  for (const section of ['事项简介', '受理条件', '申请材料', '收费与时限', '办理流程', '设定依据']) {
    await page.getByText(section, { exact: true }).waitFor()
  }
  await page.getByText(/星：/).first().waitFor()
  await page.getByText(/承诺办结时限/).waitFor()
  await screenshot(page, '04-guide')
})

test('catalogue browses by audience and theme', async () => {
  const { page, origin } = h5
  await page.goto(`${origin}/pages/catalogue/index`)
  await page.getByText('按主题').waitFor()
  await page.getByRole('button', { name: '婚育收养' }).click()
  await page.getByRole('button', { name: /婚育收养/, pressed: true }).waitFor()
  await page.getByText(/婚育收养（\d+ 项）/).waitFor()
  await page.getByText('法人办事').click()
  await page.getByText(/法人事项（\d+ 项）/).waitFor()
  await screenshot(page, '05-catalogue')
})

test('a persona logs in and 我的 shows the masked name and real-name level', async () => {
  const { page, origin } = h5
  await page.goto(`${origin}/pages/me/index`)
  await page.getByText('未登录').waitFor()
  await page.locator('.nut-button', { hasText: '登录 / 注册' }).click()
  await page.getByRole('radio', { name: /居民/ }).click()
  await page.getByRole('checkbox', { name: CONSENT_NAME }).click()
  await screenshot(page, '06-login')
  await page.locator('.nut-button', { hasText: /^登录$/ }).click()
  await page.getByText('*大友').waitFor()
  await page.locator('.me__level', { hasText: '实名三级' }).waitFor()
  await page.getByText('137****9050').waitFor()
  await screenshot(page, '07-me')

  const stored = Object.values(await storageDump(page)).join('\n')
  expect(stored).toContain('accessToken')
  expect(stored).not.toContain('大友')
  expect(stored).not.toContain('9050')
})
