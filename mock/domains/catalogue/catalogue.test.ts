import type { CityList, DepartmentList, ServiceItemDetail, ServiceItemPage, ThemeList } from '../../../contract'
import { buildTestServer, expectProblem, type TestServer } from '../../test/helpers'
import { hallsOf } from '../../data/halls'
import { SERVICE_ITEMS } from '../appointments/data/services'
import { typeDefinition } from '../certificates/forms'
import { CITIES } from './data/cities'
import { ONLINE_ACTIONS } from './data/online'
import { THEMES } from './data/themes'
import { ITEM_TEMPLATES } from './seed'

let t: TestServer
beforeAll(async () => {
  t = await buildTestServer()
})
afterAll(async () => {
  await t.app.close()
})

const get = (url: string) => t.app.inject({ url })
const items = async (query: string) => {
  const res = await get(`/api/v1/catalogue/items?${query}`)
  expect(res.statusCode).toBe(200)
  return res.json<ServiceItemPage>()
}
const q = (s: string) => encodeURIComponent(s)

describe('cities and themes', () => {
  it('lists the 11 cities of Zhejiang in code order', async () => {
    const { items: cities } = (await get('/api/v1/cities')).json<CityList>()
    expect(cities.map((c) => `${c.code}${c.shortName}`)).toEqual([
      '330100杭州', '330200宁波', '330300温州', '330400嘉兴', '330500湖州', '330600绍兴',
      '330700金华', '330800衢州', '330900舟山', '331000台州', '331100丽水',
    ])
    expect(cities[0]).toEqual({ code: '330100', name: '杭州市', shortName: '杭州', pinyin: 'hangzhou', lat: 30.2741, lng: 120.1551 })
  })

  it('lists the 15 themes with ascii codes', async () => {
    const { items: themes } = (await get('/api/v1/catalogue/themes')).json<ThemeList>()
    expect(themes.map((th) => th.name).join('')).toBe(
      '婚育收养教育培训求职执业纳税缴费就医保健社会保险福利救助房屋租售交通旅游证件办理场馆设施公共安全司法公证环境气象三农服务',
    )
    for (const th of themes) expect(th.code).toMatch(/^[a-z-]+$/)
  })
})

describe('departments', () => {
  it('lists the departments of a city', async () => {
    const { items: departments } = (await get('/api/v1/catalogue/departments?city=330100')).json<DepartmentList>()
    const names = departments.map((d) => d.name)
    expect(names).toEqual(
      expect.arrayContaining([
        '杭州市公安局', '杭州市人力资源和社会保障局', '杭州市民政局', '杭州市市场监督管理局', '国家税务总局杭州市税务局',
        '杭州市住房公积金管理中心', '杭州市医疗保障局', '杭州市交通运输局', '杭州市卫生健康委员会', '杭州市教育局',
        '杭州市司法局', '杭州市生态环境局', '杭州市农业农村局', '杭州市自然资源和规划局', '杭州市住房和城乡建设局',
      ]),
    )
    expect(departments[0]).toEqual({ code: '330100-gaj', name: '杭州市公安局', shortName: '市公安局' })
    const wenzhou = (await get('/api/v1/catalogue/departments?city=330300')).json<DepartmentList>()
    expect(wenzhou.items[0].name).toBe('温州市公安局')
  })

  it('requires a known city', async () => {
    expectProblem(await get('/api/v1/catalogue/departments'), 400, 'VALIDATION_FAILED')
    const unknown = expectProblem(await get('/api/v1/catalogue/departments?city=110100'), 400, 'VALIDATION_FAILED')
    expect(unknown.errors?.[0].field).toBe('city')
  })
})

describe('service items', () => {
  it('has at least 40 templates covering both audiences and every theme', () => {
    expect(ITEM_TEMPLATES.length).toBeGreaterThanOrEqual(40)
    expect(new Set(ITEM_TEMPLATES.map((i) => i.code)).size).toBe(ITEM_TEMPLATES.length)
    expect(new Set(ITEM_TEMPLATES.map((i) => i.audience))).toEqual(new Set(['personal', 'legal']))
    const used = new Set(ITEM_TEMPLATES.flatMap((i) => i.themes))
    for (const theme of THEMES) expect(used).toContain(theme.code)
  })

  it.each(CITIES.map((c) => [c.shortName, c.code]))('%s (%s) has personal and legal items', async (_name, code) => {
    const personal = await items(`city=${code}&audience=personal&pageSize=50`)
    const legal = await items(`city=${code}&audience=legal&pageSize=50`)
    expect(personal.total).toBeGreaterThan(30)
    expect(legal.total).toBeGreaterThan(5)
    expect(personal.items.every((i) => i.cityCode === code && i.audience === 'personal')).toBe(true)
    expect(legal.items.every((i) => i.audience === 'legal')).toBe(true)
  })

  it('differs between cities', async () => {
    const hz = await items('city=330100&pageSize=50&page=1')
    const zs = await items('city=330900&pageSize=50&page=1')
    expect(hz.total).not.toBe(zs.total)
    // 养犬登记 only in some cities; 渔业船舶登记 only on the coast.
    expect((await items(`city=330100&q=${q('养犬')}`)).total).toBe(1)
    expect((await items(`city=331100&q=${q('养犬')}`)).total).toBe(0)
    expect((await items(`city=330900&q=${q('渔业船舶')}`)).total).toBe(1)
    expect((await items(`city=330100&q=${q('渔业船舶')}`)).total).toBe(0)
  })

  it('finds 居住证申领 and 居住证签注 by keyword', async () => {
    const page = await items(`city=330100&q=${q('居住证')}`)
    const names = page.items.map((i) => i.name)
    expect(names).toEqual(expect.arrayContaining(['居住证申领', '居住证签注']))
    expect(page.items.find((i) => i.name === '居住证申领')?.id).toBe('330100-jzz-sl')
  })

  it('searches names, keywords and departments', async () => {
    expect((await items(`city=330100&q=${q('公积金')}`)).items.map((i) => i.name)).toEqual(
      expect.arrayContaining(['住房公积金提取（租房）', '住房公积金提取（购房）']),
    )
    // Keyword only (not in the name): 驾照 → 驾驶证期满换证.
    expect((await items(`city=330100&q=${q('驾照')}`)).items.map((i) => i.name)).toContain('驾驶证期满换证')
    // Department name.
    const police = await items(`city=330100&q=${q('公安局')}`)
    expect(police.items.every((i) => i.department.name === '杭州市公安局')).toBe(true)
    expect(police.total).toBeGreaterThan(5)
    // Several terms must all match.
    expect((await items(`city=330100&q=${q('公积金 租房')}`)).items.map((i) => i.name)).toEqual(['住房公积金提取（租房）'])
    // LIKE wildcards are literal.
    expect((await items(`city=330100&q=${q('%')}`)).total).toBe(0)
    expect((await items(`city=330100&q=${q('_')}`)).total).toBe(0)
  })

  it('filters by audience, theme and department', async () => {
    const legal = await items('city=330100&audience=legal&pageSize=50')
    expect(legal.items.map((i) => i.name)).toEqual(expect.arrayContaining(['营业执照设立登记', '个体工商户注册登记']))
    const marriage = await items('city=330100&theme=marriage-adoption&pageSize=50')
    expect(marriage.items.map((i) => i.name)).toEqual(expect.arrayContaining(['结婚登记预约', '出生医学证明办理', '新生儿落户（出生登记）']))
    expect(marriage.items.every((i) => i.themeCodes.includes('marriage-adoption'))).toBe(true)
    const civil = await items('city=330100&department=330100-mzj&pageSize=50')
    expect(civil.items.map((i) => i.name)).toEqual(expect.arrayContaining(['最低生活保障（低保）申请', '老年优待证办理']))
    expect(civil.items.every((i) => i.department.code === '330100-mzj')).toBe(true)
    expect((await items('city=330100&theme=no-such-theme')).total).toBe(0)
  })

  it('paginates with pageSize up to 50', async () => {
    const all = await items('city=330100&pageSize=50')
    const p1 = await items('city=330100&page=1&pageSize=5')
    const p2 = await items('city=330100&page=2&pageSize=5')
    expect(p1).toMatchObject({ page: 1, pageSize: 5, total: all.total })
    expect([...p1.items, ...p2.items].map((i) => i.id)).toEqual(all.items.slice(0, 10).map((i) => i.id))
    const defaults = await items('city=330100')
    expect(defaults).toMatchObject({ page: 1, pageSize: 20 })
    expect(defaults.items).toHaveLength(20)
    expect((await items('city=330100&page=999')).items).toEqual([])
    const tooBig = expectProblem(await get('/api/v1/catalogue/items?city=330100&pageSize=51'), 400, 'VALIDATION_FAILED')
    expect(tooBig.errors).toEqual([{ field: 'pageSize', code: 'MAXIMUM', message: '每页条数不能大于 50' }])
    expectProblem(await get('/api/v1/catalogue/items?city=330100&page=0'), 400, 'VALIDATION_FAILED')
    expectProblem(await get('/api/v1/catalogue/items?city=330100&page=1.5'), 400, 'VALIDATION_FAILED')
  })

  it('requires a valid city', async () => {
    const missing = expectProblem(await get('/api/v1/catalogue/items'), 400, 'VALIDATION_FAILED')
    expect(missing.errors).toEqual([{ field: 'city', code: 'REQUIRED', message: '请填写城市' }])
    const malformed = expectProblem(await get('/api/v1/catalogue/items?city=hz'), 400, 'VALIDATION_FAILED')
    expect(malformed.errors?.[0]).toMatchObject({ field: 'city', code: 'PATTERN' })
    const unknown = expectProblem(await get('/api/v1/catalogue/items?city=110100'), 400, 'VALIDATION_FAILED')
    expect(unknown.errors?.[0]).toMatchObject({ field: 'city', code: 'INVALID' })
    expect(unknown.detail).toContain('城市')
    expectProblem(await get('/api/v1/catalogue/items?city=330100&audience=company'), 400, 'VALIDATION_FAILED')
    expectProblem(await get('/api/v1/catalogue/items?city=330100&extra=1'), 400, 'UNKNOWN_FIELD')
  })

  it('gives the detail with a guide', async () => {
    const res = await get('/api/v1/catalogue/items/330100-jsz-hz')
    expect(res.statusCode).toBe(200)
    const item = res.json<ServiceItemDetail>()
    expect(item).toMatchObject({
      id: '330100-jsz-hz',
      name: '驾驶证期满换证',
      audience: 'personal',
      department: { code: '330100-gaj', name: '杭州市公安局' },
      starLevel: 5,
      onlineDepth: 4,
      visits: 0,
    })
    expect(item.guide.feeFen).toBe(1000)
    expect(item.guide.phone).toBe('0571-12345')
    expect(item.guide.materials.length).toBeGreaterThan(0)
    expect(item.guide.basis.join('')).toContain('机动车驾驶证申领和使用规定')
    const wz = (await get('/api/v1/catalogue/items/330300-jzz-sl')).json<ServiceItemDetail>()
    expect(wz.guide.summary).toContain('温州市')
    expect(wz.guide.phone).toBe('0577-12345')
    // City-specific star levels: 居住证申领 is 五星 in 杭州, 四星 in 温州.
    expect((await get('/api/v1/catalogue/items/330100-jzz-sl')).json<ServiceItemDetail>().starLevel).toBe(5)
    expect(wz).toMatchObject({ starLevel: 4, onlineDepth: 3, visits: 1 })
  })

  it('404 for an unknown item, 400 for a malformed id', async () => {
    const nf = expectProblem(await get('/api/v1/catalogue/items/331100-yqdj'), 404, 'NOT_FOUND')
    expect(nf.detail).toContain('事项')
    expectProblem(await get('/api/v1/catalogue/items/DROP%20TABLE'), 400, 'VALIDATION_FAILED')
  })

  it('keeps star level, depth and visits consistent', async () => {
    for (const city of CITIES) {
      const page = await items(`city=${city.code}&pageSize=50`)
      const page2 = await items(`city=${city.code}&pageSize=50&page=2`)
      for (const item of [...page.items, ...page2.items]) {
        if (item.starLevel === 5) expect([item.onlineDepth, item.visits]).toEqual([4, 0])
        if (item.starLevel === 4) expect(item.visits).toBeLessThanOrEqual(1)
      }
    }
  })
})

describe('search by pinyin, initials and everyday words (issue 15.14)', () => {
  const names = async (query: string) => (await items(`city=330100&pageSize=50&q=${q(query)}`)).items.map((i) => i.name)

  it('finds 居住证 by initials and by full pinyin, in any letter case', async () => {
    for (const term of ['jzz', 'juzhuzheng', 'JZZ', 'JuZhuZheng']) {
      const found = await names(term)
      expect(found).toEqual(expect.arrayContaining(['居住证申领', '居住证签注', '居住证补领换领']))
      // Only what the letters spell: nothing about passports or tax.
      expect(found.every((name) => /居住证/.test(name))).toBe(true)
    }
  })

  it('matches pinyin of keywords and respects polyphones by context (公积金 gongjijin, 提取 tiqu)', async () => {
    expect(await names('gjj')).toEqual(expect.arrayContaining(['住房公积金提取（租房）', '住房公积金贷款申请']))
    expect(await names('shebaoka')).toContain('社保卡申领')
  })

  it('does not search by one Latin letter or by pinyin that spells nothing', async () => {
    expect((await items(`city=330100&q=${q('j')}`)).total).toBe(0)
    expect((await items(`city=330100&q=${q('xqzvk')}`)).total).toBe(0)
  })

  it('finds by everyday words: 违章 → 交通违法, 社保卡 → the items of 社会保险, 驾照 → 驾驶证', async () => {
    expect(await names('违章')).toContain('交通违法处理（缴纳罚款）')
    const socialInsurance = (await items('city=330100&audience=personal&theme=social-insurance&pageSize=50')).items.map((i) => i.name)
    expect(socialInsurance.length).toBeGreaterThan(2)
    expect(await names('社保卡')).toEqual(expect.arrayContaining(socialInsurance))
    expect(await names('驾照')).toContain('驾驶证期满换证')
  })

  it('finds by a theme name (社会保险) and keeps every term required (AND)', async () => {
    expect(await names('社会保险')).toEqual(expect.arrayContaining(['社保卡申领', '失业保险金申领']))
    const both = await names('jzz 申领')
    expect(both).toEqual(['居住证申领'])
  })
})

describe('what the app can do for an item (issue 15.10)', () => {
  const detail = async (id: string) => (await get(`/api/v1/catalogue/items/${id}`)).json<ServiceItemDetail>()

  it('offers the form and the appointment for 居住证申领, paying for 交通违法, nothing for 养犬登记', async () => {
    expect((await detail('330100-jzz-sl')).actions).toEqual([
      { kind: 'apply', formType: 'residence_permit_apply' },
      { kind: 'book', serviceCode: 'residence-permit' },
    ])
    expect((await detail('330200-jtwf-cl')).actions).toEqual([{ kind: 'pay', payable: 'fine' }])
    expect((await detail('330100-yqdj')).actions).toEqual([])
  })

  it('names the city main hall as the place, with coordinates for a map', async () => {
    const item = await detail('330300-yqdj')
    expect(item.place).toEqual({
      name: hallsOf('330300')[0].name,
      address: hallsOf('330300')[0].address,
      latitude: hallsOf('330300')[0].latitude,
      longitude: hallsOf('330300')[0].longitude,
    })
  })

  it('points only at forms and appointment services that exist', () => {
    const serviceCodes = new Set(SERVICE_ITEMS.map((s) => s.code))
    for (const [code, actions] of Object.entries(ONLINE_ACTIONS)) {
      expect(ITEM_TEMPLATES.some((t) => t.code === code)).toBe(true)
      for (const action of actions) {
        if (action.kind === 'apply') expect(typeDefinition(action.formType)?.catalogueItem).toBe(code)
        if (action.kind === 'book') expect(serviceCodes.has(action.serviceCode)).toBe(true)
      }
    }
  })
})

describe('themes per audience (issue 15.17)', () => {
  it('lists for 法人 only the themes with company items in the city', async () => {
    const res = await get('/api/v1/catalogue/themes?city=330100&audience=legal')
    expect(res.statusCode).toBe(200)
    const legal = res.json<ThemeList>().items.map((th) => th.code)
    const expected = THEMES.filter((th) =>
      ITEM_TEMPLATES.some((t) => t.audience === 'legal' && (t.themes as string[]).includes(th.code) && (t.cities ?? ['330100']).includes('330100')),
    ).map((th) => th.code)
    expect(legal).toEqual(expected)
    expect(legal.length).toBeLessThan(THEMES.length)
    expect(legal).not.toContain('marriage-adoption')
    // Every listed theme really has company items there.
    for (const theme of legal) expect((await items(`city=330100&audience=legal&theme=${theme}`)).total).toBeGreaterThan(0)
  })

  it('asks for the city with an audience, in Chinese', async () => {
    const problem = expectProblem(await get('/api/v1/catalogue/themes?audience=legal'), 400, 'VALIDATION_FAILED')
    expect(problem.errors?.[0]).toMatchObject({ field: 'city', message: expect.stringMatching(/城市/) })
    expectProblem(await get('/api/v1/catalogue/themes?city=110100&audience=legal'), 400, 'VALIDATION_FAILED')
    expectProblem(await get('/api/v1/catalogue/themes?city=330100&audience=company'), 400, 'VALIDATION_FAILED')
  })
})
