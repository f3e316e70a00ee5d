// To-do items for utility bills: one per bound account with unpaid bills, due by its earliest bill.
import { formatFen } from '../../../contract/rules/money'
import { billName } from '../../../contract/rules/utility-types'
import { toIso } from '../../lib/clock'
import { endOfCstDay, urgencyOf, type InboxSource } from '../inbox/sources'
import { paymentRepo } from '../payments/repo'

interface Row {
  binding_id: string
  bill_ids: string
  label: string
  provider_name: string
  type: string
  arrears_fen: number
  unpaid_count: number
  earliest_due: string
}

export const billInboxSource: InboxSource = (db, userId, nowMs) => {
  const rows = db
    .prepare(
      `SELECT g.id AS binding_id, g.label, p.name AS provider_name, p.type,
              json_group_array(b.id) AS bill_ids, SUM(b.amount_fen) AS arrears_fen, COUNT(*) AS unpaid_count, MIN(b.due_date) AS earliest_due
       FROM utility_bindings g
       JOIN utility_accounts a ON a.id = g.account_id
       JOIN utility_providers p ON p.id = a.provider_id
       JOIN utility_bills b ON b.account_id = a.id AND b.paid_at IS NULL
       WHERE g.user_id = ?
       GROUP BY g.id
       ORDER BY g.bound_at, g.rowid`,
    )
    .all(userId) as Row[]
  const open = rows.length > 0 ? paymentRepo(db).ownOpenItems(userId, 'bill') : new Map<string, string>()
  return rows.map((row) => {
    // Bills of this account already in one of the caller's open payments: resume it (继续支付).
    const resume = (JSON.parse(row.bill_ids) as string[]).map((id) => open.get(id)).find((id) => id !== undefined)
    const dueMs = endOfCstDay(row.earliest_due)
    const urgency = urgencyOf(dueMs, nowMs)
    const [, month, day] = row.earliest_due.split('-').map(Number)
    return {
      id: `bill-account:${row.binding_id}`,
      kind: 'bill' as const,
      title: `${billName(row.type)}待缴 ${formatFen(row.arrears_fen)}`,
      detail: `${row.label} · ${row.provider_name} · ${row.unpaid_count} 笔未缴 · ${urgency === 'overdue' ? '已逾期' : `${month}月${day}日前缴纳`}`,
      amountFen: row.arrears_fen,
      dueAt: toIso(dueMs),
      urgency,
      action: resume ? '继续支付' : '去缴费',
      subject: resume ? { kind: 'open-payment', id: resume } : { kind: 'utility-account', id: row.binding_id },
    }
  })
}
