import { PaymentStatusSchema, type Payment, type PaymentStatus } from '../../../contract'
import { buildTestServer, login } from '../../test/helpers'
import { RESIDENT_WATER, billsOf, createPayment } from '../../test/payment-helpers'
import { FINISHED_STATUSES, IllegalTransitionError, OPEN_STATUSES, TRANSITIONS, assertTransition, canTransition } from './state'

const ALL = PaymentStatusSchema.anyOf.map((s) => s.const) as PaymentStatus[]

describe('payment state machine', () => {
  it('allows exactly created → started → success|failed, created|started → cancelled|expired', () => {
    const legal = new Set([
      'created→started',
      'created→cancelled',
      'created→expired',
      'started→success',
      'started→failed',
      'started→cancelled',
      'started→expired',
    ])
    expect(ALL).toHaveLength(6)
    for (const from of ALL) {
      for (const to of ALL) {
        const key = `${from}→${to}`
        expect([key, canTransition(from, to)]).toEqual([key, legal.has(key)])
        if (legal.has(key)) expect(() => assertTransition(from, to)).not.toThrow()
        else expect(() => assertTransition(from, to)).toThrow(IllegalTransitionError)
      }
    }
  })

  it('finished states are final; open and finished partition the states', () => {
    for (const s of FINISHED_STATUSES) expect(TRANSITIONS[s]).toEqual([])
    expect([...OPEN_STATUSES, ...FINISHED_STATUSES].sort()).toEqual([...ALL].sort())
  })

  it('the database refuses states outside the machine', async () => {
    const t = await buildTestServer()
    const token = (await login(t.app)).accessToken
    const [bill] = await billsOf(t.app, token, RESIDENT_WATER, 'unpaid')
    const payment = (await createPayment(t.app, token, 'state-key-1', [bill.id])).json<Payment>()
    expect(() => t.app.sandbox.db.prepare("UPDATE payments SET status = 'refunded' WHERE id = ?").run(payment.id)).toThrow(/CHECK/)
    expect(() => t.app.sandbox.db.prepare("UPDATE payments SET failure_code = 'OOPS' WHERE id = ?").run(payment.id)).toThrow(/CHECK/)
    await t.app.close()
  })
})
