// The bindings helper on a table of its own (what the next bind-and-list service would write):
// one binding per user and target, a limit, owner-only reads and unbinding, extra columns kept.
import { openDatabase } from '../db/database'
import { ProblemError, problems } from '../http/problem'
import { createBindings, type BindingRowBase } from './bindings'

interface FundRow extends BindingRowBase {
  fund_account: string
  label: string
}

function setup(limit = 2) {
  const db = openDatabase(':memory:')
  db.exec('CREATE TABLE fund_bindings (id TEXT PRIMARY KEY, user_id TEXT NOT NULL, fund_account TEXT NOT NULL, label TEXT NOT NULL, bound_at INTEGER NOT NULL)')
  const bindings = createBindings<FundRow, 'fund_account'>(db, {
    table: 'fund_bindings',
    target: 'fund_account',
    idPrefix: 'fund',
    limit,
    problems: {
      notBound: () => problems.notFound('没有找到这个公积金账户'),
      forbidden: () => problems.forbiddenResource('该公积金账户'),
      alreadyBound: (existingId) => new ProblemError({ status: 409, code: 'FUND_ALREADY_BOUND', title: '已绑定', detail: '已绑定', extensions: { existingId } }),
      limitReached: () => new ProblemError({ status: 409, code: 'FUND_LIMIT_REACHED', title: '已达上限', detail: '已达上限' }),
    },
  })
  return { db, bindings }
}

const problemOf = (fn: () => unknown) => {
  try {
    fn()
  } catch (error) {
    if (error instanceof ProblemError) return { status: error.status, code: error.code, extensions: error.extensions }
    throw error
  }
  throw new Error('no problem thrown')
}

test('binds with its extra columns, lists oldest first, finds by target', () => {
  const { bindings } = setup()
  const first = bindings.bind('u1', '1001', 10, { extra: { label: '我的' } })
  bindings.bind('u1', '1002', 20, { extra: { label: '父母' } })
  expect(first).toMatchObject({ id: expect.stringMatching(/^fund_/), user_id: 'u1', fund_account: '1001', label: '我的', bound_at: 10 })
  expect(bindings.of('u1').map((b) => [b.fund_account, b.label])).toEqual([['1001', '我的'], ['1002', '父母']])
  expect(bindings.find('u1', '1001')?.id).toBe(first.id)
  expect(bindings.find('u2', '1001')).toBeUndefined()
})

test('the same target twice is 409 with the existing id; another user may bind it too', () => {
  const { bindings } = setup()
  const first = bindings.bind('u1', '1001', 10, { extra: { label: '我的' } })
  expect(problemOf(() => bindings.bind('u1', '1001', 11, { extra: { label: '又一次' } }))).toMatchObject({ status: 409, code: 'FUND_ALREADY_BOUND', extensions: { existingId: first.id } })
  expect(bindings.bind('u2', '1001', 12, { extra: { label: '家人' } }).user_id).toBe('u2')
})

test('the limit is per user and checked before the insert; a seed may bind past it', () => {
  const { db, bindings } = setup(2)
  bindings.bind('u1', 'a', 1, { extra: { label: '' } })
  bindings.bind('u1', 'b', 2, { extra: { label: '' } })
  expect(problemOf(() => bindings.bind('u1', 'c', 3, { extra: { label: '' } }))).toMatchObject({ status: 409, code: 'FUND_LIMIT_REACHED' })
  expect((db.prepare('SELECT COUNT(*) AS n FROM fund_bindings').get() as { n: number }).n).toBe(2)
  expect(bindings.bind('u1', 'c', 3, { extra: { label: '' }, limit: Number.MAX_SAFE_INTEGER, id: 'fund_seed' }).id).toBe('fund_seed')
})

test('only the owner reads or unbinds: unknown 404, someone else’s 403 and it stays', () => {
  const { bindings } = setup()
  const mine = bindings.bind('u1', '1001', 10, { extra: { label: '' } })
  expect(bindings.own(mine.id, 'u1').id).toBe(mine.id)
  expect(problemOf(() => bindings.own('fund_nope', 'u1'))).toMatchObject({ status: 404 })
  expect(problemOf(() => bindings.own(mine.id, 'u2'))).toMatchObject({ status: 403 })
  expect(problemOf(() => bindings.unbind(mine.id, 'u2'))).toMatchObject({ status: 403 })
  expect(bindings.byId(mine.id)).toBeDefined()
  bindings.unbind(mine.id, 'u1')
  expect(bindings.byId(mine.id)).toBeUndefined()
  expect(problemOf(() => bindings.unbind(mine.id, 'u1'))).toMatchObject({ status: 404 })
})
