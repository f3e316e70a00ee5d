// To-do items for non-tax fees: notices the user looked up, then started paying (a payment of his
// holds or held the notice) and has not paid yet, due by their deadline. A lookup alone does not
// put a notice in the inbox: whoever types (or guesses) a code must not collect other people's
// notices in his to-do list (issue 14).
import { formatFen } from '../../../contract/rules/money'
import { cstDate } from '../../lib/china-time'
import { toIso } from '../../lib/clock'
import { endOfCstDay, urgencyOf, type InboxSource } from '../inbox/sources'

interface Row {
  code: string
  item: string
  department: string
  amount_fen: number
  deadline: string
}

export const feeInboxSource: InboxSource = (db, userId, nowMs) => {
  const rows = db
    .prepare(
      `SELECT n.code, n.item, n.department, n.amount_fen, n.deadline FROM fee_lookups l
       JOIN fee_notices n ON n.code = l.code
       WHERE l.user_id = ? AND n.paid_at IS NULL AND n.deadline >= ?
         AND EXISTS (SELECT 1 FROM payment_items i JOIN payments p ON p.id = i.payment_id
                     WHERE i.kind = 'fee' AND i.item_id = n.code AND p.user_id = l.user_id)
       ORDER BY n.deadline`,
    )
    .all(userId, cstDate(nowMs)) as Row[]
  return rows.map((row) => {
    const dueMs = endOfCstDay(row.deadline)
    const [, month, day] = row.deadline.split('-').map(Number)
    return {
      id: `fee:${row.code}`,
      kind: 'fee' as const,
      title: `非税缴费待缴 ${formatFen(row.amount_fen)}`,
      detail: `${row.item} · ${month}月${day}日前缴纳`,
      amountFen: row.amount_fen,
      dueAt: toIso(dueMs),
      urgency: urgencyOf(dueMs, nowMs),
      action: '去缴费',
      subject: { kind: 'fee-notice', id: row.code },
    }
  })
}
