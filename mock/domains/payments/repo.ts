// The payment service's storage and its rules. Every operation that reads state and then writes
// depending on it runs in ONE better-sqlite3 transaction (synchronous: nothing can interleave), and
// every status change goes through the state machine (state.ts) with an UPDATE guarded by the
// status it read.
//
// Time-driven changes are applied lazily, in the order they happened, whenever a payment is read
// or written (and by the sweep): a due rail notification (at notify_at) or the expiry (at
// expires_at), whichever came first. Their finishedAt is the event's time, not the reader's.
import { createHash } from 'node:crypto'
import {
  PAYMENT_TTL_MS,
  type ChannelParams,
  type Payment,
  type PaymentChannel,
  type PaymentCreateBody,
  type PaymentFailureCode,
  type PaymentItem,
  type PaymentItemPart,
  type PaymentItemRef,
  type PaymentQuote,
  type PayableKind,
  type PaymentStatus,
  type Receipt,
} from '../../../contract'
import type { Db } from '../../db/database'
import { toIso } from '../../lib/clock'
import { cstParts } from '../../lib/china-time'
import { maskName } from '../../lib/masking'
import { newId } from '../../lib/tokens'
import { formatFen } from '../../../contract/rules/money'
import { notify } from '../messages/notify'
import { issueChannelParams } from './channel-params'
import { payableFor, type PayableDescription } from './payables'
import { paymentProblems } from './problems'
import { FAILURE_MESSAGES, assertTransition, isOpen } from './state'

export const PLATFORM_ISSUER = '浙江省财政厅（统一公共支付平台）'
const PROVINCE_REGION = '330000'

export interface PaymentRow {
  id: string
  user_id: string
  idempotency_key: string
  request_hash: string
  status: PaymentStatus
  amount_fen: number
  description: string
  channel: PaymentChannel
  rail_ref: string
  channel_params: string
  created_at: number
  expires_at: number
  started_at: number | null
  finished_at: number | null
  failure_code: PaymentFailureCode | null
  notify_at: number | null
  notify_outcome: 'success' | 'fail' | null
}

interface ItemRow {
  payment_id: string
  position: number
  kind: PayableKind
  item_id: string
  description: string
  amount_fen: number
  breakdown: string | null
}

interface ReceiptRow {
  id: string
  payment_id: string
  number: string
  payer_name: string
  payer_kind: 'person' | 'legal'
  amount_fen: number
  paid_at: number
  issuer: string
  check_code: string
}

export type RailOutcome = 'success' | 'fail' | 'cancel'

interface PricedLine {
  kind: PayableKind
  id: string
  described: PayableDescription
}

interface Priced {
  lines: PricedLine[]
  amountFen: number
  description: string
}

/** An item with its parts (罚款 + 加处罚款) when it has more than one. */
function withBreakdown(item: PaymentItem, parts: PaymentItemPart[] | null): PaymentItem {
  return parts && parts.length > 1 ? { ...item, breakdown: parts } : item
}

export interface OpenHolder {
  paymentId: string
  userId: string
}

/** The request fingerprint an Idempotency-Key is bound to (same key + other body → 409). */
export function requestHash(body: PaymentCreateBody): string {
  const canonical = JSON.stringify([body.channel, body.items.map((item) => [item.kind, item.id])])
  return createHash('sha256').update(canonical, 'utf8').digest('hex')
}

const CHECK_ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ'

function checkCode(number: string, paymentId: string): string {
  const digest = createHash('sha256').update(`${number}|${paymentId}`, 'utf8').digest()
  let code = ''
  for (let i = 0; i < 6; i += 1) code += CHECK_ALPHABET[digest[i] % CHECK_ALPHABET.length]
  return code
}

function createRepo(db: Db) {
  const stmts = {
    byId: db.prepare('SELECT * FROM payments WHERE id = ?'),
    byKey: db.prepare('SELECT * FROM payments WHERE user_id = ? AND idempotency_key = ?'),
    byRail: db.prepare('SELECT * FROM payments WHERE channel = ? AND rail_ref = ?'),
    due: db.prepare(
      "SELECT * FROM payments WHERE status IN ('created', 'started') AND (expires_at <= @now OR notify_at <= @now) ORDER BY created_at, id",
    ),
    items: db.prepare('SELECT * FROM payment_items WHERE payment_id = ? ORDER BY position'),
    openHolder: db.prepare(
      'SELECT o.payment_id, p.user_id FROM payment_open_items o JOIN payments p ON p.id = o.payment_id WHERE o.kind = ? AND o.item_id = ?',
    ),
    openHolders: db.prepare(`
      SELECT o.item_id, o.payment_id, p.user_id FROM payment_open_items o JOIN payments p ON p.id = o.payment_id
      WHERE o.kind = ? AND o.item_id IN (SELECT value FROM json_each(?))`),
    ownOpen: db.prepare(`
      SELECT o.item_id, o.payment_id FROM payments p JOIN payment_open_items o ON o.payment_id = p.id
      WHERE p.user_id = ? AND p.status IN ('created', 'started') AND o.kind = ?`),
    insert: db.prepare(`
      INSERT INTO payments (id, user_id, idempotency_key, request_hash, status, amount_fen, description, channel,
        rail_ref, channel_params, created_at, expires_at)
      VALUES (@id, @user_id, @idempotency_key, @request_hash, 'created', @amount_fen, @description, @channel,
        @rail_ref, @channel_params, @created_at, @expires_at)`),
    insertItem: db.prepare(`
      INSERT INTO payment_items (payment_id, position, kind, item_id, description, amount_fen, breakdown)
      VALUES (@payment_id, @position, @kind, @item_id, @description, @amount_fen, @breakdown)`),
    holdItem: db.prepare('INSERT INTO payment_open_items (kind, item_id, payment_id) VALUES (?, ?, ?)'),
    releaseItems: db.prepare('DELETE FROM payment_open_items WHERE payment_id = ?'),
    start: db.prepare(`
      UPDATE payments SET status = 'started', started_at = @now, notify_at = @notify_at, notify_outcome = @outcome
      WHERE id = @id AND status = @from`),
    finish: db.prepare(`
      UPDATE payments SET status = @to, finished_at = @at, failure_code = @failure
      WHERE id = @id AND status = @from`),
    receiptByPayment: db.prepare('SELECT * FROM payment_receipts WHERE payment_id = ?'),
    receiptCount: db.prepare('SELECT COUNT(*) AS n FROM payment_receipts'),
    insertReceipt: db.prepare(`
      INSERT INTO payment_receipts (id, payment_id, number, payer_name, payer_kind, amount_fen, paid_at, issuer, check_code)
      VALUES (@id, @payment_id, @number, @payer_name, @payer_kind, @amount_fen, @paid_at, @issuer, @check_code)`),
    payer: db.prepare('SELECT name, kind FROM personas WHERE user_id = ?'),
    page: db.prepare(`
      SELECT * FROM payments
      WHERE user_id = @user AND (@filter = 'all'
        OR (@filter = 'open' AND status IN ('created', 'started'))
        OR (@filter = 'finished' AND status NOT IN ('created', 'started')))
      ORDER BY created_at DESC, rowid DESC LIMIT @limit OFFSET @offset`),
    count: db.prepare(`
      SELECT COUNT(*) AS n FROM payments
      WHERE user_id = @user AND (@filter = 'all'
        OR (@filter = 'open' AND status IN ('created', 'started'))
        OR (@filter = 'finished' AND status NOT IN ('created', 'started')))`),
  }

  const byId = (id: string) => stmts.byId.get(id) as PaymentRow | undefined
  const itemsOf = (paymentId: string) => stmts.items.all(paymentId) as ItemRow[]

  /** The one way a payment's status changes: checked against the state machine, guarded by `from`. */
  function finish(row: PaymentRow, to: PaymentStatus, atMs: number, failure: PaymentFailureCode | null): PaymentRow {
    assertTransition(row.status, to)
    const changed = stmts.finish.run({ id: row.id, from: row.status, to, at: atMs, failure }).changes
    if (changed !== 1) throw new Error(`payment ${row.id} changed under a transaction`)
    stmts.releaseItems.run(row.id)
    return byId(row.id) as PaymentRow
  }

  function issueReceipt(row: PaymentRow, described: PayableDescription[], paidAt: number): void {
    const issuers = new Set(described.map((d) => d.issuer ?? PLATFORM_ISSUER))
    const regions = new Set(described.map((d) => d.regionCode ?? PROVINCE_REGION))
    const region = regions.size === 1 ? [...regions][0] : PROVINCE_REGION
    const { n } = stmts.receiptCount.get() as { n: number }
    const yy = String(cstParts(paidAt).year % 100).padStart(2, '0')
    const number = `${region}${yy}${String(n + 1).padStart(8, '0')}`
    const payer = stmts.payer.get(row.user_id) as { name: string; kind: 'person' | 'legal' } | undefined
    stmts.insertReceipt.run({
      id: newId('rcpt'),
      payment_id: row.id,
      number,
      payer_name: payer?.name ?? '',
      payer_kind: payer?.kind ?? 'person',
      amount_fen: row.amount_fen,
      paid_at: paidAt,
      issuer: issuers.size === 1 ? [...issuers][0] : PLATFORM_ISSUER,
      check_code: checkCode(number, row.id),
    })
  }

  /** The rail's notification: success marks every item paid and issues the receipt, all or nothing. */
  function applyNotification(row: PaymentRow, at: number): PaymentRow {
    if (row.notify_outcome === 'fail') return finish(row, 'failed', at, 'DECLINED')
    const items = itemsOf(row.id)
    const described: PayableDescription[] = []
    for (const item of items) {
      const d = payableFor(db, item.kind)?.describe(db, row.user_id, item.item_id, at) ?? null
      // Paid in another channel meanwhile (reconciliation): this payment must not charge it again.
      if (d === null || d.paid) return finish(row, 'failed', at, 'PAID_ELSEWHERE')
      described.push(d)
    }
    for (const item of items) payableFor(db, item.kind)?.markPaid(db, item.item_id, row.id, at)
    const done = finish(row, 'success', at, null)
    issueReceipt(done, described, at)
    notify(
      db,
      {
        userId: row.user_id,
        kind: 'payment_succeeded',
        title: '缴费成功',
        body: `${row.description}已缴费成功，金额 ${formatFen(row.amount_fen)}，电子票据已开具。`,
        subject: { kind: 'payment', id: row.id },
        dedupeKey: `payment-succeeded:${row.id}`,
      },
      at,
    )
    return done
  }

  /** Applies what is due by `now`, earliest event first. Call inside a transaction. */
  function settle(row: PaymentRow, now: number): PaymentRow {
    if (!isOpen(row.status)) return row
    if (row.notify_at !== null && row.notify_at <= now && row.notify_at < row.expires_at) {
      return applyNotification(row, row.notify_at)
    }
    if (now >= row.expires_at) return finish(row, 'expired', row.expires_at, 'EXPIRED')
    return row
  }

  const settleDue = db.transaction((now: number): number => {
    const due = stmts.due.all({ now }) as PaymentRow[]
    for (const row of due) settle(row, now)
    return due.length
  })

  /** The caller's payment, settled; 404 / 403 otherwise. Call inside a transaction. */
  function own(userId: string, id: string, now: number): PaymentRow {
    const row = byId(id)
    if (!row) throw paymentProblems.paymentNotFound()
    if (row.user_id !== userId) throw paymentProblems.paymentForbidden()
    return settle(row, now)
  }

  /** Who holds an item open right now (settling that payment first, so a stale hold never blocks). */
  function openHolder(kind: PayableKind, itemId: string, now: number): OpenHolder | null {
    const held = stmts.openHolder.get(kind, itemId) as { payment_id: string; user_id: string } | undefined
    if (!held) return null
    const settled = settle(byId(held.payment_id) as PaymentRow, now)
    return isOpen(settled.status) ? { paymentId: held.payment_id, userId: held.user_id } : null
  }

  /**
   * What these items cost now and whether the caller may pay them: every check of POST /payments,
   * in its order, and nothing written (besides settling what was already due). Call inside a
   * transaction.
   */
  function price(userId: string, items: readonly PaymentItemRef[], now: number): Priced {
    const seen = new Set<string>()
    items.forEach((item, index) => {
      const k = `${item.kind}\u0000${item.id}`
      if (seen.has(k)) throw paymentProblems.duplicateItem(index)
      seen.add(k)
    })
    const lines: PricedLine[] = []
    items.forEach((item, index) => {
      const payable = payableFor(db, item.kind)
      if (!payable) throw paymentProblems.unknownKind(index)
      // Settle the payment holding the item first: its due notification may just have paid it.
      const holder = openHolder(item.kind, item.id, now)
      const described = payable.describe(db, userId, item.id, now)
      if (!described) throw paymentProblems.itemNotFound(payable.noun, index)
      if (!described.ownerOk) throw paymentProblems.itemForbidden(payable.noun, index)
      if (described.paid) throw paymentProblems.itemAlreadyPaid(payable.noun, index, described.description)
      if (described.refusal) throw paymentProblems.itemRefused(index, described.refusal)
      if (holder) {
        const mine = holder.userId === userId ? holder.paymentId : undefined
        throw paymentProblems.itemInOpenPayment(payable.noun, index, described.description, mine)
      }
      lines.push({ kind: item.kind, id: item.id, described })
    })
    const amountFen = lines.reduce((sum, line) => sum + line.described.amountFen, 0)
    const first = lines[0].described.description
    return { lines, amountFen, description: lines.length > 1 ? `${first} 等 ${lines.length} 笔` : first }
  }

  const quote = db.transaction((userId: string, items: readonly PaymentItemRef[], now: number): PaymentQuote => {
    const { lines, amountFen, description } = price(userId, items, now)
    return {
      amountFen,
      description,
      items: lines.map((line) => withBreakdown(
        { kind: line.kind, id: line.id, description: line.described.description, amountFen: line.described.amountFen },
        line.described.breakdown ?? null,
      )),
    }
  })

  const create = db.transaction(
    (userId: string, key: string, body: PaymentCreateBody, now: number): { payment: PaymentRow; replayed: boolean } => {
      const hash = requestHash(body)
      const existing = stmts.byKey.get(userId, key) as PaymentRow | undefined
      if (existing) {
        if (existing.request_hash !== hash) throw paymentProblems.idempotencyKeyReused()
        return { payment: settle(existing, now), replayed: true }
      }
      const { lines, amountFen: amount, description } = price(userId, body.items, now)
      const { params, railRef } = issueChannelParams(body.channel, now)
      const row = {
        id: newId('pay'),
        user_id: userId,
        idempotency_key: key,
        request_hash: hash,
        amount_fen: amount,
        description,
        channel: body.channel,
        rail_ref: railRef,
        channel_params: JSON.stringify(params),
        created_at: now,
        expires_at: now + PAYMENT_TTL_MS,
      }
      stmts.insert.run(row)
      lines.forEach((line, position) => {
        stmts.insertItem.run({
          payment_id: row.id,
          position,
          kind: line.kind,
          item_id: line.id,
          description: line.described.description,
          amount_fen: line.described.amountFen,
          breakdown: line.described.breakdown ? JSON.stringify(line.described.breakdown) : null,
        })
        stmts.holdItem.run(line.kind, line.id, row.id)
      })
      return { payment: byId(row.id) as PaymentRow, replayed: false }
    },
  )

  /** A rail reports what the user did in its UI. Only 'cancel' finishes at once. */
  const railPay = db.transaction(
    (channel: PaymentChannel, railRef: string, outcome: RailOutcome, now: number, notifyDelayMs: number) => {
      const found = stmts.byRail.get(channel, railRef) as PaymentRow | undefined
      if (!found) return null
      const row = settle(found, now)
      if (outcome === 'cancel') {
        if (!isOpen(row.status)) throw paymentProblems.notPayable(row.status)
        finish(row, 'cancelled', now, 'CANCELLED_BY_USER')
        return 'cancelled' as const
      }
      if (row.status !== 'created') throw paymentProblems.notPayable(row.status)
      assertTransition(row.status, 'started')
      const changed = stmts.start.run({
        id: row.id,
        from: row.status,
        now,
        notify_at: now + notifyDelayMs,
        outcome: outcome === 'fail' ? 'fail' : 'success',
      }).changes
      if (changed !== 1) throw new Error(`payment ${row.id} changed under a transaction`)
      return 'submitted' as const
    },
  )

  const cancel = db.transaction((userId: string, id: string, now: number): PaymentRow => {
    const row = own(userId, id, now)
    if (!isOpen(row.status)) throw paymentProblems.notCancellable(row.status)
    return finish(row, 'cancelled', now, 'CANCELLED_BY_USER')
  })

  const get = db.transaction((userId: string, id: string, now: number): PaymentRow => own(userId, id, now))

  /** The payment a rail reference points to, settled (no owner check: the reference is the authorisation). */
  const findByRail = db.transaction((channel: PaymentChannel, railRef: string, now: number): PaymentRow | null => {
    const found = stmts.byRail.get(channel, railRef) as PaymentRow | undefined
    return found ? settle(found, now) : null
  })

  const receipt = db.transaction((userId: string, id: string, now: number): { payment: PaymentRow; receipt: ReceiptRow } => {
    const row = own(userId, id, now)
    const found = stmts.receiptByPayment.get(row.id) as ReceiptRow | undefined
    if (row.status !== 'success' || !found) throw paymentProblems.receiptNotReady(row.status)
    return { payment: row, receipt: found }
  })

  function toPaymentItems(paymentId: string): PaymentItem[] {
    return itemsOf(paymentId).map((item) =>
      withBreakdown(
        { kind: item.kind, id: item.item_id, description: item.description, amountFen: item.amount_fen },
        item.breakdown === null ? null : (JSON.parse(item.breakdown) as PaymentItemPart[]),
      ),
    )
  }

  function toPayment(row: PaymentRow): Payment {
    const payment: Payment = {
      id: row.id,
      status: row.status,
      finished: !isOpen(row.status),
      amountFen: row.amount_fen,
      description: row.description,
      items: toPaymentItems(row.id),
      channel: row.channel,
      channelParams: JSON.parse(row.channel_params) as ChannelParams,
      createdAt: toIso(row.created_at),
      expiresAt: toIso(row.expires_at),
    }
    if (row.started_at !== null) payment.startedAt = toIso(row.started_at)
    if (row.finished_at !== null) payment.finishedAt = toIso(row.finished_at)
    if (row.failure_code !== null) payment.failure = { code: row.failure_code, message: FAILURE_MESSAGES[row.failure_code] }
    if (row.status === 'success') {
      const found = stmts.receiptByPayment.get(row.id) as ReceiptRow | undefined
      if (found) payment.receiptId = found.id
    }
    return payment
  }

  function toReceipt(found: ReceiptRow): Receipt {
    return {
      id: found.id,
      number: found.number,
      paymentId: found.payment_id,
      payerName: found.payer_kind === 'legal' ? found.payer_name : maskName(found.payer_name),
      items: toPaymentItems(found.payment_id),
      amountFen: found.amount_fen,
      paidAt: toIso(found.paid_at),
      issuer: found.issuer,
      checkCode: found.check_code,
    }
  }

  return {
    byId,
    quote,
    create,
    railPay,
    cancel,
    get,
    findByRail,
    receipt,
    settleDue,
    /** The caller's payments, newest first (everything due settled first). */
    page: (userId: string, filter: 'open' | 'finished' | 'all', page: number, pageSize: number, now: number) => {
      settleDue(now)
      const rows = stmts.page.all({ user: userId, filter, limit: pageSize, offset: (page - 1) * pageSize }) as PaymentRow[]
      const { n } = stmts.count.get({ user: userId, filter }) as { n: number }
      return { rows, total: n }
    },
    /** Which of these items are held by an open payment, and by whose (call after settleDue). */
    openHolders: (kind: PayableKind, itemIds: string[]): Map<string, OpenHolder> => {
      const rows = stmts.openHolders.all(kind, JSON.stringify(itemIds)) as { item_id: string; payment_id: string; user_id: string }[]
      return new Map(rows.map((r) => [r.item_id, { paymentId: r.payment_id, userId: r.user_id }]))
    },
    /** The caller's own open payments by the items of `kind` they hold (call after settleDue): 继续支付. */
    ownOpenItems: (userId: string, kind: PayableKind): Map<string, string> => {
      const rows = stmts.ownOpen.all(userId, kind) as { item_id: string; payment_id: string }[]
      return new Map(rows.map((r) => [r.item_id, r.payment_id]))
    },
    toPayment,
    toReceipt,
  }
}

export type PaymentRepo = ReturnType<typeof createRepo>

const repos = new WeakMap<Db, PaymentRepo>()

/** One repo (prepared statements) per database. */
export function paymentRepo(db: Db): PaymentRepo {
  let repo = repos.get(db)
  if (!repo) {
    repo = createRepo(db)
    repos.set(db, repo)
  }
  return repo
}

/** Expires due payments and applies due rail notifications (lazily on requests, and by the sweep). */
export function settlePayments(db: Db, nowMs: number): number {
  return paymentRepo(db).settleDue(nowMs)
}
