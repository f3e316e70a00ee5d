import type { AddressCreateBody } from '../../../contract'
import type { Db } from '../../db/database'
import { newId } from '../../lib/tokens'

export interface AddressRow {
  id: string
  user_id: string
  label: string
  recipient: string
  mobile: string
  region: string
  detail: string
  created_at: number
}

export function createAddressRepo(db: Db) {
  const stmts = {
    list: db.prepare('SELECT * FROM addresses WHERE user_id = ? ORDER BY created_at, rowid'),
    count: db.prepare('SELECT COUNT(*) AS n FROM addresses WHERE user_id = ?'),
    get: db.prepare('SELECT * FROM addresses WHERE id = ?'),
    insert: db.prepare(`
      INSERT INTO addresses (id, user_id, label, recipient, mobile, region, detail, created_at)
      VALUES (@id, @user_id, @label, @recipient, @mobile, @region, @detail, @created_at)`),
    remove: db.prepare('DELETE FROM addresses WHERE id = ?'),
  }
  return {
    list: (userId: string) => stmts.list.all(userId) as AddressRow[],
    get: (id: string) => stmts.get.get(id) as AddressRow | undefined,
    /** Inserts unless the user already has `limit` addresses (checked in the same transaction). */
    create: db.transaction(
      (userId: string, body: AddressCreateBody, nowMs: number, limit: number, id?: string): AddressRow | null => {
        const { n } = stmts.count.get(userId) as { n: number }
        if (n >= limit) return null
        const row: AddressRow = {
          id: id ?? newId('addr'),
          user_id: userId,
          label: body.label.trim(),
          recipient: body.recipient.trim(),
          mobile: body.mobile,
          region: body.region.trim(),
          detail: body.detail.trim(),
          created_at: nowMs,
        }
        stmts.insert.run(row)
        return row
      },
    ),
    remove: (id: string) => stmts.remove.run(id).changes > 0,
  }
}
