import { onlineDepthLabel, starLabel, starMeaning, visitsLabel } from './service-levels'

test('standard service fields read as the platform names them', () => {
  expect(starLabel(5)).toBe('五星')
  expect(starMeaning(5)).toContain('跑零次')
  expect(starMeaning(4)).toContain('办结核验')
  expect(onlineDepthLabel(4)).toBe('网办深度 Ⅳ')
  expect(visitsLabel(0)).toBe('跑零次')
  expect(visitsLabel(2)).toBe('到现场 2 次')
})
