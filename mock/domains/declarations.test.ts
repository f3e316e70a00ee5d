// Adding a domain is checked: what it must declare in its DomainModule (payables, inbox sources,
// erasures, records kept by law) is compared with the contract's kinds and with the tables its own
// migration creates, and the declarations are registered from the list, never by side effects.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { INBOX_KINDS, PAYABLE_KINDS } from '../../contract'
import { openDatabase, type Db } from '../db/database'
import type { DomainModule } from '../http/types'
import { bearer, buildTestServer, login } from '../test/helpers'
import { collectDeclarations } from './declarations'
import { domains } from './index'

const MOCK_DIR = join(__dirname, '..')

/** Which domain's migration created each table (the domains migrate in list order). */
function tableOwners(): Map<string, string> {
  const db = openDatabase(':memory:')
  const tables = () => new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name))
  const owners = new Map<string, string>()
  let before = tables()
  for (const domain of domains) {
    domain.migrate(db)
    const after = tables()
    for (const table of after) if (!before.has(table)) owners.set(table, domain.name)
    before = after
  }
  db.close()
  return owners
}

function columnsOf(db: Db, table: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((r) => r.name)
}

function userTables(): string[] {
  const db = openDatabase(':memory:')
  for (const domain of domains) domain.migrate(db)
  const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name)
  const withUser = names.filter((table) => columnsOf(db, table).includes('user_id'))
  db.close()
  return withUser
}

const declaredTables = (domain: DomainModule) => ({
  erased: (domain.erasures ?? []).flatMap((e) => e.tables),
  kept: (domain.keptByLaw ?? []).flatMap((k) => k.tables),
})

describe('what every domain declares', () => {
  it('every domain folder is in the domain list, under its folder name', () => {
    const folders = readdirSync(__dirname).filter((name) => statSync(join(__dirname, name)).isDirectory() && readdirSync(join(__dirname, name)).includes('index.ts'))
    expect(domains.map((d) => d.name).sort()).toEqual(folders.sort())
  })

  it('every payable kind of the contract is declared by exactly one domain', () => {
    const owners = domains.flatMap((d) => Object.keys(d.payables ?? {}).map((kind) => `${kind}:${d.name}`))
    expect(owners.map((o) => o.split(':')[0]).sort()).toEqual([...PAYABLE_KINDS].sort())
  })

  it('every inbox kind of the contract is declared by exactly one domain', () => {
    const kinds = domains.flatMap((d) => Object.keys(d.inboxSources ?? {}))
    expect(kinds.sort()).toEqual([...INBOX_KINDS].sort())
  })

  it("every table holding a user's rows is declared erasable or kept by law, by the domain that created it", () => {
    const owners = tableOwners()
    const undeclared = userTables().filter((table) => {
      const owner = domains.find((d) => d.name === owners.get(table))!
      const { erased, kept } = declaredTables(owner)
      return !erased.includes(table) && !kept.includes(table)
    })
    expect(undeclared.map((table) => `${owners.get(table)}: ${table}`)).toEqual([])
  })

  it('a domain names only its own tables (no domain erases or keeps another domain’s tables)', () => {
    const owners = tableOwners()
    const foreign = domains.flatMap((domain) => {
      const { erased, kept } = declaredTables(domain)
      return [...erased, ...kept].filter((table) => owners.get(table) !== domain.name).map((table) => `${domain.name} names ${table} (${owners.get(table) ?? 'no such table'})`)
    })
    expect(foreign).toEqual([])
  })

  it('erasable tables without a kept part hold none of the user’s rows after 删除我的数据', async () => {
    const t = await buildTestServer()
    try {
      const { accessToken } = await login(t.app, 'resident')
      const db = t.app.sandbox.db
      const userId = (db.prepare("SELECT user_id FROM personas WHERE id = 'resident'").get() as { user_id: string }).user_id
      const erasedOnly = domains.flatMap((d) => {
        const { erased, kept } = declaredTables(d)
        return erased.filter((table) => !kept.includes(table) && columnsOf(db, table).includes('user_id'))
      })
      expect(erasedOnly).toEqual(expect.arrayContaining(['utility_bindings', 'fine_vehicle_bindings', 'addresses', 'messages']))
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/me/data-erasure', headers: bearer(accessToken) })
      expect(res.statusCode).toBe(200)
      const left = erasedOnly.filter((table) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE user_id = ?`).get(userId) as { n: number }).n > 0)
      expect(left).toEqual([])
      // Every erasure and every reason kept is in the answer, in the order of the domain list.
      const body = res.json<{ removed: { item: string }[]; kept: string[] }>()
      expect(body.removed.map((r) => r.item)).toEqual(domains.flatMap((d) => (d.erasures ?? []).map((e) => e.item)))
      expect(body.kept).toEqual([...new Set(domains.flatMap((d) => (d.keptByLaw ?? []).map((k) => k.reason)))])
    } finally {
      await t.app.close()
    }
  }, 30_000)
})

describe('registration from the domain list', () => {
  const stub = (name: string, extra: Partial<DomainModule>): DomainModule => ({
    name,
    migrate: () => {},
    seed: () => {},
    routes: async () => {},
    ...extra,
  })

  it('refuses a payable kind or an inbox kind declared by two domains, naming both', () => {
    const bill = domains.find((d) => d.name === 'utilities')!
    expect(() => collectDeclarations([bill, stub('water2', { payables: { bill: bill.payables!.bill! } })])).toThrow(/'bill'.*utilities and water2/)
    expect(() => collectDeclarations([bill, stub('water2', { inboxSources: { bill: () => [] } })])).toThrow(/inbox source 'bill'.*utilities and water2/)
  })

  it('keeps each server’s declarations to itself', () => {
    const declarations = collectDeclarations(domains)
    expect([...declarations.payables.keys()].sort()).toEqual([...PAYABLE_KINDS].sort())
    expect(collectDeclarations([stub('empty', {})]).payables.size).toBe(0)
  })

  it('no module of the sandbox is imported for its side effects', () => {
    const files: string[] = []
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name)
        if (statSync(path).isDirectory()) {
          if (name !== 'node_modules' && !name.startsWith('.')) walk(path)
        } else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) files.push(path)
      }
    }
    walk(MOCK_DIR)
    const bare = files.filter((file) => /^import\s+['"]/m.test(readFileSync(file, 'utf8'))).map((file) => relative(MOCK_DIR, file))
    expect(bare).toEqual([])
  })

  it('one file name per role: a domain’s payables are in payable.ts and its inbox sources in inbox.ts', () => {
    const misplaced: string[] = []
    for (const domain of domains) {
      const dir = join(__dirname, domain.name)
      for (const [file, declared] of [
        ['payable', Object.values(domain.payables ?? {})],
        ['inbox', Object.values(domain.inboxSources ?? {})],
      ] as const) {
        if (declared.length === 0) continue
        // eslint-disable-next-line @typescript-eslint/no-var-requires -- the module named by the role
        const exported = Object.values(require(join(dir, file)) as Record<string, unknown>)
        for (const value of declared) if (!exported.includes(value)) misplaced.push(`${domain.name}: not exported by ${file}.ts`)
      }
    }
    expect(misplaced).toEqual([])
  })
})
