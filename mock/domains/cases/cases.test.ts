import type { LightMyRequestResponse } from 'fastify'
import type { CaseDetail, CaseList, CasePublicView, Inbox } from '../../../contract'
import { createManualClock, type ManualClock } from '../../lib/clock'
import { cstDate } from '../../lib/china-time'
import { addWorkingDays, workingDaysBetween } from '../../lib/working-days'
import { bearer, buildTestServer, expectProblem, login, type TestServer } from '../../test/helpers'
import { createCase } from './create-case'
import { pairDelayMs, PAIR_FREE_FAILURES } from './lookup'
import { SEEDED_CASES } from './seed'

// 2026-11-27 09:00 China time, a Friday: seeds and deadlines use the 2026 holiday table.
const START = Date.UTC(2026, 10, 27, 1)
const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE
const S = SEEDED_CASES

let t: TestServer
let clock: ManualClock
let token: string
beforeEach(async () => {
  // buildTestServer's own clock is replaced by this one: move this one.
  clock = createManualClock(START)
  t = await buildTestServer({ admin: true, clock })
  token = (await login(t.app, 'resident')).accessToken
})
afterEach(async () => {
  await t.app.close()
})

const get = (url: string, auth: string | null = token) => t.app.inject({ url: `/api/v1${url}`, headers: auth === null ? {} : bearer(auth) })
const list = async (filter = 'all', auth = token) => (await get(`/cases?filter=${filter}`, auth)).json<CaseList>()
const idOf = async (caseNumber: string, auth = token) => (await list('all', auth)).items.find((c) => c.caseNumber === caseNumber)!.id
const detail = async (caseNumber: string, auth = token) => (await get(`/cases/${await idOf(caseNumber, auth)}`, auth)).json<CaseDetail>()
const lookup = (caseNumber: string, password: string, remoteAddress = '203.0.113.7') =>
  t.app.inject({ method: 'POST', url: '/api/v1/cases/lookup', payload: { caseNumber, password }, remoteAddress })
const advance = (caseNumber: string, payload: object = {}) => t.app.inject({ method: 'POST', url: `/__admin/cases/${caseNumber}/advance`, payload })
const rectify = (caseNumber: string, payload: object) => t.app.inject({ method: 'POST', url: `/__admin/cases/${caseNumber}/rectification`, payload })
const rate = (id: string, payload: object, auth = token) => t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/ratings`, headers: bearer(auth), payload })
const resubmit = (id: string, payload: object, key: string | null = 'resubmit-key-0001') =>
  t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/resubmission`, headers: { ...bearer(token), ...(key === null ? {} : { 'idempotency-key': key }) }, payload })
const messages = (userId = 'u100001') =>
  t.app.sandbox.db.prepare('SELECT kind, title, body, subject_kind, subject_id FROM messages WHERE user_id = ? ORDER BY created_at, rowid').all(userId) as {
    kind: string
    title: string
    body: string
    subject_kind: string
    subject_id: string
  }[]
const inbox = async (auth = token) => (await get('/inbox', auth)).json<Inbox>().items.filter((i) => i.kind === 'case')
/** Moves the clock (days later the access token has expired: log in again). */
async function travel(ms: number, to?: number) {
  if (to === undefined) clock.advance(ms)
  else clock.set(to)
  token = (await login(t.app, 'resident')).accessToken
}
const ok = (res: LightMyRequestResponse) => {
  expect([res.statusCode, res.statusCode < 300 ? '' : res.body]).toEqual([expect.any(Number), ''])
  return res.json<CaseDetail>()
}

describe('seeded cases and my cases', () => {
  it('gives the resident a case in every stage and side state, newest first, with the filters', async () => {
    const all = await list()
    const stages = new Set(all.items.map((c) => c.stage))
    for (const stage of ['submitted', 'accepted', 'reviewing', 'decided', 'completed', 'delivered', 'correction', 'special', 'rejected', 'returned']) {
      expect([stage, stages.has(stage as never)]).toEqual([stage, true])
    }
    const resident = Object.values(S).filter((c) => c.userId === 'u100001')
    expect(all.items.map((c) => c.caseNumber).sort()).toEqual(resident.map((c) => c.caseNumber).sort())
    for (const spec of resident) expect([spec.caseNumber, all.items.find((c) => c.caseNumber === spec.caseNumber)!.stage]).toEqual([spec.caseNumber, spec.stage])
    const times = all.items.map((c) => Date.parse(c.submittedAt))
    expect(times).toEqual([...times].sort((a, b) => b - a))

    const active = await list('active')
    expect(active.items.map((c) => c.stage).sort()).toEqual(['accepted', 'correction', 'decided', 'reviewing', 'special', 'submitted'])
    const waiting = await list('waiting')
    expect(waiting.items.map((c) => [c.caseNumber, c.waitingFor]).sort()).toEqual(
      [
        [S.correction.caseNumber, 'correction'],
        [S.completed.caseNumber, 'rating'],
      ].sort(),
    )
    const done = await list('done')
    expect(done.items.map((c) => c.stage).sort()).toEqual(['completed', 'delivered', 'delivered', 'rejected', 'returned'])
    expect(all.counts).toEqual({ active: 6, waiting: 2, done: 5 })
    expectProblem(await get('/cases?filter=open'), 400, 'VALIDATION_FAILED')
    expectProblem(await get('/cases', null), 401, 'TOKEN_MISSING')
  })

  it('gives the other personas their own few cases and the newcomer none', async () => {
    const elder = (await login(t.app, 'elder')).accessToken
    expect((await list('all', elder)).items.map((c) => c.caseNumber).sort()).toEqual([S.elderCompleted.caseNumber, S.elderReviewing.caseNumber].sort())
    const company = (await login(t.app, 'company')).accessToken
    expect((await list('all', company)).items).toHaveLength(2)
    const newcomer = (await login(t.app, 'newcomer')).accessToken
    expect(await list('all', newcomer)).toEqual({ items: [], counts: { active: 0, waiting: 0, done: 0 } })
  })

  it('shows a case only to its applicant', async () => {
    const elder = (await login(t.app, 'elder')).accessToken
    const id = await idOf(S.reviewing.caseNumber)
    expectProblem(await get(`/cases/${id}`, elder), 403, 'FORBIDDEN_RESOURCE')
    expectProblem(await get('/cases/case_unknown'), 404, 'NOT_FOUND')
    expectProblem(await get(`/cases/${id}`, null), 401, 'TOKEN_MISSING')
  })

  it('details: timeline in order, masked applicant, the 补正 checklist, 特别程序 with reason and until, reasons, delivery', async () => {
    const correction = await detail(S.correction.caseNumber)
    expect(correction.applicantName).toBe('*大友')
    expect(correction.timeline.map((e) => e.stage)).toEqual(['submitted', 'accepted', 'reviewing', 'correction'])
    const times = correction.timeline.map((e) => Date.parse(e.at))
    expect(times).toEqual([...times].sort((a, b) => a - b))
    expect(correction.correction).toMatchObject({ resubmittedAt: null, answers: null, dueDate: addWorkingDays(cstDate(START - DAY), 5) })
    expect(correction.correction!.items.map((i) => i.title)).toEqual(['户口簿复印件', '近 6 个月医疗费用票据', '家庭收入情况说明'])
    expect(correction.timeline[3].note).toContain('户口簿复印件')
    expect(correction.waitingFor).toBe('correction')

    const special = await detail(S.special.caseNumber)
    expect(special.special).toMatchObject({ reason: '需现场踏勘并公示（公示期 10 个工作日）', endedOn: null })
    expect(special.special!.until > cstDate(START)).toBe(true)
    expect(special.deadline).toMatchObject({ clock: 'paused', promisedWorkingDays: 20 })
    expect(special.timeline.at(-1)!.note).toContain(special.special!.until)
    expect(special.timeline.at(-1)!.note).toContain('暂停计时')

    const rejected = await detail(S.rejected.caseNumber)
    expect(rejected.outcomeReason).toContain('不属于本机关管辖')
    expect(rejected.deadline).toBeNull()
    expect(rejected.timeline.at(-1)).toMatchObject({ stage: 'rejected', note: expect.stringContaining('不予受理') })
    const returned = await detail(S.returned.caseNumber)
    expect(returned.outcomeReason).toContain('补正期限届满未补正')
    expect(returned.deadline).toMatchObject({ clock: 'stopped' })

    const delivered = await detail(S.delivered.caseNumber)
    expect(delivered.delivery).toEqual({ method: 'ems', place: '浙江省杭州市西湖区****', trackingNumber: '1105246813579', status: 'delivered' })
    expect(delivered.ratings).toEqual([expect.objectContaining({ round: 'initial', level: 'satisfied' })])
    expect(delivered.ratable).toBeNull()
    expect(JSON.stringify(delivered)).not.toContain('文三路')

    const completed = await detail(S.completed.caseNumber)
    expect(completed).toMatchObject({ kind: 'immediate', ratable: 'initial', waitingFor: 'rating', delivery: { method: 'pickup', status: 'ready_for_pickup' } })
    expect(completed.deadline).toMatchObject({ promisedWorkingDays: 0, clock: 'stopped', overdue: false })

    const rectifying = await detail(S.rectifying.caseNumber)
    expect(rectifying.rectification).toMatchObject({ status: 'rectifying', callbackNote: expect.stringContaining('回访'), rectifiedAt: null, overdue: false })
    expect(rectifying.ratings).toEqual([expect.objectContaining({ level: 'dissatisfied', comment: expect.stringContaining('跑了两趟') })])
    expect(rectifying.ratable).toBeNull()
  })

  it('counts the deadline in working days from 受理 and returns the days left', async () => {
    const accepted = await detail(S.accepted.caseNumber)
    const acceptedOn = cstDate(Date.parse(accepted.timeline[1].at))
    expect(accepted.deadline).toEqual({
      promisedWorkingDays: 10,
      acceptedOn,
      dueDate: addWorkingDays(acceptedOn, 10),
      pausedWorkingDays: 0,
      clock: 'running',
      remainingWorkingDays: workingDaysBetween(cstDate(START), addWorkingDays(acceptedOn, 10)),
      overdue: false,
    })
    expect((await detail(S.submitted.caseNumber)).deadline).toBeNull()
  })
})

describe('特别程序 pauses the clock', () => {
  it('keeps the days left while paused, moves the due date, and resumes when it ends', async () => {
    const before = (await detail(S.special.caseNumber)).deadline!
    await travel(7 * DAY) // a week later, still inside the procedure
    const during = (await detail(S.special.caseNumber)).deadline!
    expect(during).toMatchObject({ clock: 'paused', remainingWorkingDays: before.remainingWorkingDays })
    expect(during.pausedWorkingDays).toBe(before.pausedWorkingDays + 5)
    expect(during.dueDate).toBe(addWorkingDays(before.dueDate, 5))

    const resumed = ok(await advance(S.special.caseNumber, { note: '公示期满无异议，恢复计时' }))
    expect(resumed.stage).toBe('reviewing')
    expect(resumed.special!.endedOn).toBe(cstDate(clock.now()))
    expect(resumed.timeline.at(-1)).toMatchObject({ stage: 'reviewing', note: '公示期满无异议，恢复计时' })
    await travel(3 * DAY) // Fri → Mon: one working day runs
    const after = (await detail(S.special.caseNumber)).deadline!
    expect(after).toMatchObject({ clock: 'running', dueDate: during.dueDate, remainingWorkingDays: during.remainingWorkingDays - 1 })
  })

  it('ends by itself after its until-date (sweep), with a timeline event and one message', async () => {
    const until = (await detail(S.special.caseNumber)).special!.until
    await travel(20 * DAY)
    t.app.sandbox.sweep()
    t.app.sandbox.sweep()
    const d = await detail(S.special.caseNumber)
    expect(d.stage).toBe('reviewing')
    expect(d.special!.endedOn).toBe(until)
    expect(d.timeline.at(-1)!.note).toContain('期满')
    expect(messages().filter((m) => m.body.includes('恢复计时'))).toHaveLength(1)
  })
})

describe('public lookup by 办件编号 + 查询密码', () => {
  it('returns a masked view without login', async () => {
    const res = await lookup(S.delivered.caseNumber, S.delivered.password)
    expect(res.statusCode).toBe(200)
    const view = res.json<CasePublicView>()
    expect(view).toMatchObject({
      caseNumber: S.delivered.caseNumber,
      applicantName: '*大友',
      serviceName: '机动车驾驶证期满换证',
      stage: 'delivered',
      delivery: { method: 'ems', trackingNumber: '1105*****3579', status: 'delivered' },
    })
    expect(view.timeline.length).toBeGreaterThanOrEqual(4)
    const text = JSON.stringify(view)
    for (const secret of ['王大友', '文三路', '1105246813579', 'satisfied']) expect([secret, text.includes(secret)]).toEqual([secret, false])
    // Spaces in the number are ignored (people copy it from a printed receipt).
    const spaced = S.correction.caseNumber.replace(/(\d{6})/g, '$1 ')
    expect((await lookup(spaced, S.correction.password)).json<CasePublicView>()).toMatchObject({ stage: 'correction' })
  })

  it('answers an unknown number exactly like a wrong password', async () => {
    const wrong = expectProblem(await lookup(S.correction.caseNumber, '000000'), 404, 'CASE_LOOKUP_FAILED')
    const unknown = expectProblem(await lookup('330100209901010000009999', '000000', '203.0.113.8'), 404, 'CASE_LOOKUP_FAILED')
    const strip = ({ requestId: _r, instance: _i, ...rest }: Record<string, unknown>) => rest
    expect(strip(unknown)).toEqual(strip(wrong))
    expect(wrong.detail).toContain('还可尝试 2 次')
  })

  it('checks the format first (not counted as a failure)', async () => {
    expect(expectProblem(await lookup('33010020261127', '123456'), 400, 'VALIDATION_FAILED').errors?.[0].field).toBe('caseNumber')
    expect(expectProblem(await lookup(S.correction.caseNumber, '12ab'), 400, 'VALIDATION_FAILED').errors?.[0].field).toBe('password')
    expectProblem(await t.app.inject({ method: 'POST', url: '/api/v1/cases/lookup', payload: { caseNumber: S.correction.caseNumber } }), 400, 'VALIDATION_FAILED')
    expect((await lookup(S.correction.caseNumber, S.correction.password)).statusCode).toBe(200)
  })

  it('makes one client wait longer after each failure on a number, says when, and refuses even the right password meanwhile', async () => {
    const attacker = '198.51.100.7'
    for (let i = 0; i < PAIR_FREE_FAILURES; i += 1) expectProblem(await lookup(S.correction.caseNumber, `00000${i}`, attacker), 404, 'CASE_LOOKUP_FAILED')
    // The 4th failure costs 30 s, the 5th 1 min, the 6th 2 min: growing delays.
    const waits: number[] = []
    for (let i = 0; i < 3; i += 1) {
      expectProblem(await lookup(S.correction.caseNumber, '111111', attacker), 404, 'CASE_LOOKUP_FAILED')
      const res = await lookup(S.correction.caseNumber, S.correction.password, attacker)
      const problem = expectProblem(res, 429, 'LOOKUP_RATE_LIMITED')
      expect(res.headers['retry-after']).toBe(String(problem.retryAfter))
      waits.push(problem.retryAfter as number)
      clock.advance((problem.retryAfter as number) * 1000)
    }
    expect(waits).toEqual([30, 60, 120])
    expect(pairDelayMs(20)).toBe(15 * MINUTE)
    // After waiting, the right password works (and clears that client's failures on the number).
    expect((await lookup(S.correction.caseNumber, S.correction.password, attacker)).statusCode).toBe(200)
    expect((await lookup(S.correction.caseNumber, '222222', attacker)).statusCode).toBe(404)
    expect((await lookup(S.correction.caseNumber, S.correction.password, attacker)).statusCode).toBe(200)
  })

  it('an attacker cannot lock the owner out: failures from other clients never block the owner', async () => {
    // Many wrong passwords for one case number, from many clients (the old limit: 5 from anyone blocked everyone for 15 min).
    for (let c = 0; c < 8; c += 1) {
      for (let i = 0; i < 4; i += 1) await lookup(S.correction.caseNumber, `99999${i}`, `198.51.100.${c}`)
    }
    const owner = await lookup(S.correction.caseNumber, S.correction.password, '192.0.2.50')
    expect(owner.statusCode).toBe(200)
    // The attacking clients themselves are slowed down.
    expectProblem(await lookup(S.correction.caseNumber, '123123', '198.51.100.0'), 429, 'LOOKUP_RATE_LIMITED')
  })

  it('treats an unknown number the same way (no disclosure through the limit either)', async () => {
    const unknown = '330100209901010000009999'
    for (let i = 0; i < 4; i += 1) expectProblem(await lookup(unknown, '123456', '198.51.100.9'), 404, 'CASE_LOOKUP_FAILED')
    expectProblem(await lookup(unknown, '123456', '198.51.100.9'), 429, 'LOOKUP_RATE_LIMITED')
    expectProblem(await lookup(S.correction.caseNumber, '123456', '198.51.100.9'), 404, 'CASE_LOOKUP_FAILED')
  })

  it('blocks a client after 10 failures across numbers for 15 minutes; other clients go on', async () => {
    const numbers = Object.values(S).map((c) => c.caseNumber)
    for (let i = 0; i < 10; i += 1) expectProblem(await lookup(numbers[i], '999999', '203.0.113.66'), 404, 'CASE_LOOKUP_FAILED')
    const res = await lookup(S.delivered.caseNumber, S.delivered.password, '203.0.113.66')
    const blocked = expectProblem(res, 429, 'LOOKUP_RATE_LIMITED')
    expect(blocked.retryAfter).toBe(15 * 60)
    expect(res.headers['retry-after']).toBe('900')
    // The first failure was at 09:00 China time: free again at 09:15.
    expect(blocked.detail).toContain('09:15')
    expect(blocked.detail).toContain('约 15 分钟后')
    expect((await lookup(S.delivered.caseNumber, S.delivered.password, '203.0.113.67')).statusCode).toBe(200)
    clock.advance(15 * MINUTE)
    expect((await lookup(S.delivered.caseNumber, S.delivered.password, '203.0.113.66')).statusCode).toBe(200)
  })
})

describe('补正: the applicant resubmits, the case goes back into 审查', () => {
  const answers = [
    { itemId: 'c1', text: '已重新扫描户口簿户主页和本人页，并于窗口提交原件核验' },
    { itemId: 'c2', text: '已补充 8 月份住院票据 2 张' },
    { itemId: 'c3', text: '家庭成员近 12 个月收入合计 5.2 万元，已签字' },
  ]

  it('needs an Idempotency-Key and every checklist item answered (errors per field)', async () => {
    const id = await idOf(S.correction.caseNumber)
    expectProblem(await resubmit(id, { answers }, null), 400, 'IDEMPOTENCY_KEY_MISSING')
    const missing = expectProblem(await resubmit(id, { answers: answers.slice(0, 2) }), 400, 'VALIDATION_FAILED')
    expect(missing.errors).toEqual([{ field: 'answers', code: 'INVALID', message: '请填写“家庭收入情况说明”的补正说明' }])
    const blank = expectProblem(await resubmit(id, { answers: [answers[0], answers[1], { itemId: 'c3', text: '   ' }] }), 400, 'VALIDATION_FAILED')
    expect(blank.errors?.[0]).toMatchObject({ field: 'answers[2].text' })
    const unknown = expectProblem(await resubmit(id, { answers: [...answers, { itemId: 'c9', text: 'x' }] }), 400, 'VALIDATION_FAILED')
    expect(unknown.errors?.[0]).toMatchObject({ field: 'answers[3].itemId' })
    expect((await detail(S.correction.caseNumber)).stage).toBe('correction')
  })

  it('stores the answers, adds the event, notifies, replays the same request and refuses a second one', async () => {
    const id = await idOf(S.correction.caseNumber)
    const first = await resubmit(id, { answers })
    const d = ok(first)
    expect(first.statusCode).toBe(200)
    expect(d.stage).toBe('reviewing')
    expect(d.waitingFor).toBeNull()
    expect(d.correction).toMatchObject({ resubmittedAt: new Date(START).toISOString(), answers })
    expect(d.timeline.at(-1)).toMatchObject({ stage: 'reviewing', note: '已提交补正（3 项），重新进入审查' })
    const replay = await resubmit(id, { answers })
    expect([replay.statusCode, replay.headers['idempotent-replayed']]).toEqual([200, 'true'])
    expect(replay.json<CaseDetail>().timeline).toHaveLength(d.timeline.length)
    expectProblem(await resubmit(id, { answers: [{ ...answers[0], text: '别的内容' }, answers[1], answers[2]] }), 409, 'IDEMPOTENCY_KEY_REUSED')
    expectProblem(await resubmit(id, { answers }, 'another-key-0002'), 409, 'CASE_NOT_AWAITING_CORRECTION')
    expect(messages().map((m) => m.body)).toEqual([expect.stringMatching(/^您申请的“医疗救助申请”（办件编号尾号 0005）已进入审查。$/)])
    expect((await inbox()).some((i) => i.action === '去补正')).toBe(false)
  })

  it('refuses a resubmission for a case not in 补正', async () => {
    expectProblem(await resubmit(await idOf(S.reviewing.caseNumber), { answers }), 409, 'CASE_NOT_AWAITING_CORRECTION')
  })
})

describe('admin advance', () => {
  it('moves to the next stage, or through the stages to a target, one event and one message per step', async () => {
    const next = ok(await advance(S.submitted.caseNumber))
    expect(next.stage).toBe('accepted')
    expect(next.deadline).toMatchObject({ acceptedOn: '2026-11-27', dueDate: addWorkingDays('2026-11-27', 20), clock: 'running', remainingWorkingDays: 20 })
    const done = ok(await advance(S.submitted.caseNumber, { to: 'completed', note: '准予保障，请领取资格证明' }))
    expect(done.timeline.map((e) => e.stage)).toEqual(['submitted', 'accepted', 'reviewing', 'decided', 'completed'])
    expect(done.timeline.at(-1)!.note).toBe('准予保障，请领取资格证明')
    expect(done).toMatchObject({ stage: 'completed', ratable: 'initial', waitingFor: 'rating', deadline: { clock: 'stopped', overdue: false } })
    const sent = messages()
    expect(sent).toHaveLength(4)
    for (const m of sent) {
      expect(m).toMatchObject({ kind: 'case_stage', title: '办件进度更新', subject_kind: 'case', subject_id: done.id })
      expect(m.body).toContain('尾号 0001')
      expect(m.body).not.toContain('王大友')
    }
    expect(ok(await advance(S.submitted.caseNumber)).stage).toBe('delivered')
    expectProblem(await advance(S.submitted.caseNumber), 409, 'CASE_STAGE_CONFLICT')
  })

  it('enters the side states only from where they make sense', async () => {
    expectProblem(await advance(S.reviewing.caseNumber, { to: 'rejected', note: '不属于本机关' }), 409, 'CASE_STAGE_CONFLICT')
    expectProblem(await advance(S.reviewing.caseNumber, { to: 'accepted' }), 409, 'CASE_STAGE_CONFLICT')
    expectProblem(await advance(S.rejected.caseNumber), 409, 'CASE_STAGE_CONFLICT')
    expectProblem(await advance('330100209901010000009999'), 404, 'NOT_FOUND')
    const rejected = ok(await advance(S.submitted.caseNumber, { to: 'rejected', note: '申请人不符合保障条件' }))
    expect([rejected.stage, rejected.outcomeReason, rejected.deadline]).toEqual(['rejected', '申请人不符合保障条件', null])
    const correction = ok(await advance(S.reviewing.caseNumber, { to: 'correction', items: [{ title: '学历证书', hint: '请补充学信网认证报告' }], correctionWorkingDays: 3 }))
    expect(correction.correction).toMatchObject({ dueDate: addWorkingDays('2026-11-27', 3), items: [{ id: 'c1', title: '学历证书', hint: '请补充学信网认证报告' }] })
    const special = ok(await advance(S.decided.caseNumber, { to: 'special', note: '需要听证', until: '2026-12-11' }))
    expect(special.special).toEqual({ reason: '需要听证', startedOn: '2026-11-27', until: '2026-12-11', endedOn: null })
    expect(ok(await advance(S.decided.caseNumber)).stage).toBe('decided')
    expect(ok(await advance(S.accepted.caseNumber, { to: 'returned', note: '申请人撤回申请' })).outcomeReason).toBe('申请人撤回申请')
  })

  it('gives an EMS case a tracking number at 办结', async () => {
    const d = ok(await advance(S.reviewing.caseNumber, { to: 'completed' }))
    expect(d.delivery).toMatchObject({ method: 'ems', status: 'in_transit', trackingNumber: expect.stringMatching(/^11[0-9]{11}$/) })
  })
})

describe('好差评 and the rectification', () => {
  it('rates only after 办结, once, with the indicators', async () => {
    expectProblem(await rate(await idOf(S.reviewing.caseNumber), { level: 'satisfied' }), 409, 'CASE_NOT_RATABLE')
    const id = await idOf(S.completed.caseNumber)
    expectProblem(await rate(id, { level: 'great' }), 400, 'VALIDATION_FAILED')
    expect(expectProblem(await rate(id, { level: 'satisfied', indicators: { overall: 6 } }), 400, 'VALIDATION_FAILED').errors?.[0].field).toMatch(/overall/)
    const res = await rate(id, { level: 'very_satisfied', comment: ' 窗口很快 ', indicators: { overall: 5, efficiency: 5, guideAccuracy: 4, convenience: 5, usability: 4 } })
    expect(res.statusCode).toBe(201)
    const d = res.json<CaseDetail>()
    expect(d.ratings).toEqual([
      {
        round: 'initial',
        level: 'very_satisfied',
        comment: '窗口很快',
        indicators: { overall: 5, efficiency: 5, guideAccuracy: 4, convenience: 5, usability: 4 },
        ratedAt: new Date(START).toISOString(),
      },
    ])
    expect([d.ratable, d.waitingFor, d.rectification]).toEqual([null, null, null])
    expectProblem(await rate(id, { level: 'satisfied' }), 409, 'CASE_ALREADY_RATED')
    expect(t.app.sandbox.db.prepare('SELECT COUNT(*) AS n FROM case_ratings WHERE case_id = ?').get(id)).toEqual({ n: 1 })
  })

  it('不满意 opens a rectification: 待回访 (1 working day) → 整改中 (15) → 已整改, then exactly one follow-up rating', async () => {
    const id = await idOf(S.completed.caseNumber)
    const rated = (await rate(id, { level: 'dissatisfied', comment: '需要的材料清单和现场要求不一致' })).json<CaseDetail>()
    // Friday 2026-11-27: 1 working day → Monday 11-30; 15 → 2026-12-18.
    expect(rated.rectification).toEqual({
      status: 'callback_pending',
      openedAt: new Date(START).toISOString(),
      callbackDueDate: '2026-11-30',
      callbackAt: null,
      callbackNote: null,
      fixDueDate: '2026-12-18',
      rectifiedAt: null,
      rectifiedNote: null,
      overdue: false,
    })
    expect(messages().at(-1)).toMatchObject({ kind: 'case_rectification', body: expect.stringContaining('2026-11-30 前回访') })
    expectProblem(await rate(id, { level: 'satisfied' }), 409, 'RECTIFICATION_IN_PROGRESS')
    await travel(4 * DAY) // Tuesday: the call-back is overdue
    expect((await detail(S.completed.caseNumber)).rectification).toMatchObject({ status: 'callback_pending', overdue: true })

    expectProblem(await rectify(S.completed.caseNumber, { to: 'rectified' }), 409, 'CASE_STAGE_CONFLICT')
    expect(ok(await rectify(S.completed.caseNumber, { to: 'rectifying', note: '已电话回访' })).rectification).toMatchObject({
      status: 'rectifying',
      callbackNote: '已电话回访',
      overdue: false,
    })
    const fixed = ok(await rectify(S.completed.caseNumber, { to: 'rectified', note: '已统一窗口与网上的材料清单' }))
    expect(fixed.rectification).toMatchObject({ status: 'rectified', rectifiedNote: '已统一窗口与网上的材料清单' })
    expect([fixed.ratable, fixed.waitingFor]).toEqual(['follow_up', 'follow_up_rating'])
    expect((await inbox()).find((i) => i.subject.id === id)).toMatchObject({ action: '去评价', title: expect.stringContaining('整改已完成') })
    expect(messages().filter((m) => m.kind === 'case_rectification')).toHaveLength(3)

    // The follow-up may be bad again: it is recorded, and nothing reopens.
    const follow = (await rate(id, { level: 'very_dissatisfied', comment: '还是不满意' })).json<CaseDetail>()
    expect(follow.ratings.map((r) => [r.round, r.level])).toEqual([
      ['initial', 'dissatisfied'],
      ['follow_up', 'very_dissatisfied'],
    ])
    expect(follow.rectification!.status).toBe('rectified')
    expect(follow.ratable).toBeNull()
    expectProblem(await rate(id, { level: 'satisfied' }), 409, 'CASE_ALREADY_RATED')
    expectProblem(await rectify(S.completed.caseNumber, { to: 'rectifying' }), 409, 'CASE_STAGE_CONFLICT')
  })

  it('has no rectification for a case never rated badly', async () => {
    expectProblem(await rectify(S.delivered.caseNumber, { to: 'rectifying' }), 409, 'CASE_STAGE_CONFLICT')
  })
})

describe('to-do inbox', () => {
  it('lists the 补正 (去补正, urgency from its due date) and the unrated case (去评价)', async () => {
    const items = await inbox()
    const id = await idOf(S.correction.caseNumber)
    const due = (await detail(S.correction.caseNumber)).correction!.dueDate
    expect(items).toEqual(
      expect.arrayContaining([
        {
          id: `case:${id}:correction`,
          kind: 'case',
          title: '办件需补正：医疗救助申请',
          detail: `杭州市西湖区医疗保障局 · 3 项待补正 · ${due} 前提交`,
          amountFen: null,
          dueAt: expect.any(String),
          urgency: 'later',
          action: '去补正',
          subject: { kind: 'case-correction', id },
        },
        expect.objectContaining({ kind: 'case', action: '去评价', title: '请评价：《就业创业证》申领', urgency: 'later' }),
      ]),
    )
    expect(items).toHaveLength(2)
    expect(cstDate(Date.parse(items.find((i) => i.action === '去补正')!.dueAt!))).toBe(due)
    // Near the due date it becomes urgent.
    await travel(0, Date.parse(`${due}T01:00:00Z`))
    expect((await inbox()).find((i) => i.action === '去补正')!.urgency).toBe('today')
    await rate(await idOf(S.completed.caseNumber), { level: 'satisfied' })
    expect((await inbox()).map((i) => i.action)).toEqual(['去补正'])
  })
})

describe('cases opened by other services (createCase)', () => {
  it('lists, details, looks up and advances a certificate application like a seeded case', async () => {
    const db = t.app.sandbox.db
    const created = db.transaction(() =>
      createCase(
        db,
        {
          userId: 'u100001',
          serviceName: '居住证申领',
          department: '杭州市公安局西湖区分局',
          cityCode: '330100',
          kind: 'promised',
          promisedWorkingDays: 15,
          delivery: { method: 'ems', address: '浙江省杭州市西湖区文三路 90 号 3 幢 502 室' },
          source: { kind: 'certificate_application', id: 'capp_test' },
          form: { residence: '西湖区' },
        },
        clock.now(),
      ),
    )()
    const summary = (await list('active')).items.find((c) => c.id === created.id)!
    expect(summary).toMatchObject({ stage: 'submitted', sourceKind: 'certificate_application', deadline: null, waitingFor: null })
    expect((await list()).items[0].id).toBe(created.id)
    const d = (await get(`/cases/${created.id}`)).json<CaseDetail>()
    expect(d.timeline).toEqual([{ stage: 'submitted', at: new Date(START).toISOString(), department: '杭州市公安局西湖区分局', note: '申请已提交，等待受理' }])
    expect(d.delivery).toEqual({ method: 'ems', place: '浙江省杭州市西湖区****', trackingNumber: null, status: 'waiting' })
    const view = (await lookup(created.caseNumber, created.queryPassword)).json<CasePublicView>()
    expect(view).toMatchObject({ caseNumber: created.caseNumber, serviceName: '居住证申领', stage: 'submitted' })
    const completed = ok(await advance(created.caseNumber, { to: 'completed' }))
    expect(completed.delivery.trackingNumber).toMatch(/^11[0-9]{11}$/)
    expect(completed.ratable).toBe('initial')
  })
})
