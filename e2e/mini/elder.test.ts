// 长辈模式 on the REAL compiled mini-programs: with the preference remembered on the device, home
// renders the five journeys as large tiles (and no search box); turning it off from home brings
// the normal home back and the device remembers that.

import { ensureBuilt } from './build'
import { HANGZHOU, PLATFORMS, launch, problemsOf } from './fixtures'
import type { MiniProgram } from './harness'
import { startSandbox, type RunningSandbox } from './sandbox'

jest.setTimeout(60_000)

describe.each(PLATFORMS)('%s: home in elder mode', (platform) => {
  let sandbox: RunningSandbox
  let mp: MiniProgram | undefined

  beforeAll(async () => {
    ensureBuilt(platform)
    sandbox = await startSandbox()
  }, 300_000)

  afterAll(async () => {
    await mp?.close()
    await sandbox?.close()
  })

  test('the large tiles render, and 退出长辈模式 returns to the normal home', async () => {
    mp = await launch(platform, sandbox, {
      persona: 'resident',
      storage: { 'cs.prefs': JSON.stringify({ cityCode: HANGZHOU, elderMode: true }) },
    })
    const app = mp
    const home = await app.waitForText('退出长辈模式')
    const tiles = home.findByClass('home-elder__tile')
    expect(tiles).toHaveLength(5)
    for (const title of ['生活缴费', '交通违法', '证照', '预约办事', '办件查询']) expect(home.hasText(title)).toBe(true)
    // The page root carries the elder class that rescales the type (app.scss .elder).
    expect(home.findByClass('elder').length).toBeGreaterThan(0)
    expect(home.findByClass('search-field')).toHaveLength(0)
    // The to-do list is there too, from the one inbox request.
    await app.waitForText('我的待办')

    await app.tapText('退出长辈模式')
    await app.waitForText('页面更简单')
    expect(app.currentPage().findByClass('home-elder__tile')).toHaveLength(0)
    expect(JSON.parse(app.storageDump()['cs.prefs'])).toMatchObject({ elderMode: false })
    expect(problemsOf(app)).toEqual([])
  })
})
