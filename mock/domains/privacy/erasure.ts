// "删除我的数据": what a user may erase and what stays, declared by the domain that owns the tables
// (`DomainModule.erasures` / `keptByLaw`). Bindings and lookups are the user's own choices and go;
// records the law requires us to keep (payments and their 电子票据, submitted cases, appointment
// history) stay, and the answer says so. A domain names only its own tables
// (domains/declarations.test.ts checks it against each domain's migration).
import type { Db } from '../../db/database'

export interface Erasure {
  /** Shown to the user, e.g. '生活缴费户号'. */
  item: string
  /** The domain's tables this erasure deletes the user's rows from. */
  tables: readonly string[]
  /**
   * Deletes the user's rows; returns how many. Synchronous, inside the erasure transaction.
   * Default: every row of `tables` whose `user_id` is the user's.
   */
  erase?(db: Db, userId: string): number
}

export interface KeptByLaw {
  /** Shown to the user: what stays and why, e.g. '缴费记录和电子票据：财务凭证，依法保存，不能删除'. */
  reason: string
  /** The domain's tables whose rows of the user stay. */
  tables: readonly string[]
}

/** Runs one erasure: its own `erase`, or a DELETE of the user's rows in each of its tables. */
export function runErasure(erasure: Erasure, db: Db, userId: string): number {
  if (erasure.erase) return erasure.erase(db, userId)
  let removed = 0
  for (const table of erasure.tables) removed += db.prepare(`DELETE FROM ${table} WHERE user_id = ?`).run(userId).changes
  return removed
}
