// 长辈模式 (MIIT 适老化): switched on from home and from settings, remembered, applied to every
// page. At 375×812 each page is screenshotted (e2e/screenshots/elder-*.png) and measured in the
// browser: text ≥ 18 px, main headings ≥ 30 px, line height ≥ 1.3, tap targets ≥ 60 × 60 px.
import type { Page } from 'playwright-core'
import { appToken, expectNoPersonalDataOnDevice, screenshot, setElderMode, startAsResident, startH5, storageDump, type H5Session } from './browser'
import { HOME_SHORTCUTS, ME_ENTRIES, routes } from '@/routes'
import { APP_PAGES } from './pages'

jest.setTimeout(180_000)

let h5: H5Session

beforeAll(async () => {
  h5 = await startH5({ paymentNotifyDelayMs: 100 })
  await startAsResident(h5)
})

afterEach(async () => {
  await expectNoPersonalDataOnDevice(h5)
})

afterAll(async () => {
  await h5?.close()
})

interface Measured {
  smallText: string[]
  tightLines: string[]
  smallTargets: string[]
  headings: Array<{ text: string; px: number }>
}

/** Measures the visible page in the browser (computed styles and boxes, not class names). */
async function measure(page: Page, headingSelector: string): Promise<Measured> {
  await page.waitForLoadState('networkidle')
  await page.waitForFunction(() => !document.querySelector('.nut-skeleton') && !/正在加载/.test(document.body.innerText))
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'))
  return page.evaluate((heading) => {
    const visible = (el: Element) => {
      const style = getComputedStyle(el)
      return el.getClientRects().length > 0 && style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0
    }
    const root = Array.from(document.querySelectorAll('.page.elder')).find(visible)
    if (!root) throw new Error('no visible .page.elder root: elder mode is not applied to this page')
    const out = { smallText: [] as string[], tightLines: [] as string[], smallTargets: [] as string[], headings: [] as Array<{ text: string; px: number }> }
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (!visible(el)) continue
      const ownText = Array.from(el.childNodes)
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent ?? '')
        .join('')
        .trim()
      if (ownText && /[\p{L}\p{N}]/u.test(ownText)) {
        const style = getComputedStyle(el)
        const size = parseFloat(style.fontSize)
        if (size < 17.95) out.smallText.push(`${ownText.slice(0, 16)} ${size.toFixed(1)}px`)
        const line = style.lineHeight === 'normal' ? 1.2 * size : parseFloat(style.lineHeight)
        if (line / size < 1.3 - 1e-6) out.tightLines.push(`${ownText.slice(0, 16)} ${(line / size).toFixed(2)}`)
      }
    }
    const targets = root.querySelectorAll('[role="button"],[role="link"],[role="switch"],[role="checkbox"],[role="radio"],[role="tab"],taro-button-core,input')
    for (const el of Array.from(targets)) {
      if (!visible(el)) continue
      const box = el.getBoundingClientRect()
      if (box.height < 59.5 || box.width < 59.5) out.smallTargets.push(`${(el.textContent ?? el.getAttribute('aria-label') ?? el.tagName).trim().slice(0, 16)} ${box.width.toFixed(0)}×${box.height.toFixed(0)}`)
    }
    for (const el of Array.from(root.querySelectorAll(heading))) if (visible(el)) out.headings.push({ text: (el.textContent ?? '').trim(), px: parseFloat(getComputedStyle(el).fontSize) })
    return out
  }, headingSelector)
}

function expectElderSizes(measured: Measured) {
  expect({ smallText: measured.smallText, tightLines: measured.tightLines, smallTargets: measured.smallTargets }).toEqual({
    smallText: [],
    tightLines: [],
    smallTargets: [],
  })
}

test('switched on from home: the five journeys as large tiles, remembered after a reload', async () => {
  const { page, origin } = h5
  await page.goto(`${origin}/pages/home/index`)
  await page.getByRole('button', { name: /^长辈模式/ }).click()
  await page.getByRole('button', { name: '退出长辈模式' }).waitFor()
  const tiles = page.locator('.home-elder__tile')
  expect(await tiles.allInnerTexts()).toEqual([
    expect.stringMatching(/^生活缴费/),
    expect.stringMatching(/^交通违法/),
    expect.stringMatching(/^证照/),
    expect.stringMatching(/^预约办事/),
    expect.stringMatching(/^办件查询/),
  ])
  // No search box and no marketing lists on the elder home.
  expect(await page.locator('.search-field').count()).toBe(0)
  await screenshot(page, 'elder-01-home')
  const measured = await measure(page, '.home-elder__title')
  expectElderSizes(measured)
  expect(measured.headings[0].px).toBeGreaterThanOrEqual(30)
  for (const box of await tiles.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height))) expect(box).toBeGreaterThanOrEqual(60)

  await page.reload()
  await page.getByRole('button', { name: '退出长辈模式' }).waitFor()
  expect(JSON.parse((await storageDump(page))['cs.prefs'])).toMatchObject({ elderMode: true })
})

// Every service's entry pages (its home shortcut and its row in 我的, from src/services.ts) are
// checked without being listed here; these are the shell and the deeper pages checked as well.
const FEATURE_PAGES = [
  ...new Set([
    ...[...HOME_SHORTCUTS, ...ME_ENTRIES].map((link) => link.url.slice(1)),
    ...[
      routes.me,
      routes.more.settings,
      routes.more.agreement,
      routes.catalogue,
      routes.bills.account,
      routes.fines.violations,
      routes.messages.list,
      routes.cases.detail,
      routes.cases.rate,
      routes.appointments.book,
      routes.appointments.confirm,
      routes.appointments.detail,
      routes.certificates.certificate,
      routes.certificates.apply,
    ].map((route) => route.path.slice(1)),
  ]),
]

test.each(FEATURE_PAGES)('elder mode applies to %s: sizes measured, screenshot saved', async (route) => {
  const { page, origin } = h5
  const entry = APP_PAGES.find((candidate) => candidate.route === route)!
  await setElderMode(h5, true)
  await page.goto(`${origin}${await entry.open(h5, await appToken(h5))}`)
  const measured = await measure(page, '.section-title')
  await screenshot(page, `elder-${route.replace(/\/index$/, '').replace(/\//g, '-')}`)
  expectElderSizes(measured)
})

test('switched off from settings, and the normal home comes back', async () => {
  const { page, origin } = h5
  await page.goto(`${origin}/more/pages/settings/index`)
  const toggle = page.getByRole('switch', { name: /长辈模式/ })
  expect(await toggle.getAttribute('aria-checked')).toBe('true')
  await toggle.click()
  expect(await toggle.getAttribute('aria-checked')).toBe('false')
  await page.goto(`${origin}/pages/home/index`)
  await page.locator('.search-field').waitFor()
  expect(await page.locator('.home-elder__tile').count()).toBe(0)
  expect(JSON.parse((await storageDump(page))['cs.prefs'])).toMatchObject({ elderMode: false })
})

/** The platform's dialog, toast or action sheet on screen (Taro draws them on <body>, outside the page root). */
async function measureOverlay(page: Page, selector: string): Promise<{ smallText: string[]; smallButtons: string[] }> {
  // The wrapper has no box of its own (its children are position: fixed): wait for what it shows.
  await page.waitForFunction((sel) => Array.from(document.querySelectorAll(`${sel} *`)).some((el) => el.getBoundingClientRect().height > 0 && getComputedStyle(el).display !== 'none'), selector)
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'))
  return page.evaluate((sel) => {
    const overlay = Array.from(document.querySelectorAll(sel)).find((el) => getComputedStyle(el).display !== 'none')
    if (!overlay) throw new Error(`${sel} is not shown`)
    const out = { smallText: [] as string[], smallButtons: [] as string[] }
    for (const el of Array.from(overlay.querySelectorAll('*'))) {
      const style = getComputedStyle(el)
      if (style.display === 'none' || el.getClientRects().length === 0) continue
      const own = Array.from(el.childNodes).filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent ?? '').join('').trim()
      if (!own) continue
      if (parseFloat(style.fontSize) < 17.95) out.smallText.push(`${own.slice(0, 12)} ${style.fontSize}`)
      // Every line of words in a dialog's foot or a sheet is a button the user taps.
      const tappable = el.matches('.taro-model__btn') || el.closest('.taro__actionSheet') !== null
      const box = el.getBoundingClientRect()
      if (tappable && box.height < 59.5) out.smallButtons.push(`${own.slice(0, 12)} ${box.height.toFixed(0)}px`)
    }
    return out
  }, selector)
}

test('dialogs, toasts and action sheets follow the elder numbers; destructive confirmations are red', async () => {
  const { page, origin } = h5
  await setElderMode(h5, true)
  // The action sheet (户号 label) and a dialog (解除绑定, destructive).
  const account = APP_PAGES.find((candidate) => candidate.route === 'features/bills/pages/account/index')!
  await page.goto(`${origin}${await account.open(h5, await appToken(h5))}`)
  await page.locator('.account__label').click()
  expect(await measureOverlay(page, '.taro__actionSheet')).toEqual({ smallText: [], smallButtons: [] })
  await screenshot(page, 'elder/overlay-action-sheet')
  await page.locator('.taro__actionSheet').getByText('取消', { exact: true }).click()
  await page.locator('.nut-button', { hasText: '解除绑定' }).click()
  expect(await measureOverlay(page, '.taro__modal')).toEqual({ smallText: [], smallButtons: [] })
  await screenshot(page, 'elder/overlay-dialog')
  // Red (theme $color-danger), not Taro's default green #3CC51F nor the primary blue.
  expect(await page.locator('.taro__modal .taro-model__confirm').evaluate((el) => getComputedStyle(el).color)).toBe('rgb(192, 38, 45)')
  await page.locator('.taro__modal .taro-model__cancel').click()

  // 删除我的数据 in settings: destructive.
  await page.goto(`${origin}/more/pages/settings/index`)
  await page.locator('.nut-button', { hasText: '删除我的数据' }).click()
  expect(await page.locator('.taro__modal .taro-model__confirm').evaluate((el) => getComputedStyle(el).color)).toBe('rgb(192, 38, 45)')
  await page.locator('.taro__modal .taro-model__cancel').click()

  // 取消预约: destructive, and it ends with a toast on the same page.
  const booking = APP_PAGES.find((candidate) => candidate.route === 'features/appointments/pages/detail/index')!
  await page.goto(`${origin}${await booking.open(h5, await appToken(h5))}`)
  await page.locator('.nut-button', { hasText: '取消预约' }).click()
  const confirm = page.locator('.taro__modal .taro-model__confirm')
  expect(await confirm.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(192, 38, 45)')
  await confirm.click()
  expect(await measureOverlay(page, '.taro__toast')).toEqual({ smallText: [], smallButtons: [] })
  await screenshot(page, 'elder/overlay-toast')
})
