import type {
  City,
  Department,
  ServiceGuide,
  ServiceItemDetail,
  ServiceItemSummary,
  Theme,
  Audience,
  StarLevel,
  OnlineDepth,
  Visits,
} from '../../../contract'
import type { Statement } from 'better-sqlite3'
import { hallsOf } from '../../data/halls'
import type { Db } from '../../db/database'
import { ONLINE_ACTIONS } from './data/online'
import { alternativesOf } from './data/synonyms'
import { pinyinMatches } from './pinyin-index'

interface ItemRow {
  id: string
  template_code: string
  name: string
  audience: Audience
  city_code: string
  department_code: string
  department_name: string
  star_level: StarLevel
  online_depth: OnlineDepth
  visits: Visits
  theme_codes: string
  guide_json?: string
}

export interface ItemSearch {
  city: string
  audience?: Audience
  theme?: string
  department?: string
  q?: string
  page: number
  pageSize: number
}

const ITEM_COLUMNS = `
  i.id, i.template_code, i.name, i.audience, i.city_code, i.department_code, d.name AS department_name,
  i.star_level, i.online_depth, i.visits,
  (SELECT group_concat(theme_code, ',') FROM
    (SELECT theme_code FROM service_item_themes t WHERE t.item_id = i.id ORDER BY t.position)) AS theme_codes`

/** Escapes LIKE wildcards so a search for "100%" or "a_b" means what it says. */
function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

function toSummary(row: ItemRow): ServiceItemSummary {
  return {
    id: row.id,
    name: row.name,
    audience: row.audience,
    themeCodes: row.theme_codes ? row.theme_codes.split(',') : [],
    department: { code: row.department_code, name: row.department_name },
    cityCode: row.city_code,
    starLevel: row.star_level,
    onlineDepth: row.online_depth,
    visits: row.visits,
  }
}

export function createCatalogueRepo(db: Db) {
  const stmts = {
    cities: db.prepare('SELECT code, name, short_name, pinyin, lat, lng FROM cities ORDER BY code'),
    cityExists: db.prepare('SELECT 1 FROM cities WHERE code = ?'),
    themes: db.prepare('SELECT code, name FROM themes ORDER BY sort'),
    // Only the themes with at least one item for this audience in this city (法人办事 lists no
    // personal theme that has nothing for a company, issue 15.17).
    themesWithItems: db.prepare(`SELECT th.code, th.name FROM themes th WHERE EXISTS (
      SELECT 1 FROM service_item_themes t JOIN service_items i ON i.id = t.item_id
      WHERE t.theme_code = th.code AND i.city_code = ? AND i.audience = ?) ORDER BY th.sort`),
    departments: db.prepare('SELECT code, name, short_name FROM departments WHERE city_code = ? ORDER BY sort, code'),
    item: db.prepare(`SELECT ${ITEM_COLUMNS}, i.guide_json FROM service_items i
      JOIN departments d ON d.code = i.department_code WHERE i.id = ?`),
  }

  // Search SQL varies with the filters used: prepare each variant once.
  const prepared = new Map<string, Statement>()
  const prepare = (sql: string): Statement => {
    let stmt = prepared.get(sql)
    if (!stmt) {
      stmt = db.prepare(sql)
      prepared.set(sql, stmt)
    }
    return stmt
  }

  return {
    cities: (): City[] =>
      (stmts.cities.all() as { code: string; name: string; short_name: string; pinyin: string; lat: number; lng: number }[]).map(
        (r) => ({ code: r.code, name: r.name, shortName: r.short_name, pinyin: r.pinyin, lat: r.lat, lng: r.lng }),
      ),
    cityExists: (code: string): boolean => stmts.cityExists.get(code) !== undefined,
    themes: (): Theme[] => stmts.themes.all() as Theme[],
    themesWithItems: (city: string, audience: Audience): Theme[] => stmts.themesWithItems.all(city, audience) as Theme[],
    departments: (cityCode: string): Department[] =>
      (stmts.departments.all(cityCode) as { code: string; name: string; short_name: string }[]).map((r) => ({
        code: r.code,
        name: r.name,
        shortName: r.short_name,
      })),

    searchItems(search: ItemSearch): { items: ServiceItemSummary[]; total: number } {
      const where = ['i.city_code = ?']
      const args: (string | number)[] = [search.city]
      if (search.audience) {
        where.push('i.audience = ?')
        args.push(search.audience)
      }
      if (search.theme) {
        where.push('EXISTS (SELECT 1 FROM service_item_themes t WHERE t.item_id = i.id AND t.theme_code = ?)')
        args.push(search.theme)
      }
      if (search.department) {
        where.push('i.department_code = ?')
        args.push(search.department)
      }
      // Every whitespace-separated term must match: the name, the keywords, the department or a
      // theme's name, for the term or one of its everyday synonyms (社保卡 → 社会保险); a term in
      // Latin letters also matches the pinyin or the initials of the name or a keyword (jzz,
      // juzhuzheng → 居住证), resolved in memory to the template codes that match.
      const terms = (search.q ?? '').split(/\s+/).filter((t) => t !== '')
      for (const term of terms) {
        const alternatives: string[] = []
        for (const word of alternativesOf(term)) {
          alternatives.push(
            "i.name LIKE ? ESCAPE '\\'",
            "i.keywords LIKE ? ESCAPE '\\'",
            "d.name LIKE ? ESCAPE '\\'",
            `EXISTS (SELECT 1 FROM service_item_themes t JOIN themes th ON th.code = t.theme_code
              WHERE t.item_id = i.id AND th.name LIKE ? ESCAPE '\\')`,
          )
          const pattern = likePattern(word)
          args.push(pattern, pattern, pattern, pattern)
        }
        const codes = pinyinMatches(term)
        if (codes) {
          alternatives.push('i.template_code IN (SELECT value FROM json_each(?))')
          args.push(JSON.stringify(codes))
        }
        where.push(`(${alternatives.join(' OR ')})`)
      }
      const from = `FROM service_items i JOIN departments d ON d.code = i.department_code WHERE ${where.join(' AND ')}`
      const { n } = prepare(`SELECT COUNT(*) AS n ${from}`).get(...args) as { n: number }
      const rows = prepare(`SELECT ${ITEM_COLUMNS} ${from} ORDER BY i.sort, i.id LIMIT ? OFFSET ?`)
        .all(...args, search.pageSize, (search.page - 1) * search.pageSize) as ItemRow[]
      return { items: rows.map(toSummary), total: n }
    },

    item(id: string): ServiceItemDetail | undefined {
      const row = stmts.item.get(id) as ItemRow | undefined
      if (!row || row.guide_json === undefined) return undefined
      // The city's main hall (市民中心) handles every item in person.
      const hall = hallsOf(row.city_code)[0]
      return {
        ...toSummary(row),
        guide: JSON.parse(row.guide_json) as ServiceGuide,
        actions: [...(ONLINE_ACTIONS[row.template_code] ?? [])],
        place: { name: hall.name, address: hall.address, latitude: hall.latitude, longitude: hall.longitude },
      }
    },
  }
}
