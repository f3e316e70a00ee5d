import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { buildServer } from '../../mock/server'

// Production H5 build + sandbox on one loopback origin, driven in Debian's
// Chromium (DESIGN.md §6). Never `playwright install`: it downloads a browser.

export const ROOT = path.resolve(__dirname, '../..')
export const SCREENSHOTS = path.join(ROOT, 'e2e/screenshots')
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export interface H5Session {
  server: FastifyInstance
  origin: string
  context: BrowserContext
  page: Page
  close(): Promise<void>
}

export async function startH5(options: { paymentNotifyDelayMs?: number } = {}): Promise<H5Session> {
  const staticDir = path.join(ROOT, 'dist/h5')
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) {
    throw new Error('dist/h5 is missing: run `npm run build:h5` first (npm test does it)')
  }
  const server = await buildServer({ dbFile: ':memory:', staticDir, admin: true, logger: false, ...options })
  await server.listen({ host: '127.0.0.1', port: 0 })
  const address = server.server.address()
  if (!address || typeof address === 'string') throw new Error('no port')
  const origin = `http://127.0.0.1:${address.port}`
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-chromium-'))
  let context: BrowserContext
  try {
    // A fresh profile every run (DESIGN.md §6); Playwright takes it as userDataDir.
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 375, height: 812 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
    })
  } catch (error) {
    await server.close()
    throw error
  }
  const page = context.pages()[0] ?? (await context.newPage())
  return {
    server,
    origin,
    context,
    page,
    async close() {
      await context.close()
      await server.close()
      fs.rmSync(userDataDir, { recursive: true, force: true })
    },
  }
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(SCREENSHOTS, `${name}.png`)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  // Taro's H5 page transitions are CSS animations: wait until the page stands still.
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'))
  await page.screenshot({ path: file, fullPage: false })
  return file
}

/**
 * Everything the app keeps in the browser's storage, to check no personal data is
 * there. Taro's H5 storage wraps each value as {"data": value}; this unwraps it.
 */
export async function storageDump(page: Page): Promise<Record<string, string>> {
  const raw = await page.evaluate(() => {
    const out: Record<string, string> = {}
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i)!
      out[key] = localStorage.getItem(key) ?? ''
    }
    return out
  })
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(raw)) {
    try {
      const parsed = JSON.parse(value) as { data?: unknown }
      out[key] = typeof parsed?.data === 'string' ? parsed.data : value
    } catch {
      out[key] = value
    }
  }
  return out
}

/** The login page's consent checkbox (unticked by default). */
export const CONSENT_NAME = '我已阅读并同意《用户协议》和《隐私政策》'

/** On the open login page: picks the persona, ticks the agreement, logs in, waits to leave. */
export async function logInOnLoginPage(h5: H5Session, persona: RegExp = /居民/): Promise<void> {
  const { page } = h5
  await page.getByRole('radio', { name: persona }).click()
  const consent = page.getByRole('checkbox', { name: CONSENT_NAME })
  if ((await consent.getAttribute('aria-checked')) !== 'true') await consent.click()
  await page.locator('.nut-button', { hasText: /^登录$/ }).click()
  await page.waitForFunction(() => !location.pathname.includes('/login'))
}

/** Chooses 杭州 and logs in as the resident persona through the login page. */
export async function startAsResident(h5: H5Session): Promise<void> {
  const { page, origin } = h5
  await page.goto(`${origin}/pages/home/index`)
  await page.getByRole('button', { name: '杭州', exact: true }).click()
  await page.goto(`${origin}/pages/login/index`)
  await logInOnLoginPage(h5)
}

/** The app's own session token, read from its storage (to ask the server what it stored). */
export async function appToken(h5: H5Session): Promise<string> {
  const stored = await storageDump(h5.page)
  return (JSON.parse(stored['cs.session']) as { accessToken: string }).accessToken
}

/** Calls the sandbox API directly (to check what the server stored). */
export async function api<T>(h5: H5Session, path: string, token: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${h5.origin}/api/v1${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(init.headers ?? {}) },
  })
  return (await response.json()) as T
}

/** From a checkout page: confirm, pay on the sandbox cashier, wait for the server's success. */
export async function payAtCashier(h5: H5Session): Promise<void> {
  const { page } = h5
  await page.getByText('统一公共支付平台').waitFor()
  await page.locator('.amount-bar .nut-button', { hasText: '确认支付' }).click()
  await page.getByRole('button', { name: /确认支付/ }).click()
  await page.getByText('缴费成功').waitFor({ timeout: 30_000 })
}

// The only things the device may keep, field by field, with the shape each value must have: opaque
// tokens, ISO expiry times, a 6-digit city code and a boolean. Anything else (a name, an ID number,
// a plate, a 户号, a cached profile) fails the inspection.
const OPAQUE_TOKEN = /^[a-z]+_[A-Za-z0-9_-]{20,}$/
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/
const ALLOWED: Record<string, Record<string, (value: unknown) => boolean>> = {
  'cs.session': {
    accessToken: (v) => typeof v === 'string' && OPAQUE_TOKEN.test(v),
    refreshToken: (v) => typeof v === 'string' && OPAQUE_TOKEN.test(v),
    accessExpiresAt: (v) => typeof v === 'string' && ISO_TIME.test(v),
    refreshExpiresAt: (v) => typeof v === 'string' && ISO_TIME.test(v),
  },
  'cs.prefs': {
    cityCode: (v) => v === null || (typeof v === 'string' && /^\d{6}$/.test(v)),
    elderMode: (v) => typeof v === 'boolean',
  },
}

/**
 * PRODUCT.md "Personal data": the device keeps only the session token and non-personal preferences.
 * Inspects localStorage, sessionStorage, cookies, IndexedDB and Cache Storage of the H5 app.
 */
export async function expectNoPersonalDataOnDevice(h5: H5Session): Promise<void> {
  const { page, context } = h5
  const stored = await storageDump(page)
  for (const [key, value] of Object.entries(stored)) {
    const shape = ALLOWED[key]
    expect({ key, allowed: shape !== undefined }).toEqual({ key, allowed: true })
    const parsed = JSON.parse(value) as Record<string, unknown>
    for (const [field, fieldValue] of Object.entries(parsed)) {
      expect({ field: `${key}.${field}`, ok: shape[field]?.(fieldValue) ?? false }).toEqual({ field: `${key}.${field}`, ok: true })
    }
  }
  const other = await page.evaluate(async () => ({
    session: Object.keys(sessionStorage).filter((k) => !k.startsWith('taro')),
    indexedDb: typeof indexedDB.databases === 'function' ? (await indexedDB.databases()).map((db) => db.name) : [],
    caches: typeof caches === 'undefined' ? [] : await caches.keys(),
  }))
  expect(other).toEqual({ session: [], indexedDb: [], caches: [] })
  expect((await context.cookies()).map((cookie) => cookie.name)).toEqual([])
}

/** Sets 长辈模式 in the app's stored preferences (as the switch does), keeping the chosen city. */
export async function setElderMode(h5: H5Session, on: boolean): Promise<void> {
  await h5.page.evaluate((elder) => {
    const raw = localStorage.getItem('cs.prefs')
    const prefs = raw ? (JSON.parse(JSON.parse(raw).data) as Record<string, unknown>) : {}
    localStorage.setItem('cs.prefs', JSON.stringify({ data: JSON.stringify({ cityCode: '330100', ...prefs, elderMode: elder }) }))
  }, on)
}
