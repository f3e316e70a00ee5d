import { pinyin } from 'pinyin-pro'
import { JOURNEYS, journeysMatching, LEGAL_SHORTCUTS, legalShortcutTarget } from './journeys'

const keys = (query: string) => journeysMatching(query).map((journey) => journey.key)

describe('journeys in search results (issue 15.14)', () => {
  it('keeps each title’s pinyin and initials as pinyin-pro spells them (the client ships no dictionary)', () => {
    expect(JOURNEYS.length).toBeGreaterThan(0)
    for (const journey of JOURNEYS) {
      expect(journey.pinyin).toBe(pinyin(journey.title, { toneType: 'none', type: 'array' }).join(''))
      expect(journey.initials).toBe(pinyin(journey.title, { pattern: 'first', toneType: 'none', type: 'array' }).join(''))
    }
  })

  it('finds journeys by everyday words', () => {
    expect(keys('水费')).toEqual(['bills'])
    expect(keys('交电费')).toEqual(['bills'])
    expect(keys('违章')).toEqual(['fines'])
    expect(keys('罚单')).toEqual(['fines'])
    expect(keys('取号')).toEqual(['appointments'])
  })

  it('finds journeys by title, pinyin and initials, in any case', () => {
    expect(keys('生活缴费')).toEqual(['bills'])
    expect(keys('shjf')).toEqual(['bills'])
    expect(keys('JTWF')).toEqual(['fines'])
    expect(keys('shenghuo')).toEqual(['bills'])
  })

  it('finds nothing for blank, one letter or unrelated words', () => {
    expect(keys('  ')).toEqual([])
    expect(keys('s')).toEqual([])
    expect(keys('养犬登记')).toEqual([])
  })
})

describe('法人 shortcuts (issue 15.17)', () => {
  it('open a catalogue guide of the current city or a page of the app', () => {
    const start = LEGAL_SHORTCUTS.find((s) => s.key === 'start')!
    expect(legalShortcutTarget(start, '330200')).toBe('/more/pages/catalogue-item/index?id=330200-yyzz-sl')
    const fees = LEGAL_SHORTCUTS.find((s) => s.key === 'fees')!
    expect(legalShortcutTarget(fees, '330200')).toBe('/features/fees/pages/pay/index')
  })
})
