import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { openDatabase } from '../db/database'
import { sandboxDbFile } from './db-file'

test('SANDBOX_DB=:memory: is the in-memory database, not a file named :memory:', () => {
  const file = sandboxDbFile(':memory:', '/tmp/default.sqlite')
  expect(file).toBe(':memory:')
  const db = openDatabase(file)
  expect(db.memory).toBe(true)
  db.close()
  expect(existsSync(resolve(':memory:'))).toBe(false)
})

test('a path is resolved; unset or empty means the default file', () => {
  expect(sandboxDbFile('data/x.sqlite', '/d.sqlite')).toBe(resolve('data/x.sqlite'))
  expect(sandboxDbFile(undefined, '/d.sqlite')).toBe('/d.sqlite')
  expect(sandboxDbFile('', '/d.sqlite')).toBe('/d.sqlite')
})
