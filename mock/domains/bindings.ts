// Bindings: "bind something to my account" for the bind-and-list services (utilities' 户号,
// fines' vehicles, and the next one). One rule set, written once: a user binds a target at most
// once (409 with the existing binding's id), up to a limit (409), checked in the insert's
// transaction; only the owner may read or unbind a binding (404 unknown, 403 someone else's).
// Each domain keeps its own table (`id`, `user_id`, the target column, `bound_at`, any extra
// columns such as a label) and its own Chinese problems.
import type { Db } from '../db/database'
import type { ProblemError } from '../http/problem'
import { newId } from '../lib/tokens'

export interface BindingRowBase {
  id: string
  user_id: string
  bound_at: number
}

type Column = string | number | null

export interface BindingSpec<Row extends BindingRowBase, Target extends keyof Row & string> {
  /** The domain's bindings table. */
  table: string
  /** The column naming what is bound (an account id, a plate): one binding per user and target. */
  target: Target
  /** Prefix of new binding ids, e.g. 'veh'. */
  idPrefix: string
  /** The most bindings a user may hold (the contract's MAX_…_PER_USER). */
  limit: number
  problems: {
    /** 404: no such binding (perhaps unbound meanwhile). */
    notBound(): ProblemError
    /** 403: someone else's binding. */
    forbidden(): ProblemError
    /** 409: the user already bound this target; carries the existing binding's id. */
    alreadyBound(existingId: string): ProblemError
    /** 409: the user holds `limit` bindings. */
    limitReached(): ProblemError
  }
}

export interface BindOptions<Row> {
  /** Columns of the row beyond id, user_id, the target and bound_at (e.g. a label). */
  extra?: Partial<Record<Exclude<keyof Row, 'id' | 'user_id' | 'bound_at'> & string, Column>>
  /** A fixed id (seed data). */
  id?: string
  /** Overrides the spec's limit (seed data binds without one). */
  limit?: number
}

export interface Bindings<Row extends BindingRowBase, Target extends keyof Row> {
  byId(id: string): Row | undefined
  /** The caller's binding: 404 if it does not exist, 403 if it is someone else's. */
  own(id: string, userId: string): Row
  /** The user's bindings, oldest first. */
  of(userId: string): Row[]
  /** The user's binding of a target, if any. */
  find(userId: string, target: Row[Target]): Row | undefined
  /** Binds (409 already bound / limit reached), the checks and the insert in one transaction. */
  bind(userId: string, target: Row[Target], nowMs: number, options?: BindOptions<Row>): Row
  /** Unbinds the caller's binding (404 / 403 as `own`). */
  unbind(id: string, userId: string): void
}

const SQL_NAME = /^[a-z_][a-z0-9_]*$/

export function createBindings<Row extends BindingRowBase, Target extends keyof Row & string>(
  db: Db,
  spec: BindingSpec<Row, Target>,
): Bindings<Row, Target> {
  const { table, target } = spec
  if (!SQL_NAME.test(table) || !SQL_NAME.test(target)) throw new Error(`bindings: bad table or column name ${table}.${target}`)
  const byId = (id: string) => db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Row | undefined
  const find = (userId: string, value: Row[Target]) =>
    db.prepare(`SELECT * FROM ${table} WHERE user_id = ? AND ${target} = ?`).get(userId, value) as Row | undefined
  const own = (id: string, userId: string): Row => {
    const row = byId(id)
    if (!row) throw spec.problems.notBound()
    if (row.user_id !== userId) throw spec.problems.forbidden()
    return row
  }
  const insert = db.transaction((userId: string, value: Row[Target], nowMs: number, options: BindOptions<Row>): Row => {
    const existing = find(userId, value)
    if (existing) throw spec.problems.alreadyBound(existing.id)
    const { n } = db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE user_id = ?`).get(userId) as { n: number }
    if (n >= (options.limit ?? spec.limit)) throw spec.problems.limitReached()
    const row = { ...options.extra, id: options.id ?? newId(spec.idPrefix), user_id: userId, [target]: value, bound_at: nowMs } as Record<string, unknown>
    const columns = Object.keys(row)
    for (const column of columns) if (!SQL_NAME.test(column)) throw new Error(`bindings: bad column name ${column}`)
    db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(row)
    return row as unknown as Row
  })
  return {
    byId,
    own,
    of: (userId) => db.prepare(`SELECT * FROM ${table} WHERE user_id = ? ORDER BY bound_at, rowid`).all(userId) as Row[],
    find,
    bind: (userId, value, nowMs, options = {}) => insert(userId, value, nowMs, options),
    unbind: (id, userId) => {
      own(id, userId)
      db.prepare(`DELETE FROM ${table} WHERE id = ?`).run(id)
    },
  }
}
