// Issue 15 items 10, 14, 15, 17 on the REAL compiled mini-programs: the guide's next step (the
// phone and the map go through wx / my as each platform documents them; the strict fakes refuse
// anything else), search by initials with the app's journeys, the message bell, the 法人 home.
import { ensureBuilt } from './build'
import { HANGZHOU, PLATFORMS, api, launch, problemsOf } from './fixtures'
import type { MiniProgram } from './harness'
import { startSandbox, type RunningSandbox } from './sandbox'

jest.setTimeout(90_000)

const GUIDE = 'more/pages/catalogue-item/index'

interface Place {
  name: string
  address: string
  latitude: number
  longitude: number
}

describe.each(PLATFORMS)('%s', (platform) => {
  let sandbox: RunningSandbox
  let mp: MiniProgram | undefined

  beforeAll(async () => {
    ensureBuilt(platform)
    sandbox = await startSandbox({ admin: true })
  }, 300_000)

  afterEach(async () => {
    const app = mp
    mp = undefined
    if (app) {
      expect(problemsOf(app)).toEqual([])
      await app.close()
    }
  }, 30_000)

  afterAll(async () => {
    await sandbox?.close()
  }, 30_000)

  test('an item the app cannot do: 电话咨询 and 导航到大厅 call the platform as documented', async () => {
    mp = await launch(platform, sandbox, { city: HANGZHOU, launch: { path: GUIDE, query: { id: '330100-yqdj' } } })
    const item = await api<{ guide: { phone: string }; place: Place }>(sandbox, 'GET', '/api/v1/catalogue/items/330100-yqdj')
    await mp.waitForText('导航到大厅')
    await mp.tapText('电话咨询')
    await mp.waitFor(() => mp!.apiCalls.some((call) => call.name === 'makePhoneCall'))
    const phone = mp.apiCalls.find((call) => call.name === 'makePhoneCall')!.args[0] as Record<string, unknown>
    // wx.makePhoneCall({ phoneNumber }); my.makePhoneCall({ number }) (Taro copies the name over).
    expect(phone[platform === 'weapp' ? 'phoneNumber' : 'number']).toBe(item.guide.phone)

    await mp.tapText('导航到大厅')
    await mp.waitFor(() => mp!.apiCalls.some((call) => call.name === 'openLocation'))
    const map = mp.apiCalls.find((call) => call.name === 'openLocation')!.args[0] as Record<string, unknown>
    // WeChat: numbers; Alipay: strings, with name and address required.
    const asSent = platform === 'weapp' ? item.place.latitude : String(item.place.latitude)
    expect(map).toMatchObject({ latitude: asSent, name: item.place.name, address: item.place.address })
    expect(typeof map.longitude).toBe(platform === 'weapp' ? 'number' : 'string')
  })

  test('居住证申领: 预约办理 opens the halls for that item, and the item stays chosen', async () => {
    mp = await launch(platform, sandbox, { city: HANGZHOU, persona: 'resident', launch: { path: GUIDE, query: { id: '330100-jzz-sl' } } })
    await mp.waitForText('在线办理')
    await mp.tapText('预约办理')
    await mp.waitForPage('features/appointments/pages/halls/index')
    await mp.waitForText('预约事项：居住证办理')
    await mp.tapText('选择事项和时间 ›')
    await mp.waitForPage('features/appointments/pages/book/index')
    // Chosen already: marked, and the next step (the dates) is open without a tap.
    await mp.waitForText('✓ 居住证办理')
    await mp.waitForText('2. 选择日期')
  })

  test('search by initials shows the items and the app’s journeys; the bell shows the unread count', async () => {
    // A new bill for the resident's water account makes a message (the seed's may all be read).
    const issued = await sandbox.app.inject({
      method: 'POST',
      url: '/__admin/utilities/bills',
      payload: { providerId: '330100-water-1', accountNumber: '3100428517', period: platform === 'weapp' ? '2027-01' : '2027-02', amountFen: 8640, dueDate: '2027-12-20' },
    })
    expect(issued.statusCode).toBeLessThan(300)
    mp = await launch(platform, sandbox, { city: HANGZHOU, persona: 'resident' })
    const app = mp
    const { unreadCount } = await api<{ unreadCount: number }>(sandbox, 'GET', '/api/v1/messages/unread-count', undefined, await token(sandbox, platform))
    expect(unreadCount).toBeGreaterThan(0)
    await app.waitForText(`${unreadCount} 条未读`)

    const home = app.currentPage()
    home.trigger(home.findInput('搜索办事服务')!, 'confirm', { value: 'jzz' })
    await app.waitForText('“jzz”的搜索结果')
    await app.waitForText('居住证申领')
    await app.switchTab('首页')
    const again = app.currentPage()
    again.trigger(again.findInput('搜索办事服务')!, 'confirm', { value: '水费' })
    await app.waitForText('“水费”的搜索结果')
    await app.tapText('生活缴费 ›')
    await app.waitForPage('features/bills/pages/accounts/index')
  })

  test('a company sees the company home with its shortcuts and themes', async () => {
    mp = await launch(platform, sandbox, { city: HANGZHOU, persona: 'company' })
    await mp.waitForText('杭州企业热门服务')
    for (const title of ['企业开办', '发票领用', '单位社保', '非税缴费']) await mp.waitForText(title)
    expect(mp.text()).not.toContain('生活缴费')
    const themes = await api<{ items: Array<{ name: string }> }>(sandbox, 'GET', '/api/v1/catalogue/themes?city=330100&audience=legal')
    for (const theme of themes.items) await mp.waitForText(theme.name)
    expect(mp.text()).not.toContain('婚育收养')
  })
})

async function token(sandbox: RunningSandbox, platform: 'weapp' | 'alipay'): Promise<string> {
  const tokens = await api<{ accessToken: string }>(sandbox, 'POST', '/api/v1/auth/sessions', { channel: platform, code: 'resident:discover' })
  return tokens.accessToken
}
