// E-certificates (issue 6) on the REAL compiled mini-programs: from home to the wallet, show the
// resident's 身份证 with the PIN; the QR code is an image of the presentation the server issued.
// WeChat and Alipay: a screenshot taken while it is shown gets a warning, and none after it ends.

import { ensureBuilt } from './build'
import { HANGZHOU, PLATFORMS, launch, problemsOf } from './fixtures'
import type { MiniProgram } from './harness'
import { startSandbox, type RunningSandbox } from './sandbox'

jest.setTimeout(90_000)

const PIN = '135790'
const WARNING = '请勿截屏外传'

describe.each(PLATFORMS)('%s: open the wallet and show one certificate', (platform) => {
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

  test('PIN → QR code of a server-issued token with its countdown; a screenshot is warned about', async () => {
    mp = await launch(platform, sandbox, { city: HANGZHOU, persona: 'resident' })
    const app = mp

    await app.tapText('证照')
    await app.waitForPage('features/certificates/pages/wallet/index')
    await app.waitForText('⚠ 异常：已过期')
    await app.tapText('居民身份证')
    await app.waitForPage('features/certificates/pages/certificate/index')
    await app.waitForText('仅供办理政务服务事项时使用')
    await app.tapText('亮证', { exact: true })
    const page = await app.waitForText('请输入亮证密码')
    page.input(page.findInput('6 位数字')!, PIN)
    await app.tapText('确认亮证')
    await app.waitForText('到期前自动刷新')

    // A light page: well under 1000 rendered nodes with the QR code showing (87 when measured).
    expect(app.currentPage().findAll(() => true).length).toBeLessThan(1000)
    const image = app.currentPage().findAll((node) => node.tag === 'image')[0]
    expect(String(image.attr('src'))).toMatch(/^data:image\/gif;base64,/)
    const db = sandbox.app.sandbox.db
    const presentations = db.prepare('SELECT certificate_id, expires_at - generated_at AS ttl FROM certificate_presentations').all()
    expect(presentations).toEqual([{ certificate_id: 'cert_resident_id', ttl: 300_000 }])
    const created = app.requests.find((r) => r.method === 'POST' && r.path.endsWith('/presentations'))
    expect(created?.status).toBe(201)

    // The user takes a screenshot while the code is shown.
    expect(app.userCaptureScreen()).toBe(1)
    await app.waitFor(() => app.ui.find((entry) => entry.kind === 'modal' && entry.title === WARNING))
    await app.tapText('结束亮证')
    await app.waitFor(() => !app.text().includes('到期前自动刷新'))
    expect(app.userCaptureScreen()).toBe(0)
    expect(app.ui.filter((entry) => entry.title === WARNING)).toHaveLength(1)
    expect(JSON.stringify(app.storageDump())).not.toContain(PIN)
    expect(problemsOf(app)).toEqual([])
  })

  test('the newcomer’s wallet is empty and offers the 居住证 application', async () => {
    await mp?.close()
    mp = await launch(platform, sandbox, { city: HANGZHOU, persona: 'newcomer' })
    const app = mp
    await app.tapText('证照')
    await app.waitForPage('features/certificates/pages/wallet/index')
    await app.waitForText('证照夹还是空的')
    await app.tapText('申领居住证')
    await app.waitForPage('features/certificates/pages/apply/index')
    expect(app.currentPage().query.type).toBe('residence_permit_apply')
    await app.waitForText('受理部门：杭州市公安局')
    expect(problemsOf(app)).toEqual([])
  })
})
