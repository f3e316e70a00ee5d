// Instances the catalogue for the 11 cities: departments per city, item templates per offering city.
import type { ServiceGuide } from '../../../contract'
import type { Db } from '../../db/database'
import { ALL_CITY_CODES, CITIES, type CitySeed } from './data/cities'
import { DEPARTMENTS } from './data/departments'
import { DEFAULT_DEPTH, DEFAULT_VISITS, STANDARD_STEPS, type ItemTemplate } from './data/item-template'
import { LEGAL_ITEMS } from './data/items-legal'
import { PERSONAL_ITEMS } from './data/items-personal'
import { THEMES } from './data/themes'

export const ITEM_TEMPLATES: ItemTemplate[] = [...PERSONAL_ITEMS, ...LEGAL_ITEMS]

const fill = (text: string, city: CitySeed) => text.replace(/\{city\}/g, city.name).replace(/\{short\}/g, city.shortName)

export function buildGuide(template: ItemTemplate, city: CitySeed): ServiceGuide {
  const g = template.guide
  const star = template.starByCity?.[city.code] ?? template.star
  return {
    summary: fill(g.summary, city),
    conditions: g.conditions.map((c) => fill(c, city)),
    materials: g.materials.map((mat) => ({ ...mat, name: fill(mat.name, city), ...(mat.note ? { note: fill(mat.note, city) } : {}) })),
    feeFen: g.feeFen ?? 0,
    feeNote: fill(g.feeNote ?? '不收费', city),
    legalDays: g.legalDays,
    promisedDays: g.promisedDays,
    basis: g.basis.map((b) => fill(b, city)),
    steps: (g.steps ?? STANDARD_STEPS[star]).map((s) => fill(s, city)),
    phone: `${city.areaCode}-12345`,
  }
}

export function seed(db: Db): void {
  const insertCity = db.prepare(
    'INSERT INTO cities (code, name, short_name, pinyin, lat, lng, area_code) VALUES (?, ?, ?, ?, ?, ?, ?)',
  )
  const insertTheme = db.prepare('INSERT INTO themes (code, name, sort) VALUES (?, ?, ?)')
  const insertDepartment = db.prepare(
    'INSERT INTO departments (code, city_code, name, short_name, sort) VALUES (?, ?, ?, ?, ?)',
  )
  const insertItem = db.prepare(`
    INSERT INTO service_items (id, template_code, city_code, name, audience, department_code,
      star_level, online_depth, visits, keywords, guide_json, sort)
    VALUES (@id, @templateCode, @cityCode, @name, @audience, @departmentCode,
      @starLevel, @onlineDepth, @visits, @keywords, @guideJson, @sort)`)
  const insertItemTheme = db.prepare('INSERT INTO service_item_themes (item_id, theme_code, position) VALUES (?, ?, ?)')

  for (const city of CITIES) {
    insertCity.run(city.code, city.name, city.shortName, city.pinyin, city.lat, city.lng, city.areaCode)
  }
  THEMES.forEach((theme, sort) => insertTheme.run(theme.code, theme.name, sort))
  for (const city of CITIES) {
    DEPARTMENTS.forEach((d, sort) => insertDepartment.run(`${city.code}-${d.key}`, city.code, d.name(city.name), d.shortName, sort))
  }
  ITEM_TEMPLATES.forEach((template, sort) => {
    for (const cityCode of template.cities ?? ALL_CITY_CODES) {
      const city = CITIES.find((c) => c.code === cityCode)
      if (!city) throw new Error(`unknown city ${cityCode} in item ${template.code}`)
      const star = template.starByCity?.[city.code] ?? template.star
      const id = `${city.code}-${template.code}`
      const cityChanged = template.starByCity?.[city.code] !== undefined
      insertItem.run({
        id,
        templateCode: template.code,
        cityCode: city.code,
        name: template.name,
        audience: template.audience,
        departmentCode: `${city.code}-${template.dept}`,
        starLevel: star,
        // A city-specific star level brings the standard depth and visits of that level.
        onlineDepth: cityChanged ? DEFAULT_DEPTH[star] : (template.depth ?? DEFAULT_DEPTH[star]),
        visits: cityChanged ? DEFAULT_VISITS[star] : (template.visits ?? DEFAULT_VISITS[star]),
        keywords: template.keywords.join(' '),
        guideJson: JSON.stringify(buildGuide(template, city)),
        sort,
      })
      template.themes.forEach((theme, position) => insertItemTheme.run(id, theme, position))
    }
  })
}
