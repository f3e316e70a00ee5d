// 办件查询 (issue 8) on the REAL compiled mini-programs: from home's shortcut to 我的办件, the
// 待我处理 filter, and one case's timeline, compared with what the sandbox holds.

import type { CaseDetail, CaseList } from '@contract'
import { ensureBuilt } from './build'
import { HANGZHOU, PLATFORMS, api, launch, problemsOf } from './fixtures'
import type { MiniProgram } from './harness'
import { startSandbox, type RunningSandbox } from './sandbox'

jest.setTimeout(90_000)

describe.each(PLATFORMS)('%s: my cases and one timeline', (platform) => {
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

  test('home → 我的办件 → 待我处理 → the 补正 case with its checklist and timeline', async () => {
    mp = await launch(platform, sandbox, { city: HANGZHOU, persona: 'resident' })
    const app = mp
    await app.tapText('办件查询')
    await app.waitForPage('features/cases/pages/list/index')
    const token = JSON.parse(String(app.storage.get('cs.session'))).accessToken as string
    const active = await api<CaseList>(sandbox, 'GET', '/api/v1/cases?filter=active', undefined, token)
    // The default filter is 进行中: every active case of the resident is listed.
    for (const item of active.items) await app.waitForText(item.serviceName)

    await app.tapText('待我处理')
    await app.waitForText('待补正')
    await app.tapText('医疗救助申请')
    await app.waitForPage('features/cases/pages/detail/index')
    const id = String(app.currentPage().query.id)
    const detail = await api<CaseDetail>(sandbox, 'GET', `/api/v1/cases/${id}`, undefined, token)
    expect(detail.serviceName).toBe('医疗救助申请')
    await app.waitForText('需要补正 3 项材料')
    await app.waitForText('办理进度')
    // Every event of the server's timeline is on the page, newest marked as current.
    for (const event of detail.timeline) await app.waitForText(event.note)
    await app.waitForText('补正（当前）')
    await app.waitForText(detail.caseNumber.replace(/(.{4})(?=.)/g, '$1 ')) // grouped for reading (issue 15.8)
    expect(problemsOf(app)).toEqual([])
  })
})
