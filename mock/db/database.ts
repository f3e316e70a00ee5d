// SQLite through better-sqlite3: a file (WAL) by default, `:memory:` in tests.
import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'

export type Db = Database.Database & {
  /** A statement of its own (not shared through the per-database cache), e.g. to iterate or pluck. */
  prepareUncached(source: string): Database.Statement
}

/** Distinct SQL texts kept compiled per database; past this the cache starts over (a guard, not a tuning knob). */
const STATEMENT_CACHE_LIMIT = 1000
/** Statement methods that change how a statement answers: shared statements must not change. */
const MODE_SWITCHES = ['pluck', 'expand', 'raw', 'safeIntegers', 'iterate'] as const

/**
 * Makes `db.prepare` compile each SQL text once per database and hand back the same statement
 * afterwards. Repositories and inbox sources are written as `db.prepare(sql).get(...)` inside
 * request handlers; without this every request compiled its SQL again (the inbox alone prepared
 * about 20 statements per request). A shared statement is only safe while nobody switches its
 * mode or leaves an iterator open on it, so those methods throw on a cached statement; code that
 * needs them compiles its own with `db.prepareUncached(sql)`.
 */
function cacheStatements(db: Database.Database): Db {
  const compile = db.prepare.bind(db) as (source: string) => Database.Statement
  const cache = new Map<string, Database.Statement>()
  const prepareCached = (source: string): Database.Statement => {
    let statement = cache.get(source)
    if (statement === undefined) {
      statement = compile(source)
      for (const method of MODE_SWITCHES) {
        Object.defineProperty(statement, method, {
          value: () => {
            throw new Error(`${method}() on a shared prepared statement (mock/db/database.ts): use db.prepareUncached(sql)`)
          },
        })
      }
      if (cache.size >= STATEMENT_CACHE_LIMIT) cache.clear()
      cache.set(source, statement)
    }
    return statement
  }
  db.prepare = prepareCached as Db['prepare']
  return Object.defineProperty(db, 'prepareUncached', { value: compile }) as Db
}

export const isMemoryFile = (file: string): boolean => file === ':memory:' || file === ''

export function openDatabase(file: string): Db {
  const inMemory = isMemoryFile(file)
  if (!inMemory) mkdirSync(dirname(file), { recursive: true })
  return configure(new Database(inMemory ? ':memory:' : file), !inMemory)
}

function configure(db: Database.Database, wal: boolean): Db {
  if (wal) db.pragma('journal_mode = WAL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  db.exec(`CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
  )`)
  return cacheStatements(db)
}

/** Images of prepared in-memory databases, by key; a few per process (tests use a handful of start times). */
const memoryImages = new Map<string, Buffer>()
const MEMORY_IMAGE_LIMIT = 16

/**
 * An in-memory database as `prepare` leaves a new one. `prepare` must give the same database for
 * the same `key` (migrations and seeds are deterministic for a start time): the first call runs it
 * and keeps the database's image (`serialize()`), later calls open a copy of that image
 * (`new Database(buffer)`, a private writable copy). Tests start a fresh sandbox per test; seeding
 * one took about 0.3 s of each start here, a copy takes a few milliseconds.
 */
export function openPreparedMemoryDatabase(key: string, prepare: (db: Db) => void): Db {
  let image = memoryImages.get(key)
  if (image === undefined) {
    const db = openDatabase(':memory:')
    try {
      prepare(db)
      image = db.serialize()
    } finally {
      db.close()
    }
    if (memoryImages.size >= MEMORY_IMAGE_LIMIT) memoryImages.clear()
    memoryImages.set(key, image)
  }
  return configure(new Database(image), false)
}

export function getMeta(db: Db, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined
  return row?.value
}

export function setMeta(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(
    key,
    value,
  )
}

/** Runs `seed` once per database: the first start seeds, later starts find the meta flag. */
export function seedOnce(db: Db, name: string, seedAtMs: number, seed: () => void): boolean {
  const key = `seed:${name}`
  return db.transaction(() => {
    if (getMeta(db, key) !== undefined) return false
    seed()
    setMeta(db, key, new Date(seedAtMs).toISOString())
    return true
  })()
}
