// 预约办事 (issue 7) on the REAL compiled mini-programs: from home to the halls of 杭州, pick
// 身份证办理, the first bookable date and 10:00, confirm with the masked name; the server holds
// exactly one booking, and the confirm tap asked for the reminder subscription.

import type { BookableDates, BookingList } from '@contract'
import { ensureBuilt } from './build'
import { HANGZHOU, PLATFORMS, api, launch, problemsOf } from './fixtures'
import type { MiniProgram } from './harness'
import { startSandbox, type RunningSandbox } from './sandbox'

jest.setTimeout(90_000)

const HALL = { id: 'hall-330100-1', name: '杭州市民中心行政服务大厅' }
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']
const dayLabel = (date: string) => {
  const d = new Date(`${date}T00:00:00Z`)
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${WEEKDAYS[d.getUTCDay()]}`
}

describe.each(PLATFORMS)('%s: book one appointment slot', (platform) => {
  let sandbox: RunningSandbox
  let mp: MiniProgram | undefined

  beforeAll(async () => {
    ensureBuilt(platform)
    sandbox = await startSandbox({ admin: true })
  }, 300_000)

  afterAll(async () => {
    await mp?.close()
    await sandbox?.close()
  })

  test('halls → item → date → slot → confirm; the server stores one booking', async () => {
    mp = await launch(platform, sandbox, { city: HANGZHOU, persona: 'resident' })
    const app = mp
    const dates = await api<BookableDates>(sandbox, 'GET', `/api/v1/appointments/halls/${HALL.id}/dates?service=id-card`)
    const date = dates.items[0].date

    await app.tapText('预约办事')
    await app.waitForPage('features/appointments/pages/halls/index')
    await app.tapText(HALL.name)
    await app.waitForPage('features/appointments/pages/book/index')
    await app.tapText('身份证办理')
    await app.tapText(dayLabel(date))
    await app.waitForText('余 4 个')
    await app.tapText('10:00–10:30')
    await app.tapText('下一步：确认预约')
    await app.waitForPage('features/appointments/pages/confirm/index')
    await app.waitForText('*大友')
    await app.tapText('确认预约')
    await app.waitForPage('features/appointments/pages/detail/index')
    await app.waitForText('已预约')

    const token = JSON.parse(String(app.storage.get('cs.session'))).accessToken as string
    const mine = await api<BookingList>(sandbox, 'GET', '/api/v1/appointments?status=all', undefined, token)
    expect(mine.items).toHaveLength(1)
    expect(mine.items[0]).toMatchObject({ status: 'booked', date, start: '10:00', hallId: HALL.id, name: '*大友' })
    expect(app.currentPage().query.id).toBe(mine.items[0].id)
    expect(app.apiCalls.filter((call) => call.name === 'requestSubscribeMessage')).toHaveLength(1)
    expect(problemsOf(app)).toEqual([])
  })
})
