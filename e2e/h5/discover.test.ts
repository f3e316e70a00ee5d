// Issue 15 items 10, 14, 15, 17 in the browser: the guide's next step, search by pinyin and
// everyday words with the app's journeys among the results, the message bell, the 法人 home.
import type { ThemeList, UnreadCount } from '@contract'
import { api, appToken, logInOnLoginPage, screenshot, startAsResident, startH5, type H5Session } from './browser'

jest.setTimeout(120_000)

let h5: H5Session

beforeAll(async () => {
  h5 = await startH5({ paymentNotifyDelayMs: 100 })
  await startAsResident(h5)
}, 120_000)

afterAll(async () => {
  await h5?.close()
}, 60_000)

async function searchFromHome(term: string): Promise<void> {
  const { page, origin } = h5
  await page.goto(`${origin}/pages/home/index`)
  const search = page.locator('.home__search input')
  await search.fill(term)
  await search.press('Enter')
  await page.getByText(`“${term}”的搜索结果`).waitFor()
}

describe('the guide ends with what to do next (15.10)', () => {
  test('居住证申领: 在线办理 opens the form; 预约办理 the halls for this item, then the item preselected', async () => {
    const { page, origin } = h5
    await page.goto(`${origin}/more/pages/catalogue-item/index?id=330100-jzz-sl`)
    const bar = page.locator('.guide__actions')
    await bar.locator('.nut-button', { hasText: '在线办理' }).waitFor()
    await screenshot(page, 'guide-actions')
    expect(await bar.locator('.nut-button').allInnerTexts()).toEqual(['在线办理', '预约办理'])

    await bar.locator('.nut-button', { hasText: '在线办理' }).click()
    await page.waitForURL(/\/features\/certificates\/pages\/apply\/index\?type=residence_permit_apply/)
    await page.getByText('居住地址').first().waitFor()

    await page.goto(`${origin}/more/pages/catalogue-item/index?id=330100-jzz-sl`)
    await page.locator('.guide__actions .nut-button', { hasText: '预约办理' }).click()
    await page.getByText('预约事项：居住证办理').waitFor()
    // Every hall listed takes this item.
    const services = await page.locator('.halls__services').allInnerTexts()
    expect(services.length).toBeGreaterThan(0)
    for (const text of services) expect(text).toContain('居住证办理')
    await page.locator('.halls__item').first().click()
    await page.getByRole('radio', { name: '居住证办理', checked: true }).waitFor()
  })

  test('交通违法处理 offers 去缴费, which opens the fines', async () => {
    const { page, origin } = h5
    await page.goto(`${origin}/more/pages/catalogue-item/index?id=330100-jtwf-cl`)
    await page.locator('.guide__actions .nut-button', { hasText: '去缴费' }).click()
    await page.waitForURL(/\/features\/fines\/pages\/vehicles\/index/)
  })

  test('an item the app cannot do: 电话咨询 and 导航到大厅, which opens a map at the city’s main hall', async () => {
    const { page, origin, context } = h5
    await page.goto(`${origin}/more/pages/catalogue-item/index?id=330100-yqdj`)
    const bar = page.locator('.guide__actions')
    await bar.locator('.nut-button', { hasText: '电话咨询' }).waitFor()
    expect(await bar.locator('.nut-button').allInnerTexts()).toEqual(['电话咨询', '导航到大厅'])
    const item = await (await fetch(`${origin}/api/v1/catalogue/items/330100-yqdj`)).json()
    await page.getByText(`${item.place.name}：${item.place.address}`).waitFor()
    // The map site is outside this machine's reach: answer for it and keep the address asked for.
    let asked = ''
    await context.route('https://uri.amap.com/**', (route) => {
      asked = route.request().url()
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>map</title>' })
    })
    const popup = context.waitForEvent('page')
    await bar.locator('.nut-button', { hasText: '导航到大厅' }).click()
    const map = await popup
    await map.waitForLoadState()
    expect(asked).toContain(`position=${item.place.longitude},${item.place.latitude}`)
    await map.close()
    await context.unroute('https://uri.amap.com/**')
  })
})

describe('search (15.14)', () => {
  test('finds 居住证 by initials and by pinyin', async () => {
    const { page } = h5
    for (const term of ['jzz', 'juzhuzheng']) {
      await searchFromHome(term)
      await page.getByRole('link', { name: /居住证申领/ }).first().waitFor()
      await page.getByRole('link', { name: /居住证签注/ }).first().waitFor()
    }
  })

  test('水费 finds the 生活缴费 journey, which opens the bills', async () => {
    const { page } = h5
    await searchFromHome('水费')
    const journey = page.locator('.catalogue__journey', { hasText: '生活缴费' })
    await journey.waitFor()
    await screenshot(page, 'search-journeys')
    await journey.click()
    await page.waitForURL(/\/features\/bills\/pages\/accounts\/index/)
  })

  test('违章 finds the 交通违法 journey and the catalogue item; 社保卡 the items of 社会保险', async () => {
    const { page, origin } = h5
    await searchFromHome('违章')
    await page.locator('.catalogue__journey', { hasText: '交通违法' }).waitFor()
    await page.getByRole('link', { name: /交通违法处理（缴纳罚款）/ }).waitFor()

    await searchFromHome('社保卡')
    const theme = (await (
      await fetch(`${origin}/api/v1/catalogue/items?city=330100&audience=personal&theme=social-insurance&pageSize=50`)
    ).json()) as { items: Array<{ name: string }> }
    for (const item of theme.items.slice(0, 4)) await page.getByRole('link', { name: new RegExp(item.name.replace(/[()（）]/g, '.')) }).first().waitFor()
  })
})

describe('the message bell (15.15)', () => {
  test('home shows the unread count; the list says what happened, not push states', async () => {
    const { page, origin } = h5
    const token = await appToken(h5)
    const { unreadCount } = await api<UnreadCount>(h5, '/messages/unread-count', token)
    expect(unreadCount).toBeGreaterThan(0)
    await page.goto(`${origin}/pages/home/index`)
    const bell = page.locator('.home__bell')
    await bell.getByText(`${unreadCount} 条未读`).waitFor()
    await bell.click()
    await page.waitForURL(/\/features\/messages\/pages\/list\/index/)
    await page.locator('.messages__item').first().waitFor()
    expect(await page.locator('.messages').innerText()).not.toMatch(/推送/)
    await page.locator('.messages__meta').first().getByText(/^(新账单|缴费成功|办件进度|需要补正|预约提醒|候补结果|证照到期) · /).waitFor()
  })

  test('logged out, home has no bell', async () => {
    const { page, origin } = h5
    await page.goto(`${origin}/more/pages/settings/index`)
    const storage = await page.evaluate(() => localStorage.getItem('cs.session'))
    await page.evaluate(() => localStorage.removeItem('cs.session'))
    await page.goto(`${origin}/pages/home/index`)
    await page.getByText('杭州热门服务').waitFor()
    expect(await page.locator('.home__bell').count()).toBe(0)
    await page.evaluate((value) => value && localStorage.setItem('cs.session', value), storage)
  })
})

describe('法人 (15.17)', () => {
  test('a company sees a company home, and 法人办事 lists only themes with company items', async () => {
    const { page, origin } = h5
    await page.evaluate(() => localStorage.removeItem('cs.session'))
    await page.goto(`${origin}/pages/login/index`)
    await logInOnLoginPage(h5, /企业/)
    await page.goto(`${origin}/pages/home/index`)
    await page.getByText('杭州企业热门服务').waitFor()
    for (const title of ['企业开办', '发票领用', '单位社保', '非税缴费', '办件查询']) {
      await page.getByRole('button', { name: title, exact: true }).waitFor()
    }
    expect(await page.getByRole('button', { name: '生活缴费', exact: true }).count()).toBe(0)
    const legalThemes = (await (await fetch(`${origin}/api/v1/catalogue/themes?city=330100&audience=legal`)).json()) as ThemeList
    const chips = page.locator('.home__theme')
    await chips.first().waitFor()
    expect(await chips.allInnerTexts()).toEqual(legalThemes.items.map((theme) => theme.name))
    await screenshot(page, 'home-legal')

    await page.getByRole('button', { name: '企业开办', exact: true }).click()
    await page.locator('.guide__name', { hasText: '营业执照设立登记' }).waitFor()

    await page.goto(`${origin}/pages/catalogue/index`)
    await page.getByText('法人办事').click()
    await page.getByText(/法人事项（\d+ 项）/).waitFor()
    await page.waitForFunction(() => !document.body.innerText.includes('婚育收养'))
    const names = await page.locator('.catalogue__chips .catalogue__chip').allInnerTexts()
    expect(names).toEqual(legalThemes.items.map((theme) => theme.name))
  })
})
