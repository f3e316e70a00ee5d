// Where `npm run sandbox` keeps its state: SANDBOX_DB, else the default file. `:memory:` is
// SQLite's in-memory database and must reach openDatabase unchanged (resolving it as a path made
// a file named `:memory:` in the working directory).
import { resolve } from 'node:path'

export const IN_MEMORY = ':memory:'

export function sandboxDbFile(fromEnv: string | undefined, defaultFile: string): string {
  if (fromEnv === IN_MEMORY) return IN_MEMORY
  return resolve(fromEnv === undefined || fromEnv.trim() === '' ? defaultFile : fromEnv)
}
