// "删除我的数据": what a user may erase, registered by the domain that keeps it. Bindings and
// lookups are the user's own choices and go; records the law requires us to keep (payments and
// their 电子票据, submitted cases, appointment history) stay, and the answer says so.
import type { Db } from '../../db/database'

export interface Erasure {
  /** Shown to the user, e.g. '生活缴费户号'. */
  item: string
  /** Deletes the user's rows; returns how many. Synchronous, inside the erasure transaction. */
  erase(db: Db, userId: string): number
}

const erasures: Erasure[] = []
const kept: string[] = []

export function registerErasure(erasure: Erasure): void {
  if (!erasures.some((existing) => existing.item === erasure.item)) erasures.push(erasure)
}

/** A kind of record that stays, with the reason, e.g. '缴费记录和电子票据（财务凭证，依法保存）'. */
export function registerKeptRecord(description: string): void {
  if (!kept.includes(description)) kept.push(description)
}

export function registeredErasures(): readonly Erasure[] {
  return erasures
}

export function keptRecords(): readonly string[] {
  return kept
}

/** A DELETE of the user's rows in one table. */
export function eraseRows(table: string, column = 'user_id'): Erasure['erase'] {
  return (db, userId) => db.prepare(`DELETE FROM ${table} WHERE ${column} = ?`).run(userId).changes
}
