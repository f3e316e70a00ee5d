import { type H5Session, startH5 } from './browser'

// What a newcomer sees first (issue 15, "bugs a new user hits"), logged out.
jest.setTimeout(120_000)

let h5: H5Session

beforeAll(async () => {
  h5 = await startH5()
}, 60_000)

afterAll(async () => {
  await h5?.close()
}, 30_000)

type Rgba = [number, number, number, number]

const parse = (css: string): Rgba => {
  const parts = css.match(/[\d.]+/g)?.map(Number) ?? []
  return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1]
}

// WCAG 2.x relative luminance and contrast ratio.
const luminance = ([r, g, b]: Rgba) => {
  const lin = (c: number) => {
    const s = c / 255
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}
const contrast = (a: Rgba, b: Rgba) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

test('我的, logged out: the 登录 / 注册 label is readable on its button (contrast ≥ 4.5:1)', async () => {
  const { page, origin } = h5
  await page.goto(`${origin}/pages/me/index`)
  const label = page.locator('.me__login').getByText('登录 / 注册')
  await label.waitFor()
  // The colour the text is painted in, and the first opaque background behind it.
  const colours = await label.evaluate((element) => {
    let node: Element | null = element
    let background = 'rgba(0, 0, 0, 0)'
    while (node) {
      const bg = getComputedStyle(node).backgroundColor
      if (!/rgba\(0, 0, 0, 0\)|transparent/.test(bg)) {
        background = bg
        break
      }
      node = node.parentElement
    }
    return { text: getComputedStyle(element).color, background }
  })
  const text = parse(colours.text)
  const background = parse(colours.background)
  expect(background[3]).toBe(1)
  expect(contrast(text, background)).toBeGreaterThanOrEqual(4.5)
})
