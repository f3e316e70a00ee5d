// SQL for payment notices and lookups.
import type { Db } from '../../db/database'

export interface NoticeRow {
  code: string
  payer_name: string
  item: string
  department: string
  region_code: string
  amount_fen: number
  deadline: string
  issued_at: number
  paid_at: number | null
  paid_via: 'payment' | 'elsewhere' | null
  payment_id: string | null
}

export interface NoticeView extends NoticeRow {
  payer_user_id: string | null
}

function createRepo(db: Db) {
  const stmts = {
    notice: db.prepare(
      'SELECT n.*, pay.user_id AS payer_user_id FROM fee_notices n LEFT JOIN payments pay ON pay.id = n.payment_id WHERE n.code = ?',
    ),
    insert: db.prepare(`
      INSERT INTO fee_notices (code, payer_name, item, department, region_code, amount_fen, deadline, issued_at, paid_at, paid_via)
      VALUES (@code, @payer_name, @item, @department, @region_code, @amount_fen, @deadline, @issued_at, @paid_at, @paid_via)`),
    markPaid: db.prepare(
      "UPDATE fee_notices SET paid_at = ?, paid_via = 'payment', payment_id = ? WHERE code = ? AND paid_at IS NULL",
    ),
    lookedUp: db.prepare('SELECT 1 FROM fee_lookups WHERE user_id = ? AND code = ?'),
    recordLookup: db.prepare('INSERT OR IGNORE INTO fee_lookups (user_id, code, looked_up_at) VALUES (?, ?, ?)'),
  }
  return {
    notice: (code: string) => stmts.notice.get(code) as NoticeView | undefined,
    insert: (row: Omit<NoticeRow, 'payment_id'>) => stmts.insert.run(row),
    markPaidByPayment: (code: string, paymentId: string, atMs: number) => stmts.markPaid.run(atMs, paymentId, code).changes === 1,
    lookedUp: (userId: string, code: string) => stmts.lookedUp.get(userId, code) !== undefined,
    recordLookup: (userId: string, code: string, nowMs: number) => stmts.recordLookup.run(userId, code, nowMs),
  }
}

export type FeesRepo = ReturnType<typeof createRepo>

const repos = new WeakMap<Db, FeesRepo>()

/** One repo (prepared statements) per database. */
export function feesRepo(db: Db): FeesRepo {
  let repo = repos.get(db)
  if (!repo) {
    repo = createRepo(db)
    repos.set(db, repo)
  }
  return repo
}
