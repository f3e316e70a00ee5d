// Property-style test of the payment service: hundreds of random, reproducible sequences of what
// clients, rails, the clock and other channels do to one user's bills, each followed by a check of
// the invariants straight from the database:
//  - no bill is paid by two successful payments;
//  - every successful payment has exactly one receipt (and nothing else has one);
//  - every paid bill references a successful payment that contains it, or was paid elsewhere;
//  - no item is held by two open payments (and the hold table matches the open payments);
//  - every payment is finished or legitimately open (before its expiry, no notification overdue).
// The sequence generator uses the seeded PRNG (mock/lib/rng.ts): a failure names the seed and the
// sequence, and rerunning replays it exactly.
import type { LightMyRequestResponse } from 'fastify'
import { PAYMENT_TTL_MS, type AdminBill, type Payment, type PaymentChannel, type Problem, type RailOutcome } from '../../../contract'
import { period } from '../../lib/china-time'
import { createRng, type Rng } from '../../lib/rng'
import { bearer, buildTestServer, login, type TestServer } from '../../test/helpers'
import { railPay } from '../../test/payment-helpers'
import { SEEDED_ACCOUNTS } from '../utilities/seed'

const SEED = 20250106
/** How many sequences: PAYMENT_PROPERTY_SEQUENCES (e.g. 10000 for a long run), 520 by default (npm test). */
const SEQUENCES = sequenceCount(process.env.PAYMENT_PROPERTY_SEQUENCES)
const SEQUENCES_PER_SERVER = 40
const BILLS_PER_SEQUENCE = 3
const NOTIFY_MS = 2000

// 520 sequences take well under a minute; a long run (often at low priority on a busy machine) gets
// up to a second per sequence.
jest.setTimeout(Math.max(60_000, SEQUENCES * 1000))

function sequenceCount(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 520
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 1) throw new Error(`PAYMENT_PROPERTY_SEQUENCES must be a positive integer, got ${JSON.stringify(raw)}`)
  return n
}

interface Known {
  key: string
  billIds: string[]
  channel: PaymentChannel
  payment?: Payment
}

interface Counts {
  sequences: number
  steps: number
  paymentsCreated: number
  successes: number
  failed: number
  cancelled: number
  expired: number
  idempotentReplays: number
  conflicts409: number
  keyReused409: number
  droppedResponses: number
  concurrentCreates: number
}

const counts: Counts = {
  sequences: 0,
  steps: 0,
  paymentsCreated: 0,
  successes: 0,
  failed: 0,
  cancelled: 0,
  expired: 0,
  idempotentReplays: 0,
  conflicts409: 0,
  keyReused409: 0,
  droppedResponses: 0,
  concurrentCreates: 0,
}

const OPS = ['create', 'retry', 'retryOtherBody', 'concurrent', 'concurrentSameKey', 'drop', 'rail', 'notify', 'expire', 'paidElsewhere', 'cancel'] as const
type Op = (typeof OPS)[number]
const WEIGHTS: Record<Op, number> = {
  create: 4,
  retry: 2,
  retryOtherBody: 1,
  concurrent: 1.5,
  concurrentSameKey: 1,
  drop: 1.5,
  rail: 4,
  notify: 3,
  expire: 0.7,
  paidElsewhere: 0.8,
  cancel: 1.5,
}

function pickOp(rng: Rng): Op {
  const total = OPS.reduce((sum, op) => sum + WEIGHTS[op], 0)
  let r = rng.next() * total
  for (const op of OPS) {
    r -= WEIGHTS[op]
    if (r < 0) return op
  }
  return 'create'
}

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng.next() * list.length)]

function subset(rng: Rng, ids: string[]): string[] {
  const shuffled = [...ids].sort(() => rng.next() - 0.5)
  return shuffled.slice(0, 1 + Math.floor(rng.next() * shuffled.length))
}

class Sequence {
  readonly failures: string[] = []
  private token = ''
  private keyCounter = 0
  readonly known: Known[] = []

  constructor(
    private readonly t: TestServer,
    private readonly rng: Rng,
    readonly label: string,
    readonly billIds: string[],
  ) {}

  async login(): Promise<void> {
    this.token = (await login(this.t.app, 'resident')).accessToken
  }

  private fail(what: string, res?: LightMyRequestResponse): void {
    this.failures.push(`${this.label}: ${what}${res ? ` → ${res.statusCode} ${res.body.slice(0, 200)}` : ''}`)
  }

  private expectStatus(what: string, res: LightMyRequestResponse, allowed: number[], codes: string[] = []): void {
    if (!allowed.includes(res.statusCode)) return this.fail(`${what}: unexpected status`, res)
    if (res.statusCode === 409) {
      counts.conflicts409 += 1
      const code = res.json<Problem>().code
      if (code === 'IDEMPOTENCY_KEY_REUSED') counts.keyReused409 += 1
      if (!codes.includes(code)) this.fail(`${what}: unexpected 409 ${code}`, res)
    }
  }

  private newKey(): string {
    this.keyCounter += 1
    return `prop-${this.label.replace(/[^0-9]+/g, '-')}-k${this.keyCounter}`
  }

  private create(known: Known): Promise<LightMyRequestResponse> {
    return this.t.app.inject({
      method: 'POST',
      url: '/api/v1/payments',
      headers: { ...bearer(this.token), 'idempotency-key': known.key },
      payload: { items: known.billIds.map((id) => ({ kind: 'bill', id })), channel: known.channel },
    })
  }

  private record(known: Known, res: LightMyRequestResponse): void {
    if (res.statusCode === 201) {
      counts.paymentsCreated += 1
      known.payment = res.json<Payment>()
      this.known.push(known)
    } else if (res.statusCode === 200) {
      counts.idempotentReplays += 1
      const payment = res.json<Payment>()
      if (known.payment && known.payment.id !== payment.id) this.fail(`replay of ${known.key} returned another payment`, res)
      known.payment = payment
    }
  }

  private fresh(): Known {
    return { key: this.newKey(), billIds: subset(this.rng, this.billIds), channel: pick(this.rng, ['weapp', 'alipay', 'h5'] as const) }
  }

  private withPayment(): Known | undefined {
    const withPayments = this.known.filter((k) => k.payment)
    return withPayments.length > 0 ? pick(this.rng, withPayments) : undefined
  }

  async step(op: Op): Promise<void> {
    const { app } = this.t
    counts.steps += 1
    switch (op) {
      case 'create': {
        const known = this.fresh()
        const res = await this.create(known)
        this.expectStatus('create', res, [201, 409], ['ITEM_IN_OPEN_PAYMENT', 'ITEM_ALREADY_PAID'])
        this.record(known, res)
        return
      }
      case 'retry': {
        const known = this.withPayment()
        if (!known) return this.step('create')
        const res = await this.create(known)
        this.expectStatus('retry', res, [200])
        this.record(known, res)
        return
      }
      case 'retryOtherBody': {
        const known = this.withPayment()
        if (!known) return this.step('create')
        const other = { ...known, channel: known.channel === 'h5' ? ('weapp' as const) : ('h5' as const) }
        this.expectStatus('same key, other body', await this.create(other), [409], ['IDEMPOTENCY_KEY_REUSED'])
        return
      }
      case 'concurrent': {
        // Two devices, overlapping bills, different keys: at most one can win.
        const shared = pick(this.rng, this.billIds)
        const a = this.fresh()
        const b = this.fresh()
        if (!a.billIds.includes(shared)) a.billIds.push(shared)
        if (!b.billIds.includes(shared)) b.billIds.push(shared)
        counts.concurrentCreates += 2
        const [ra, rb] = await Promise.all([this.create(a), this.create(b)])
        this.expectStatus('concurrent a', ra, [201, 409], ['ITEM_IN_OPEN_PAYMENT', 'ITEM_ALREADY_PAID'])
        this.expectStatus('concurrent b', rb, [201, 409], ['ITEM_IN_OPEN_PAYMENT', 'ITEM_ALREADY_PAID'])
        if (ra.statusCode === 201 && rb.statusCode === 201) this.fail('two concurrent payments for the same bill')
        this.record(a, ra)
        this.record(b, rb)
        return
      }
      case 'concurrentSameKey': {
        // A double tap: the same request twice at once.
        const known = this.fresh()
        counts.concurrentCreates += 2
        const [r1, r2] = await Promise.all([this.create(known), this.create(known)])
        const statuses = [r1.statusCode, r2.statusCode].sort().join(',')
        if (!['200,201', '409,409'].includes(statuses)) this.fail(`double tap gave ${statuses}`, r1)
        for (const r of [r1, r2]) {
          this.expectStatus('double tap', r, [200, 201, 409], ['ITEM_IN_OPEN_PAYMENT', 'ITEM_ALREADY_PAID'])
          this.record(known, r)
        }
        return
      }
      case 'drop': {
        // The create is applied but its answer is lost; the client retries with the same key.
        const known = this.fresh()
        await app.inject({ method: 'PUT', url: '/__admin/faults', payload: { rules: [{ method: 'POST', path: '/api/v1/payments', dropRate: 1, times: 1 }] } })
        try {
          const res = await this.create(known)
          this.fail('dropped response was delivered', res)
        } catch (error) {
          if ((error as { code?: string }).code !== 'LIGHT_ECONNRESET') throw error
          counts.droppedResponses += 1
        }
        const stored = app.sandbox.db.prepare('SELECT id FROM payments WHERE idempotency_key = ?').get(known.key) as { id: string } | undefined
        if (stored) counts.paymentsCreated += 1
        const retry = await this.create(known)
        if (stored) {
          this.expectStatus('retry after drop', retry, [200])
          if (retry.statusCode === 200 && retry.json<Payment>().id !== stored.id) this.fail('retry after drop returned another payment', retry)
          known.payment = retry.json<Payment>()
          this.known.push(known)
          counts.idempotentReplays += 1
        } else {
          this.expectStatus('retry after dropped refusal', retry, [409], ['ITEM_IN_OPEN_PAYMENT', 'ITEM_ALREADY_PAID'])
        }
        return
      }
      case 'rail': {
        const known = this.withPayment()
        if (!known?.payment) return this.step('create')
        const outcome = pick<RailOutcome | undefined>(this.rng, [undefined, 'success', 'success', 'fail', 'cancel'])
        const res = await railPay(app, known.payment, outcome)
        this.expectStatus(`rail ${outcome ?? 'default'}`, res, [200, 409], ['PAYMENT_NOT_PAYABLE'])
        return
      }
      case 'notify':
        this.t.clock.advance(NOTIFY_MS + Math.floor(this.rng.next() * 1000))
        return
      case 'expire':
        this.t.clock.advance(PAYMENT_TTL_MS + 1)
        await this.login()
        return
      case 'paidElsewhere': {
        const id = pick(this.rng, this.billIds)
        const res = await app.inject({ method: 'POST', url: `/__admin/utilities/bills/${id}/paid-elsewhere` })
        this.expectStatus('paid elsewhere', res, [200, 409], ['BILL_ALREADY_PAID'])
        return
      }
      case 'cancel': {
        const known = this.withPayment()
        if (!known?.payment) return this.step('create')
        const res = await app.inject({ method: 'POST', url: `/api/v1/payments/${known.payment.id}/cancel`, headers: bearer(this.token) })
        this.expectStatus('cancel', res, [200, 409], ['PAYMENT_NOT_CANCELLABLE'])
        return
      }
    }
  }
}

function invariantViolations(t: TestServer): string[] {
  const db = t.app.sandbox.db
  const now = t.clock.now()
  const out: string[] = []
  const rows = (sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as Record<string, unknown>[]

  for (const r of rows(`
    SELECT pi.item_id, COUNT(*) AS n FROM payment_items pi JOIN payments p ON p.id = pi.payment_id
    WHERE p.status = 'success' GROUP BY pi.kind, pi.item_id HAVING COUNT(*) > 1`)) {
    out.push(`bill ${String(r.item_id)} paid by ${String(r.n)} successful payments`)
  }
  for (const r of rows(`
    SELECT p.id, p.status, COUNT(r.id) AS receipts FROM payments p LEFT JOIN payment_receipts r ON r.payment_id = p.id GROUP BY p.id`)) {
    const expected = r.status === 'success' ? 1 : 0
    if (r.receipts !== expected) out.push(`payment ${String(r.id)} (${String(r.status)}) has ${String(r.receipts)} receipts`)
  }
  for (const r of rows(`
    SELECT b.id, b.paid_via, b.payment_id FROM utility_bills b
    WHERE b.paid_at IS NOT NULL AND NOT (
      (b.paid_via = 'elsewhere' AND b.payment_id IS NULL) OR
      (b.paid_via = 'payment' AND EXISTS (
        SELECT 1 FROM payments p JOIN payment_items pi ON pi.payment_id = p.id
        WHERE p.id = b.payment_id AND p.status = 'success' AND pi.kind = 'bill' AND pi.item_id = b.id)))`)) {
    out.push(`paid bill ${String(r.id)} (${String(r.paid_via)}) without a successful payment`)
  }
  for (const r of rows(`
    SELECT pi.item_id, p.id FROM payment_items pi JOIN payments p ON p.id = pi.payment_id
    WHERE p.status = 'success' AND NOT EXISTS (SELECT 1 FROM utility_bills b WHERE b.id = pi.item_id AND b.payment_id = p.id)`)) {
    out.push(`successful payment ${String(r.id)} did not mark bill ${String(r.item_id)} paid`)
  }
  for (const r of rows(`
    SELECT pi.item_id, COUNT(*) AS n FROM payment_items pi JOIN payments p ON p.id = pi.payment_id
    WHERE p.status IN ('created', 'started') GROUP BY pi.kind, pi.item_id HAVING COUNT(*) > 1`)) {
    out.push(`item ${String(r.item_id)} in ${String(r.n)} open payments`)
  }
  const holds = rows('SELECT kind, item_id, payment_id FROM payment_open_items ORDER BY kind, item_id')
  const openItems = rows(`
    SELECT pi.kind, pi.item_id, p.id AS payment_id FROM payment_items pi JOIN payments p ON p.id = pi.payment_id
    WHERE p.status IN ('created', 'started') ORDER BY pi.kind, pi.item_id`)
  if (JSON.stringify(holds) !== JSON.stringify(openItems)) out.push('payment_open_items does not match the open payments')
  for (const r of rows('SELECT * FROM payments')) {
    const status = String(r.status)
    const open = status === 'created' || status === 'started'
    if (open) {
      if ((r.expires_at as number) <= now) out.push(`payment ${String(r.id)} open past its expiry`)
      if (r.notify_at !== null && (r.notify_at as number) <= now) out.push(`payment ${String(r.id)} open with an overdue notification`)
      if (r.finished_at !== null || r.failure_code !== null) out.push(`open payment ${String(r.id)} has an end`)
    } else {
      if (r.finished_at === null) out.push(`finished payment ${String(r.id)} without finishedAt`)
      const failure = r.failure_code
      const ok =
        (status === 'success' && failure === null) ||
        (status === 'failed' && (failure === 'DECLINED' || failure === 'PAID_ELSEWHERE')) ||
        (status === 'cancelled' && failure === 'CANCELLED_BY_USER') ||
        (status === 'expired' && failure === 'EXPIRED' && r.finished_at === r.expires_at)
      if (!ok) out.push(`payment ${String(r.id)} ${status} with failure ${String(failure)}`)
    }
    if (status === 'started' || status === 'success' || status === 'failed') {
      if (r.started_at === null) out.push(`payment ${String(r.id)} ${status} was never started`)
    }
  }
  for (const r of rows(`
    SELECT p.id, p.amount_fen, SUM(pi.amount_fen) AS items FROM payments p JOIN payment_items pi ON pi.payment_id = p.id
    GROUP BY p.id HAVING p.amount_fen != SUM(pi.amount_fen)`)) {
    out.push(`payment ${String(r.id)} amount ${String(r.amount_fen)} != items ${String(r.items)}`)
  }
  return out
}

describe('payments: randomized sequences keep the invariants', () => {
  it(`${SEQUENCES} sequences (seed ${SEED})`, async () => {
    const started = Date.now()
    const rng = createRng(SEED)
    const failures: string[] = []
    for (let first = 0; first < SEQUENCES && failures.length === 0; first += SEQUENCES_PER_SERVER) {
      const t = await buildTestServer({ admin: true, paymentNotifyDelayMs: NOTIFY_MS })
      try {
        for (let n = 0; n < SEQUENCES_PER_SERVER && first + n < SEQUENCES; n += 1) {
          const index = first + n
          // Fresh bills for this sequence (distinct periods on the resident's water account).
          const billIds: string[] = []
          for (let b = 0; b < BILLS_PER_SEQUENCE; b += 1) {
            const res = await t.app.inject({
              method: 'POST',
              url: '/__admin/utilities/bills',
              payload: {
                providerId: SEEDED_ACCOUNTS.residentWater.providerId,
                accountNumber: SEEDED_ACCOUNTS.residentWater.accountNumber,
                period: period(2030, 1, n * BILLS_PER_SEQUENCE + b),
                amountFen: 3001 + Math.floor(rng.next() * 9000),
                dueDate: '2030-01-25',
              },
            })
            if (res.statusCode !== 201) throw new Error(`issue bill: ${res.statusCode} ${res.body}`)
            billIds.push(res.json<AdminBill>().id)
          }
          const sequence = new Sequence(t, rng, `seed ${SEED} sequence ${index}`, billIds)
          await sequence.login()
          const steps = 3 + Math.floor(rng.next() * 6)
          const ops: Op[] = []
          for (let s = 0; s < steps; s += 1) {
            const op = pickOp(rng)
            ops.push(op)
            await sequence.step(op)
          }
          // Any read applies what is due by the clock (lazy evaluation); then check the database.
          const read = await t.app.inject({ url: '/api/v1/payments?status=all&pageSize=50', headers: bearer((await login(t.app)).accessToken) })
          if (read.statusCode !== 200) sequence.failures.push(`${sequence.label}: list → ${read.statusCode}`)
          const violations = invariantViolations(t)
          failures.push(...sequence.failures, ...violations.map((v) => `${sequence.label} [${ops.join(' ')}]: ${v}`))
          counts.sequences += 1
          // Long runs report progress as they go (stderr is not buffered by jest).
          if (SEQUENCES > 520 && counts.sequences % 500 === 0) {
            process.stderr.write(`payments property test: ${counts.sequences}/${SEQUENCES} sequences, ${Date.now() - started} ms\n`)
          }
          if (failures.length > 0) break
        }
        const statuses = t.app.sandbox.db.prepare("SELECT status, COUNT(*) AS n FROM payments GROUP BY status").all() as {
          status: string
          n: number
        }[]
        for (const { status, n } of statuses) {
          if (status === 'success') counts.successes += n
          if (status === 'failed') counts.failed += n
          if (status === 'cancelled') counts.cancelled += n
          if (status === 'expired') counts.expired += n
        }
      } finally {
        await t.app.close()
      }
    }
    console.log(`payments property test (seed ${SEED}, ${Date.now() - started} ms)\n${JSON.stringify(counts, null, 2)}`)
    expect(failures).toEqual([])
    expect(counts.sequences).toBe(SEQUENCES)
    expect(counts.steps).toBeGreaterThan(SEQUENCES * 3)
    // The generator really exercises every path.
    for (const key of ['paymentsCreated', 'successes', 'failed', 'cancelled', 'expired', 'idempotentReplays', 'conflicts409', 'keyReused409', 'droppedResponses'] as const) {
      expect([key, counts[key] > 0]).toEqual([key, true])
    }
  })
})
