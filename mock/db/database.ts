// SQLite through better-sqlite3: a file (WAL) by default, `:memory:` in tests.
import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'

export type Db = Database.Database

export function openDatabase(file: string): Db {
  const inMemory = file === ':memory:' || file === ''
  if (!inMemory) mkdirSync(dirname(file), { recursive: true })
  const db = new Database(inMemory ? ':memory:' : file)
  if (!inMemory) db.pragma('journal_mode = WAL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  db.exec(`CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
  )`)
  return db
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
