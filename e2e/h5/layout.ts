// Layout defects measured in the browser on the rendered page (issue 15, bug 7): what a user sees
// broken, found from boxes and computed styles, not from class names.
import type { Page } from 'playwright-core'

export interface LayoutFindings {
  /** Two pieces of text drawn over each other (e.g. 去缴费› over a to-do's text). */
  overlapping: string[]
  /** Text cut off by a box that hides its overflow (e.g. a button label taller than the button). */
  clipped: string[]
  /** A date or time split over two lines ("2026-12-\n03"). */
  splitDates: string[]
  /** A text field whose text is not vertically centred in its box, or not in the app's CJK font. */
  inputs: string[]
  /** In a wrapping row of equal chips, the last one stretched wider than the others. */
  stretchedChips: string[]
  /** A band across the top of the page that is neither the page background nor a header. */
  topBand: string[]
}

export async function layoutFindings(page: Page): Promise<LayoutFindings> {
  return page.evaluate(() => {
    const visible = (el: Element) => {
      const style = getComputedStyle(el)
      return el.getClientRects().length > 0 && style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0
    }
    const root = Array.from(document.querySelectorAll('.page')).find(visible)
    const out = { overlapping: [] as string[], clipped: [] as string[], splitDates: [] as string[], inputs: [] as string[], stretchedChips: [] as string[], topBand: [] as string[] }
    if (!root) return out
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    const pieces: Array<{ text: string; rects: DOMRect[]; el: Element; fixed: boolean }> = []
    const inFixed = (el: Element) => {
      for (let up: Element | null = el; up; up = up.parentElement) if (/fixed|sticky/.test(getComputedStyle(up).position)) return true
      return false
    }
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim()
      const el = node.parentElement
      if (!text || !el || !visible(el) || !/[\p{L}\p{N}]/u.test(text)) continue
      const range = document.createRange()
      range.selectNodeContents(node)
      const rects = Array.from(range.getClientRects()).filter((rect) => rect.width > 1 && rect.height > 1)
      pieces.push({ text, rects, el, fixed: inFixed(el) })
      // Dates and times must stay on one line.
      for (const match of Array.from((node.textContent ?? '').matchAll(/\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?|\d{1,2}:\d{2}(-\d{1,2}:\d{2})?/g))) {
        const sub = document.createRange()
        sub.setStart(node, match.index ?? 0)
        sub.setEnd(node, (match.index ?? 0) + match[0].length)
        const tops = new Set(Array.from(sub.getClientRects()).filter((rect) => rect.width > 1).map((rect) => Math.round(rect.top)))
        if (tops.size > 1) out.splitDates.push(match[0])
      }
      // Clipped by an ancestor that hides overflow.
      for (let up: HTMLElement | null = el as HTMLElement; up && up !== root.parentElement; up = up.parentElement) {
        const style = getComputedStyle(up)
        if (style.overflowY === 'visible' && style.overflowX === 'visible') continue
        if (/(auto|scroll)/.test(style.overflowY + style.overflowX)) break
        const box = up.getBoundingClientRect()
        if (rects.some((rect) => rect.bottom > box.bottom + 1 || rect.top < box.top - 1 || rect.right > box.right + 1 || rect.left < box.left - 1)) {
          out.clipped.push(text.slice(0, 16))
        }
        break
      }
    }
    const hit = (a: DOMRect, b: DOMRect) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2
    for (let i = 0; i < pieces.length; i += 1) {
      for (let j = i + 1; j < pieces.length; j += 1) {
        // Content scrolling under a fixed bar (the amount bar, a sticky header) is not an overlap.
        if (pieces[i].fixed !== pieces[j].fixed) continue
        if (pieces[i].rects.some((a) => pieces[j].rects.some((b) => hit(a, b)))) out.overlapping.push(`${pieces[i].text.slice(0, 12)} / ${pieces[j].text.slice(0, 12)}`)
      }
    }
    // Taro's H5 Input is <taro-input-core><input class="weui-input"></taro-input-core>.
    for (const input of Array.from(root.querySelectorAll('input.weui-input, textarea'))) {
      if (!visible(input) || (input as HTMLInputElement).type === 'hidden') continue
      const field: Element = input.parentElement?.tagName.toLowerCase() === 'taro-input-core' ? input.parentElement : input
      const outer = field.getBoundingClientRect()
      const inner = input.getBoundingClientRect()
      const name = (input as HTMLInputElement).placeholder || (input as HTMLInputElement).value || 'input'
      if (input.tagName === 'INPUT' && Math.abs((inner.top + inner.bottom) / 2 - (outer.top + outer.bottom) / 2) > 3) out.inputs.push(`${name.slice(0, 12)}: text off-centre`)
      if (!/PingFang SC|Noto Sans CJK SC|Noto Sans SC|Microsoft YaHei/.test(getComputedStyle(input).fontFamily)) out.inputs.push(`${name.slice(0, 12)}: font ${getComputedStyle(input).fontFamily.slice(0, 24)}`)
    }
    // Chips: rows of role=radio / role=tab / role=button siblings that wrap.
    for (const row of Array.from(root.querySelectorAll('*'))) {
      const style = getComputedStyle(row)
      if (style.display !== 'flex' || style.flexWrap !== 'wrap' || !visible(row)) continue
      const kids = Array.from(row.children).filter(visible)
      if (kids.length < 3) continue
      const widths = kids.map((kid) => kid.getBoundingClientRect().width)
      const last = widths[widths.length - 1]
      const others = Math.max(...widths.slice(0, -1))
      const rows = new Set(kids.map((kid) => Math.round(kid.getBoundingClientRect().top))).size
      if (rows > 1 && last > others * 1.5) out.stretchedChips.push(`${(kids[kids.length - 1].textContent ?? '').trim().slice(0, 12)} ${last.toFixed(0)}px vs ${others.toFixed(0)}px`)
    }
    // The top of the page: what is drawn at the first pixels must be the page itself or a header
    // that has content, not an empty white strip.
    const rootBox = root.getBoundingClientRect()
    const top = document.elementFromPoint(rootBox.left + rootBox.width / 2, Math.max(rootBox.top, 0) + 2)
    if (top && top !== root && root.contains(top)) {
      const band = top.getBoundingClientRect()
      const bg = getComputedStyle(top).backgroundColor
      if (!(top.textContent ?? '').trim() && band.width > rootBox.width * 0.9 && bg !== 'rgba(0, 0, 0, 0)' && bg !== getComputedStyle(root).backgroundColor) {
        out.topBand.push(`${top.tagName.toLowerCase()}.${String(top.className).split(' ')[0]} ${band.height.toFixed(0)}px ${bg}`)
      }
    }
    return out
  })
}

export function layoutProblems(route: string, findings: LayoutFindings): string[] {
  return Object.entries(findings).flatMap(([kind, list]) => (list as string[]).map((item) => `${route}: ${kind} ${item}`))
}
