// Pinyin search over the catalogue (issue 15.14): `jzz` and `juzhuzheng` find 居住证. The sandbox
// does it, with pinyin-pro (polyphones by word context, e.g. 银行 yinhang), so the clients carry no
// pinyin dictionary. The index is per item template (names and keywords are the same in every
// city), built on the first Latin-letter search: ≈ 70 templates, a few milliseconds.
import { ITEM_TEMPLATES } from './seed'

type PinyinFn = typeof import('pinyin-pro').pinyin

interface Entry {
  code: string
  /** Full pinyin of the name and of each keyword, syllables run together: 'juzhuzhengshenling'. */
  full: string[]
  /** Their initials: 'jzzsl'. */
  initials: string[]
}

let index: Entry[] | null = null

function syllables(pinyin: PinyinFn, text: string, pattern: 'pinyin' | 'first'): string {
  return pinyin(text, { pattern, toneType: 'none', type: 'array', nonZh: 'removed', v: true }).join('').toLowerCase()
}

function buildIndex(): Entry[] {
  // Loaded on first use, not at start: its dictionary takes ≈ 0.4 s to load, which every sandbox
  // start (and every sandbox test file) would pay.
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { pinyin } = require('pinyin-pro') as { pinyin: PinyinFn }
  return ITEM_TEMPLATES.map((template) => {
    const texts = [template.name, ...template.keywords]
    return {
      code: template.code,
      full: texts.map((t) => syllables(pinyin, t, 'pinyin')),
      initials: texts.map((t) => syllables(pinyin, t, 'first')),
    }
  })
}

/** The shortest Latin term searched by pinyin: one letter would match nearly everything. */
export const MIN_PINYIN_TERM = 2

/**
 * Template codes whose name or a keyword contains `term` as pinyin (run together, no tones; ü as v)
 * or as initials; null when the term is not a pinyin term (not only Latin letters, or too short).
 */
export function pinyinMatches(term: string): string[] | null {
  const normalized = term.toLowerCase()
  if (normalized.length < MIN_PINYIN_TERM || !/^[a-z]+$/.test(normalized)) return null
  index ??= buildIndex()
  return index
    .filter((entry) => entry.full.some((p) => p.includes(normalized)) || entry.initials.some((p) => p.includes(normalized)))
    .map((entry) => entry.code)
}
