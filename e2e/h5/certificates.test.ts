import jsQR from 'jsqr'
import type { Application, CertificateList, Me, CertificateUsageList, Inbox, Vehicle, Verification, ViolationList } from '@contract'
import { withIdCheckChar } from '@contract/rules/id-number'
import type { SandboxDecorations } from '../../mock/server'
import { api, appToken, expectNoPersonalDataOnDevice, type H5Session, screenshot, startAsResident, startH5 } from './browser'

// E-certificates (issue 6): show the resident's 身份证 behind the PIN, read the QR payload from the
// page (the QR image decoded with jsQR), verify it as a hall clerk through the verifier route, see
// the entry in the usage log; apply for a 居住证 (a wrong ID check digit is explained and kept) and
// get a case number.
jest.setTimeout(180_000)

// Seeded sandbox data (mock/README.md "E-certificates").
const PIN = '135790'
const CLERK = '杭州市民中心行政服务大厅'
const RESIDENT_ID = withIdCheckChar('33010619870515105')

let h5: H5Session

beforeAll(async () => {
  h5 = await startH5()
  await startAsResident(h5)
})

afterEach(async () => {
  // No PIN, token, QR payload or query password on the device: only what the app may keep.
  await expectNoPersonalDataOnDevice(h5)
})

afterAll(async () => {
  await h5?.close()
})

/** axe-core on the page in view (Taro keeps earlier pages hidden in the DOM): no violations at all. */
async function expectAccessible(): Promise<void> {
  const { page } = h5
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') })
  const violations = await page.evaluate(async () => {
    const pages = Array.from(document.querySelectorAll<HTMLElement>('.taro_page')).filter((el) => getComputedStyle(el).display !== 'none')
    const axe = (window as unknown as { axe: { run(context: Element, options: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ html: string }> }> }> } }).axe
    const root = pages[pages.length - 1] ?? document.body
    const result = await axe.run(root, { resultTypes: ['violations'] })
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 100)).join(' | ')}`)
  })
  expect(violations).toEqual([])
}

/** Draws the QR <img> on a canvas in the page and decodes its pixels with jsQR in Node. */
async function readQrFromPage(): Promise<string> {
  const image = h5.page.locator('.showing__qr img')
  await image.waitFor()
  await h5.page.waitForFunction(() => {
    const img = document.querySelector<HTMLImageElement>('.showing__qr img')
    return !!img && img.complete && img.naturalWidth > 0
  })
  const pixels = await image.evaluate((img: HTMLImageElement) => {
    const canvas = document.createElement('canvas')
    canvas.width = img.naturalWidth
    canvas.height = img.naturalHeight
    const context = canvas.getContext('2d')!
    context.drawImage(img, 0, 0)
    const data = context.getImageData(0, 0, canvas.width, canvas.height)
    return { width: data.width, height: data.height, rgba: Array.from(data.data) }
  })
  const decoded = jsQR(Uint8ClampedArray.from(pixels.rgba), pixels.width, pixels.height)
  if (!decoded) throw new Error('the QR code on the page could not be decoded')
  return decoded.data
}

test('the 驾驶证 expiring in 60 days is a home to-do item whose 去换证 opens the renewal form; renew by EMS to the saved address', async () => {
  const { page, origin } = h5
  const inbox = await api<Inbox>(h5, '/inbox', await appToken(h5))
  expect(inbox.items.find((entry) => entry.kind === 'certificate')).toMatchObject({ title: '机动车驾驶证即将到期', action: '去换证' })
  await page.goto(`${origin}/pages/home/index`)
  await page.locator('.todo-inbox__item', { hasText: '机动车驾驶证即将到期' }).getByText('去换证 ›').click()
  await page.waitForURL(/\/features\/certificates\/pages\/apply\/index\?type=driving_licence_renewal/)
  await page.locator('.apply__title', { hasText: '驾驶证期满换证' }).waitFor()
  await page.getByText('受理部门：杭州市公安局交通警察支队', { exact: false }).waitFor()
  // Renew by EMS to the saved home address (offered first; masked).
  // Issue 15.9: name, ID number and mobile are the resident's own, shown masked from the real-name
  // profile and not typed; the server puts the real ones into the case.
  const me = await api<Me>(h5, '/me', await appToken(h5))
  expect(await page.locator('.apply__prefilled').allInnerTexts()).toEqual([me.name, me.idNumber, me.mobile])
  expect([me.name, me.mobile]).toEqual(['*大友', '137****9050'])
  expect(me.idNumber).not.toContain(RESIDENT_ID.slice(6, 14))
  const inputs = page.locator('.apply__input input')
  expect(await inputs.count()).toBe(1)
  await inputs.nth(0).fill('330100125821')
  await page.getByRole('radio', { name: '已在指定医院体检' }).click()
  await page.getByRole('radio', { name: 'EMS 邮寄' }).click()
  await page.getByRole('radio', { name: /^家 · \*大友 137\*\*\*\*9050/ }).waitFor()
  expect(await page.getByRole('radio', { name: /^家 · / }).getAttribute('aria-checked')).toBe('true')
  await page.locator('.nut-button', { hasText: '提交申请' }).click()
  await page.waitForURL(/\/features\/certificates\/pages\/result\/index\?id=/)
  await page.getByText('EMS 邮寄：*大友 137****9050 浙江省杭州市西湖区****').waitFor()
  const shownCaseNumber = (await page.locator('.result__case').innerText()).trim()
  expect(shownCaseNumber).toMatch(/^3301 00[0-9]{2}( [0-9]{4}){4}$/)
  const form = (h5.server as unknown as SandboxDecorations).sandbox.db.prepare('SELECT form_json FROM cases WHERE case_number = ?').get(shownCaseNumber.replace(/ /g, '')) as { form_json: string }
  expect(JSON.parse(form.form_json)).toMatchObject({ name: '王大友', idNumber: RESIDENT_ID, mobile: '13757179050', fileNumber: '330100125821' })
})

test('the wallet shows the resident’s certificates with status in words', async () => {
  const { page, origin } = h5
  await page.goto(`${origin}/pages/home/index`)
  await page.getByText('证照', { exact: true }).first().click()
  await page.waitForURL(/\/features\/certificates\/pages\/wallet\/index/)
  // Exact: home (still in the DOM behind this page) may list the service 居民身份证换领.
  await page.getByText('居民身份证', { exact: true }).waitFor()
  await page.getByText('⚠ 异常：已过期').waitFor()
  await page.getByText(/^即将到期：60 天后到期/).first().waitFor()
  expect(await page.locator('.cert-status--normal', { hasText: '✓ 正常' }).count()).toBe(4)
  const body = await page.locator('.wallet').innerText()
  expect(body).not.toContain(RESIDENT_ID)
  expect(body).not.toContain('王大友')
  await screenshot(page, '30-certificates-wallet')
  await expectAccessible()
})

test('the 驾驶证 shows as 本周期累积记分 the points of the resident’s processed violations in the cycle', async () => {
  const { page, origin } = h5
  const token = await appToken(h5)
  const licence = (await api<CertificateList>(h5, '/certificates', token)).items.find((c) => c.type === 'driving_licence')!
  // The cycle began on the latest anniversary of the first issue (China dates).
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
  const anniversary = `${today.slice(0, 4)}${licence.validFrom.slice(4)}`
  const cycleStart = anniversary <= today ? anniversary : `${Number(today.slice(0, 4)) - 1}${licence.validFrom.slice(4)}`
  const startMs = Date.parse(`${cycleStart}T00:00:00+08:00`)
  let sum = 0
  for (const vehicle of (await api<{ items: Vehicle[] }>(h5, '/fines/vehicles', token)).items) {
    for (const v of (await api<ViolationList>(h5, `/fines/vehicles/${vehicle.id}/violations`, token)).items) {
      if (v.status !== 'unprocessed' && Date.parse(v.occurredAt) >= startMs) sum += v.points
    }
  }
  expect(sum).toBeGreaterThan(0)
  await page.goto(`${origin}/features/certificates/pages/certificate/index?id=${encodeURIComponent(licence.id)}`)
  const row = page.locator('.cert__row', { hasText: '本周期累积记分' })
  await row.waitFor()
  expect(await row.locator('.cert__value').textContent()).toBe(`${sum} 分`)
})

test('show the 身份证: PIN, QR payload read from the page, verified by a clerk, in the usage log', async () => {
  const { page, origin } = h5
  const token = await appToken(h5)
  const id = (await api<CertificateList>(h5, '/certificates', token)).items.find((c) => c.type === 'id_card')!.id
  // The page's clock is installed so the 300 s countdown can be fast-forwarded (time flows naturally otherwise).
  await page.clock.install()
  await page.goto(`${origin}/features/certificates/pages/certificate/index?id=${encodeURIComponent(id)}`)
  await page.getByText('仅供办理政务服务事项时使用').first().waitFor()
  await page.locator('.nut-button', { hasText: /^亮证$/ }).click()
  const pin = page.locator('.showing__pin input')
  await pin.fill('000000')
  await page.locator('.nut-button', { hasText: '确认亮证' }).click()
  await page.getByRole('alert').filter({ hasText: '亮证密码不正确，还可尝试 4 次' }).waitFor()
  expect(await pin.inputValue()).toBe('000000')

  await pin.fill(PIN)
  await page.locator('.nut-button', { hasText: '确认亮证' }).click()
  await page.getByText(/^有效期 [45]:\d\d · 到期前自动刷新$/).waitFor()
  const payload = await readQrFromPage()
  expect(payload).toMatch(/^cs-cert:1:[A-Za-z0-9_-]{24}:[0-9]{13}$/)
  const generatedAt = Number(payload.split(':')[3])
  expect(Math.abs(Date.now() - generatedAt)).toBeLessThan(60_000)
  await screenshot(page, '31-certificates-showing')
  await expectAccessible()

  // 290 s later (15 s before expiry) the page fetches a new code by itself, without the PIN.
  await page.clock.fastForward(290_000)
  let refreshed = payload
  for (let i = 0; i < 100 && refreshed === payload; i += 1) {
    await page.waitForTimeout(100)
    refreshed = await readQrFromPage()
  }
  expect(refreshed).not.toBe(payload)
  expect(refreshed).toMatch(/^cs-cert:1:[A-Za-z0-9_-]{24}:[0-9]{13}$/)
  await page.getByText(/^有效期 [45]:\d\d · 到期前自动刷新$/).waitFor()
  expect(await page.locator('.showing__pin').count()).toBe(0)

  // The clerk's scanner sends what it read; no user login.
  const res = await fetch(`${origin}/api/v1/certificates/verifications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: refreshed, organisation: CLERK }),
  })
  expect(res.status).toBe(201)
  const verification = (await res.json()) as Verification
  expect(verification.certificate).toMatchObject({ id, typeName: '居民身份证', holderName: '*大友', statusLabel: '正常' })
  expect(JSON.stringify(verification)).not.toContain(RESIDENT_ID)

  await page.locator('.nut-button', { hasText: '用证记录' }).click()
  await page.waitForURL(/\/features\/certificates\/pages\/usage\/index/)
  await page.locator('.usage__org').first().filter({ hasText: CLERK }).waitFor()
  const log = await api<CertificateUsageList>(h5, `/certificates/${id}/usages`, token)
  expect(log.items[0]).toMatchObject({ id: verification.id, organisation: CLERK })
  expect(await page.locator('.usage__org').count()).toBe(log.items.length)
  await screenshot(page, '32-certificates-usage')
  await expectAccessible()
})

test('apply for a 居住证: an incomplete address is explained inline and kept; the result gives the case number', async () => {
  const { page, origin } = h5
  await page.goto(`${origin}/features/certificates/pages/wallet/index`)
  await page.getByRole('link', { name: /^居住证申领/ }).click()
  await page.waitForURL(/\/features\/certificates\/pages\/apply\/index\?type=residence_permit_apply/)
  await page.getByText('受理部门：杭州市公安局', { exact: false }).waitFor()
  const inputs = page.locator('.apply__input input')
  await page.locator('.apply__prefilled').first().waitFor()
  expect(await inputs.count()).toBe(2)
  await inputs.nth(0).fill('文三路')
  await inputs.nth(1).fill('2024-03-01')
  await page.getByRole('radio', { name: '就业' }).click()
  await page.getByRole('radio', { name: /^杭州市民中心行政服务大厅/ }).click()
  await page.locator('.nut-button', { hasText: '提交申请' }).click()
  await page.getByRole('alert').filter({ hasText: '地址太短' }).waitFor()
  expect(await inputs.nth(0).inputValue()).toBe('文三路')
  expect(await inputs.nth(1).inputValue()).toBe('2024-03-01')
  await screenshot(page, '33-certificates-apply-error')
  await expectAccessible()

  await inputs.nth(0).fill('西湖区文三路 100 号 2 幢 301 室')
  await page.locator('.nut-button', { hasText: '提交申请' }).click()
  await page.waitForURL(/\/features\/certificates\/pages\/result\/index\?id=/)
  await page.getByText('申请已提交').waitFor()
  // Issue 15.8: the 办件编号 is shown in groups of four for reading; the value itself has no spaces.
  const shownCaseNumber = (await page.locator('.result__case').innerText()).trim()
  expect(shownCaseNumber).toMatch(/^3301 00[0-9]{2}( [0-9]{4}){4}$/)
  const caseNumber = shownCaseNumber.replace(/ /g, '')
  expect((await page.locator('.result__password').innerText()).trim()).toMatch(/^[0-9]{6}$/)
  await screenshot(page, '34-certificates-applied')
  await expectAccessible()

  const applicationId = new URL(page.url()).searchParams.get('id')!
  const stored = await api<Application>(h5, `/certificates/applications/${applicationId}`, await appToken(h5))
  expect(stored).toMatchObject({ caseNumber, typeName: '居住证申领', delivery: '大厅自取：杭州市民中心行政服务大厅' })

  // Issue 15.13: the result offers the next step — 复制 the case number, 查看进度 of that very case.
  await page.getByRole('button', { name: '复制办件编号' }).waitFor()
  await page.locator('.nut-button', { hasText: '返回首页' }).waitFor()
  await page.locator('.nut-button', { hasText: '查看进度' }).click()
  await page.waitForURL(new RegExp(`/features/cases/pages/detail/index\\?id=${stored.caseId}`))
  await page.locator('.case-detail__meta', { hasText: shownCaseNumber }).waitFor()
})
