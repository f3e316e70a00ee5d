import {
  PRESENTATION_TTL_SECONDS,
  SHOWING_WINDOW_SECONDS,
  type ApplicationForm,
  type ApplicationReceipt,
  type ApplicationTypeList,
  type Certificate,
  type CertificateList,
  type CertificateUsageList,
  type Inbox,
  type Presentation,
  type Verification,
} from '../../../contract'
import { cstDate } from '../../lib/china-time'
import { withIdCheckChar } from '../../../contract/rules/id-number'
import { bearer, buildTestServer, expectProblem, login, type TestServer } from '../../test/helpers'
import { verifyQueryPassword } from '../cases/query-password'
import { PERSONAS } from '../auth/seed'
import { scoringCycleStartMs } from './present'
import { SEEDED_CERTIFICATES as C, SEEDED_PINS } from './seed'

const DAY_MS = 24 * 60 * 60 * 1000
const HALL = 'hall-330100-1'

let t: TestServer
let token: string
beforeEach(async () => {
  // The test clock starts at 2025-01-06 09:00 China time: the seed's "today".
  t = await buildTestServer()
  token = (await login(t.app, 'resident')).accessToken
})
afterEach(async () => {
  await t.app.close()
})

const get = (url: string, auth: string | null = token) => t.app.inject({ url: `/api/v1${url}`, headers: auth === null ? {} : bearer(auth) })
const post = (url: string, payload: object, auth: string | null = token, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: { ...(auth === null ? {} : bearer(auth)), ...headers }, payload })
const show = (id: string, body: object, auth = token) => post(`/certificates/${id}/presentations`, body, auth)
const verify = (tokenOrPayload: string, organisation = '杭州市民中心行政服务大厅') => post('/certificates/verifications', { token: tokenOrPayload, organisation }, null)
// Rows of a table or a filtered table (the case service seeds cases of its own, so count only certificate applications' cases).
const count = (table: string) => (t.app.sandbox.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n
const wallet = async (auth = token) => (await get('/certificates', auth)).json<CertificateList>().items

describe('wallet', () => {
  it('holds the resident’s five certificates, masked, with status labels and trust levels', async () => {
    const res = await get('/certificates')
    expect(res.statusCode).toBe(200)
    const items = res.json<CertificateList>().items
    expect(items.map((c) => [c.type, c.statusLabel, c.statusReason])).toEqual([
      ['id_card', '正常', null],
      ['driving_licence', '正常', null],
      ['vehicle_licence', '正常', null],
      ['social_security_card', '正常', null],
      ['residence_permit', '异常', '已过期'],
    ])
    const resident = PERSONAS.find((p) => p.id === 'resident')!
    expect(res.body).not.toContain(resident.idNumber)
    expect(res.body).not.toContain('王大友')
    expect(res.body).not.toContain('浙A1B55T')
    const id = items[0]
    expect(id).toMatchObject({ holderName: '*大友', number: `3${'*'.repeat(16)}${resident.idNumber.slice(-1)}`, typeName: '居民身份证', trustLevel: 3, validFrom: expect.any(String) })
    expect(items[2]).toMatchObject({ number: '浙A**55T', validTo: null })
    expect(items[1]).toMatchObject({ status: 'normal', expiringInDays: 60, validTo: cstDate(t.clock.now() + 60 * DAY_MS) })
    expect(items[4]).toMatchObject({ status: 'abnormal', validTo: cstDate(t.clock.now() - 30 * DAY_MS) })
  })

  it('gives the elder a 驾驶证 with 12 points (异常), the company only its 营业执照, the newcomer nothing', async () => {
    const elder = await wallet((await login(t.app, 'elder')).accessToken)
    expect(elder.find((c) => c.type === 'driving_licence')).toMatchObject({ status: 'abnormal', statusLabel: '异常', statusReason: '累积记分已满 12 分' })
    expect(elder.find((c) => c.type === 'id_card')).toMatchObject({ validTo: null, status: 'normal' })
    const company = await wallet((await login(t.app, 'company')).accessToken)
    expect(company.map((c) => c.type)).toEqual(['business_licence'])
    expect(company[0]).toMatchObject({ holderName: '杭州青禾科技有限公司', number: expect.stringMatching(/^9\*{16}.$/) })
    expect(await wallet((await login(t.app, 'newcomer')).accessToken)).toEqual([])
    expectProblem(await get('/certificates', null), 401, 'TOKEN_MISSING')
  })

  it('never shows another user’s certificate, its usage log, or lets them show it', async () => {
    const elder = (await login(t.app, 'elder')).accessToken
    expect((await wallet(elder)).map((c) => c.id)).not.toContain(C.residentId)
    expectProblem(await get(`/certificates/${C.residentId}`, elder), 403, 'FORBIDDEN_RESOURCE')
    expectProblem(await get(`/certificates/${C.residentId}/usages`, elder), 403, 'FORBIDDEN_RESOURCE')
    // Even with the owner's PIN, another user cannot show it.
    expectProblem(await show(C.residentId, { pin: SEEDED_PINS.resident }, elder), 403, 'FORBIDDEN_RESOURCE')
    expect(count('certificate_presentations')).toBe(0)
    expectProblem(await get('/certificates/cert_nope'), 404, 'NOT_FOUND')
    expect((await get(`/certificates/${C.residentId}`)).json<Certificate>().id).toBe(C.residentId)
  })
})

describe('showing (亮证) behind a PIN', () => {
  it('locks showing for 15 minutes after 5 wrong PINs, then accepts the right one', async () => {
    for (const remaining of [4, 3, 2, 1]) {
      const problem = expectProblem(await show(C.residentId, { pin: '000000' }), 400, 'PIN_INCORRECT')
      expect(problem.errors).toEqual([{ field: 'pin', code: 'INVALID', message: `亮证密码不正确，还可尝试 ${remaining} 次` }])
    }
    const locked = expectProblem(await show(C.residentId, { pin: '000000' }), 423, 'PIN_LOCKED')
    expect(locked.detail).toBe('亮证密码连续输错 5 次，亮证已锁定至 2025-01-06 09:15（北京时间），请届时再试。')
    // Locked means locked: the right PIN, on any certificate, is refused too (and counts nothing).
    t.clock.advance(15 * 60_000 - 1000)
    const still = await show(C.residentDriving, { pin: SEEDED_PINS.resident })
    expectProblem(still, 423, 'PIN_LOCKED')
    expect(still.headers['retry-after']).toBe('1')
    expect(count('certificate_presentations')).toBe(0)
    t.clock.advance(1000)
    token = (await login(t.app, 'resident')).accessToken // access tokens last 15 minutes
    expect((await show(C.residentId, { pin: SEEDED_PINS.resident })).statusCode).toBe(201)
    // A fresh counter after success: four wrong ones do not lock.
    for (let i = 0; i < 4; i += 1) expectProblem(await show(C.residentId, { pin: '111111' }), 400, 'PIN_INCORRECT')
    expect((await show(C.residentId, { pin: SEEDED_PINS.resident })).statusCode).toBe(201)
  })

  it('checks the PIN format without counting an attempt; the lock is per user', async () => {
    expect(expectProblem(await show(C.residentId, {}), 400, 'VALIDATION_FAILED').errors?.[0]).toMatchObject({ field: 'pin', code: 'REQUIRED' })
    expect(expectProblem(await show(C.residentId, { pin: '12345' }), 400, 'VALIDATION_FAILED').errors?.[0]).toMatchObject({ field: 'pin', message: '亮证密码为 6 位数字' })
    for (let i = 0; i < 5; i += 1) await show(C.residentId, { pin: '999999' })
    expectProblem(await show(C.residentId, { pin: SEEDED_PINS.resident }), 423, 'PIN_LOCKED')
    const elder = (await login(t.app, 'elder')).accessToken
    expect((await show(C.elderId, { pin: SEEDED_PINS.elder }, elder)).statusCode).toBe(201)
  })

  it('returns a 300 s token bound to the certificate, in the QR payload with its generation time', async () => {
    const res = await show(C.residentId, { pin: SEEDED_PINS.resident })
    expect(res.statusCode).toBe(201)
    const p = res.json<Presentation>()
    const now = t.clock.now()
    expect(p).toEqual({
      certificateId: C.residentId,
      token: expect.stringMatching(/^[A-Za-z0-9_-]{24}$/),
      qrPayload: `cs-cert:1:${p.token}:${now}`,
      generatedAt: new Date(now).toISOString(),
      expiresAt: new Date(now + PRESENTATION_TTL_SECONDS * 1000).toISOString(),
      showingId: expect.stringMatching(/^shw_/),
      showingExpiresAt: new Date(now + SHOWING_WINDOW_SECONDS * 1000).toISOString(),
    })
    // Only hashes are stored.
    const stored = JSON.stringify(t.app.sandbox.db.prepare('SELECT * FROM certificate_presentations').all())
    expect(stored).not.toContain(p.token)
    expect(JSON.stringify(t.app.sandbox.db.prepare('SELECT * FROM certificate_pins').all())).not.toContain(SEEDED_PINS.resident)
  })

  it('refreshes without the PIN during the showing window, then asks for it again', async () => {
    const first = (await show(C.residentId, { pin: SEEDED_PINS.resident })).json<Presentation>()
    t.clock.advance(290_000)
    const second = await show(C.residentId, { showingId: first.showingId })
    expect(second.statusCode).toBe(201)
    expect(second.json<Presentation>().token).not.toBe(first.token)
    expect(second.json<Presentation>().showingExpiresAt).toBe(first.showingExpiresAt)
    // The window is bound to this certificate and this user.
    expectProblem(await show(C.residentDriving, { showingId: first.showingId }), 428, 'FRESH_CHECK_REQUIRED')
    const elder = (await login(t.app, 'elder')).accessToken
    expectProblem(await show(C.elderId, { showingId: first.showingId }, elder), 428, 'FRESH_CHECK_REQUIRED')
    t.clock.advance(SHOWING_WINDOW_SECONDS * 1000 - 290_000)
    expectProblem(await show(C.residentId, { showingId: first.showingId }), 428, 'FRESH_CHECK_REQUIRED')
  })

  it('refuses to show an expired certificate without counting the PIN', async () => {
    const problem = expectProblem(await show(C.residentResidence, { pin: '000000' }), 409, 'CERTIFICATE_NOT_SHOWABLE')
    expect(problem.detail).toContain('已过期')
    // An abnormal but unexpired one (12 points) can still be shown: the verifier sees 异常.
    const elder = (await login(t.app, 'elder')).accessToken
    const p = (await show(C.elderDriving, { pin: SEEDED_PINS.elder }, elder)).json<Presentation>()
    expect((await verify(p.qrPayload)).json<Verification>().certificate).toMatchObject({ statusLabel: '异常', statusReason: '累积记分已满 12 分' })
  })
})

describe('verification by a clerk and the usage log', () => {
  it('returns the masked view and writes exactly one usage entry, newest first', async () => {
    const p = (await show(C.residentId, { pin: SEEDED_PINS.resident })).json<Presentation>()
    const before = (await get(`/certificates/${C.residentId}/usages`)).json<CertificateUsageList>().items
    expect(before.map((u) => u.organisation)).toEqual(['中国银行杭州西湖支行', '杭州东站铁路售票处'])
    const rows = count('certificate_usages')
    t.clock.advance(30_000)
    const res = await verify(p.qrPayload, ' 西湖区政务服务中心 ')
    expect(res.statusCode).toBe(201)
    const v = res.json<Verification>()
    expect(v).toMatchObject({ organisation: '西湖区政务服务中心', verifiedAt: new Date(t.clock.now()).toISOString(), generatedAt: p.generatedAt, expiresAt: p.expiresAt })
    expect(v.certificate).toMatchObject({ id: C.residentId, holderName: '*大友', statusLabel: '正常' })
    expect(res.body).not.toContain(PERSONAS[0].idNumber)
    expect(count('certificate_usages')).toBe(rows + 1)
    const after = (await get(`/certificates/${C.residentId}/usages`)).json<CertificateUsageList>().items
    expect(after).toHaveLength(3)
    expect(after[0]).toEqual({ id: v.id, organisation: '西湖区政务服务中心', verifiedAt: v.verifiedAt })
    // The bare token works too (a scanner that strips the prefix); another certificate's log is untouched.
    expect((await verify(p.token)).statusCode).toBe(201)
    expect((await get(`/certificates/${C.residentDriving}/usages`)).json<CertificateUsageList>().items).toEqual([])
  })

  it('refuses a token at 300 s (clock injected) and a token reused after expiry', async () => {
    const p = (await show(C.residentId, { pin: SEEDED_PINS.resident })).json<Presentation>()
    t.clock.advance(PRESENTATION_TTL_SECONDS * 1000 - 1)
    expect((await verify(p.qrPayload)).statusCode).toBe(201)
    const rows = count('certificate_usages')
    t.clock.advance(1)
    const expired = expectProblem(await verify(p.qrPayload), 410, 'PRESENTATION_EXPIRED')
    expect(expired.detail).toBe('该亮证二维码已于 09:05:00（北京时间）失效（有效期 5 分钟），请持证人刷新二维码后重新出示。')
    t.clock.advance(DAY_MS)
    expectProblem(await verify(p.token), 410, 'PRESENTATION_EXPIRED')
    expect(count('certificate_usages')).toBe(rows)
  })

  it('says clearly when a code is unreadable, unknown or tampered with', async () => {
    const p = (await show(C.residentId, { pin: SEEDED_PINS.resident })).json<Presentation>()
    expect(expectProblem(await verify('hello'), 400, 'VALIDATION_FAILED').errors?.[0]).toMatchObject({ field: 'token' })
    expectProblem(await verify('cs-cert:1:AAAAAAAAAAAAAAAAAAAAAAAA:1'), 404, 'PRESENTATION_NOT_FOUND')
    expectProblem(await verify(`cs-cert:1:${p.token}:${t.clock.now() - 1000}`), 404, 'PRESENTATION_NOT_FOUND')
    expectProblem(await verify(p.qrPayload, ''), 400, 'VALIDATION_FAILED')
    expect(count('certificate_usages')).toBe(2)
  })
})

describe('applications', () => {
  const NEWCOMER_ID = withIdCheckChar('34010419950823201')
  const residence = (overrides: Record<string, string> = {}) =>
    Object.entries({ address: '西湖区文三路 100 号 2 幢 301 室', since: '2024-03-01', reason: 'work', ...overrides }).map(
      ([name, value]) => ({ name, value }),
    )
  const apply = (payload: object, auth = token, key?: string) => post('/certificates/applications', payload, auth, key ? { 'idempotency-key': key } : {})

  it('declares the types and their forms (fields with validators, materials, the city’s halls)', async () => {
    const types = (await get('/certificates/application-types?city=330100', null)).json<ApplicationTypeList>().items
    expect(types.map((x) => [x.id, x.name, x.department])).toEqual([
      ['residence_permit_apply', '居住证申领', '杭州市公安局'],
      ['driving_licence_renewal', '驾驶证期满换证', '杭州市公安局交通警察支队'],
    ])
    const form = (await get('/certificates/application-types/residence_permit_apply?city=330100', null)).json<ApplicationForm>()
    expect(form.fields.map((f) => [f.name, f.type, f.validator ?? null, f.required, f.fromProfile ?? null])).toEqual([
      ['name', 'text', 'chineseName', true, 'name'],
      ['idNumber', 'id_number', 'idNumber', true, 'idNumber'],
      ['mobile', 'mobile', 'mobile', true, 'mobile'],
      ['address', 'address', 'address', true, null],
      ['since', 'date', 'pastDate', true, null],
      ['reason', 'select', null, true, null],
    ])
    expect(form.materials.map((m) => m.name)).toContain('居民身份证')
    expect(form.halls.map((h) => h.id)).toEqual(['hall-330100-1', 'hall-330100-2', 'hall-330100-3'])
    expectProblem(await get('/certificates/application-types/nope?city=330100', null), 404, 'NOT_FOUND')
    expectProblem(await get('/certificates/application-types?city=310000', null), 400, 'VALIDATION_FAILED')
  })

  it('validates every field (half a year of residence included) and stores nothing', async () => {
    const problem = expectProblem(
      await apply({
        typeId: 'residence_permit_apply',
        cityCode: '330100',
        fields: residence({ address: '', since: '2099-01-01', reason: 'holiday' }),
        delivery: { method: 'ems', recipient: 'Tom', mobile: '1865512038', region: '杭州', detail: '文三路' },
      }),
      400,
      'VALIDATION_FAILED',
    )
    expect(problem.errors).toEqual([
      { field: 'fields.address', code: 'REQUIRED', message: '请填写居住地址' },
      { field: 'fields.since', code: 'PATTERN', message: '日期不能晚于今天' },
      { field: 'fields.reason', code: 'ENUM', message: '请从选项中选择居住事由' },
      { field: 'delivery.recipient', code: 'PATTERN', message: '请填写收件人的中文姓名' },
      { field: 'delivery.mobile', code: 'PATTERN', message: '请输入以 1 开头的 11 位手机号码' },
      { field: 'delivery.region', code: 'PATTERN', message: '请写明省、市、区县，如 浙江省杭州市西湖区' },
      { field: 'delivery.detail', code: 'PATTERN', message: '地址太短，请写到街道、门牌号和室号' },
    ])
    expect(problem.detail).toBe('请填写居住地址（共 7 处需要修改）。')
    // Half a year of residence; a hall of another city; a field the form does not have.
    const more = expectProblem(
      await apply({ typeId: 'residence_permit_apply', cityCode: '330100', fields: [...residence({ since: '2024-12-01' }), { name: 'x', value: '1' }], delivery: { method: 'pickup', hallId: 'hall-330200-1' } }),
      400,
      'VALIDATION_FAILED',
    )
    expect(more.errors?.map((e) => e.field)).toEqual(['fields.x', 'fields.since', 'delivery.hallId'])
    expect(more.errors?.[1].message).toBe('申领居住证需在本市居住满半年（居住起始日期应不晚于 2024-07-06）')
    expect(count("cases WHERE source_kind = 'certificate_application'")).toBe(0)
    expect(count('certificate_applications')).toBe(0)
    expectProblem(await apply({ typeId: 'nope', cityCode: '330100', fields: [], delivery: { method: 'pickup', hallId: HALL } }), 404, 'NOT_FOUND')
  })

  it('fills name, ID number and mobile from the real-name profile and refuses them from the client', async () => {
    const newcomer = (await login(t.app, 'newcomer')).accessToken
    const someoneElse = { name: '王大友', idNumber: PERSONAS[0].idNumber, mobile: '13757179050' }
    const sent = expectProblem(
      await apply({ typeId: 'residence_permit_apply', cityCode: '330100', fields: [...residence(), ...Object.entries(someoneElse).map(([name, value]) => ({ name, value }))], delivery: { method: 'pickup', hallId: HALL } }, newcomer),
      400,
      'VALIDATION_FAILED',
    )
    expect(sent.errors).toEqual(['name', 'idNumber', 'mobile'].map((name) => ({ field: `fields.${name}`, code: 'PREFILLED', message: '该项按您的实名认证信息自动填写，无需提交' })))
    // A company account has no personal real-name profile to apply with.
    const company = (await login(t.app, 'company')).accessToken
    const refused = expectProblem(await apply({ typeId: 'residence_permit_apply', cityCode: '330100', fields: residence(), delivery: { method: 'pickup', hallId: HALL } }, company), 400, 'VALIDATION_FAILED')
    expect(refused.errors).toEqual([{ field: 'typeId', code: 'INVALID', message: '该事项须以个人身份申请，请使用个人账号登录后办理' }])
    expect(count('certificate_applications')).toBe(0)
    // Without them, each applicant's own profile goes into the case.
    const own = await apply({ typeId: 'residence_permit_apply', cityCode: '330100', fields: residence(), delivery: { method: 'pickup', hallId: HALL } }, newcomer)
    const resident = await apply({ typeId: 'driving_licence_renewal', cityCode: '330100', fields: [{ name: 'fileNumber', value: '330100125821' }, { name: 'healthCheck', value: 'hospital' }], delivery: { method: 'pickup', hallId: HALL } })
    const formOf = (res: typeof own) => JSON.parse(String((t.app.sandbox.db.prepare('SELECT form_json FROM cases WHERE case_number = ?').get(res.json<ApplicationReceipt>().caseNumber) as { form_json: string }).form_json))
    expect(formOf(own)).toMatchObject({ name: '陈思远', idNumber: NEWCOMER_ID, mobile: '18655120386' })
    expect(formOf(resident)).toMatchObject(someoneElse)
    expect(own.body).not.toContain(NEWCOMER_ID)
  })

  it('opens a case with its number and a once-shown query password (pick-up)', async () => {
    const newcomer = (await login(t.app, 'newcomer')).accessToken
    const res = await apply({ typeId: 'residence_permit_apply', cityCode: '330100', fields: residence(), delivery: { method: 'pickup', hallId: HALL } }, newcomer, 'capp-key-1')
    expect(res.statusCode).toBe(201)
    const receipt = res.json<ApplicationReceipt>()
    expect(receipt).toMatchObject({
      typeId: 'residence_permit_apply',
      typeName: '居住证申领',
      department: '杭州市公安局',
      caseNumber: expect.stringMatching(/^33010020250106090000[0-9]{4}$/),
      queryPassword: expect.stringMatching(/^[0-9]{6}$/),
      promisedWorkingDays: 7,
      delivery: '大厅自取：杭州市民中心行政服务大厅',
    })
    const row = t.app.sandbox.db.prepare('SELECT * FROM cases WHERE case_number = ?').get(receipt.caseNumber) as Record<string, unknown>
    expect(row).toMatchObject({ user_id: 'u100004', service_name: '居住证申领', source_kind: 'certificate_application', source_id: receipt.id, delivery_method: 'pickup', stage: 'submitted' })
    expect(verifyQueryPassword(String(row.query_password_hash), receipt.caseNumber, receipt.queryPassword)).toBe(true)
    expect(row.query_password_hash).toMatch(/^scrypt\$16384\$8\$1\$/)
    // The applicant's own name, ID number and mobile come from the real-name profile (issue 15.9).
    expect(JSON.parse(String(row.form_json))).toMatchObject({ name: '陈思远', idNumber: NEWCOMER_ID, mobile: '18655120386' })
    // Read back later: no password. Not someone else's. A repeated submission is not a second case.
    const back = await get(`/certificates/applications/${receipt.id}`, newcomer)
    expect(back.json()).toEqual({ ...receipt, queryPassword: undefined })
    expect(back.body).not.toContain('queryPassword')
    expectProblem(await get(`/certificates/applications/${receipt.id}`), 403, 'FORBIDDEN_RESOURCE')
    const again = expectProblem(await apply({ typeId: 'residence_permit_apply', cityCode: '330100', fields: residence(), delivery: { method: 'pickup', hallId: HALL } }, newcomer, 'capp-key-1'), 409, 'APPLICATION_ALREADY_SUBMITTED')
    expect(again.existingId).toBe(receipt.id)
    expect(again.detail).toContain(receipt.caseNumber)
    expect(count("cases WHERE source_kind = 'certificate_application'")).toBe(1)
  })

  it('renews a 驾驶证 by EMS; the address is kept for the case and masked for display', async () => {
    const fields = [
      { name: 'fileNumber', value: '330100125821' },
      { name: 'healthCheck', value: 'hospital' },
    ]
    const res = await apply({ typeId: 'driving_licence_renewal', cityCode: '330100', fields, delivery: { method: 'ems', recipient: '王大友', mobile: '13757179050', region: '浙江省杭州市西湖区', detail: '文三路 100 号 2 幢 301 室' } })
    expect(res.statusCode).toBe(201)
    const receipt = res.json<ApplicationReceipt>()
    expect(receipt.delivery).toBe('EMS 邮寄：*大友 137****9050 浙江省杭州市西湖区****')
    const row = t.app.sandbox.db.prepare('SELECT delivery_method, delivery_detail FROM cases WHERE case_number = ?').get(receipt.caseNumber)
    expect(row).toEqual({ delivery_method: 'ems', delivery_detail: '浙江省杭州市西湖区文三路 100 号 2 幢 301 室（王大友 13757179050）' })
    // A saved address (/me/addresses) of the applicant; someone else's is refused.
    const saved = await apply({ typeId: 'driving_licence_renewal', cityCode: '330100', fields, delivery: { method: 'ems', addressId: 'addr_seed-resident-home' } })
    expect(saved.statusCode).toBe(201)
    const savedCase = t.app.sandbox.db.prepare('SELECT delivery_detail FROM cases WHERE case_number = ?').get(saved.json<ApplicationReceipt>().caseNumber)
    expect(savedCase).toEqual({ delivery_detail: '浙江省杭州市西湖区文三路 398 号 5 幢 1201 室（王大友 13757179050）' })
    const foreign = expectProblem(await apply({ typeId: 'driving_licence_renewal', cityCode: '330100', fields, delivery: { method: 'ems', addressId: 'addr_seed-elder-home' } }), 400, 'VALIDATION_FAILED')
    expect(foreign.errors).toEqual([{ field: 'delivery.addressId', code: 'ENUM', message: '请选择您保存的收件地址，或填写新地址' }])
    const message = t.app.sandbox.db.prepare("SELECT title, body FROM messages WHERE user_id = 'u100001' AND kind = 'case_stage' ORDER BY created_at, rowid").get()
    expect(message).toEqual({ title: '申请已提交', body: `您的驾驶证期满换证已提交，办件编号 ${receipt.caseNumber}，承诺 1 个工作日内办结。` })
  })

  it('promises the time limit of the catalogue guide, in the form, the receipt and the case (one source)', async () => {
    const newcomer = (await login(t.app, 'newcomer')).accessToken
    const submissions: Record<string, { fields: { name: string; value: string }[]; template: string; auth: string }> = {
      residence_permit_apply: { template: 'jzz-sl', fields: residence(), auth: newcomer },
      driving_licence_renewal: {
        template: 'jsz-hz',
        auth: token,
        fields: Object.entries({ fileNumber: '330100125821', healthCheck: 'hospital' }).map(([name, value]) => ({ name, value })),
      },
    }
    const types = (await get('/certificates/application-types?city=330100', null)).json<ApplicationTypeList>().items
    expect(types.map((x) => x.id).sort()).toEqual(Object.keys(submissions).sort())
    for (const [typeId, { template, fields, auth }] of Object.entries(submissions)) {
      const guide = (await get(`/catalogue/items/330100-${template}`, null)).json<{ guide: { promisedDays: number } }>().guide
      const form = (await get(`/certificates/application-types/${typeId}?city=330100`, null)).json<ApplicationForm>()
      const receipt = (await apply({ typeId, cityCode: '330100', fields, delivery: { method: 'pickup', hallId: HALL } }, auth)).json<ApplicationReceipt>()
      const caseRow = t.app.sandbox.db.prepare('SELECT promised_working_days AS days FROM cases WHERE case_number = ?').get(receipt.caseNumber) as { days: number }
      expect([typeId, types.find((x) => x.id === typeId)?.promisedWorkingDays, form.type.promisedWorkingDays, receipt.promisedWorkingDays, caseRow.days]).toEqual([
        typeId,
        guide.promisedDays,
        guide.promisedDays,
        guide.promisedDays,
        guide.promisedDays,
      ])
    }
  })
})

describe('驾驶证 points', () => {
  it('本周期累积记分 is the sum of the holder’s processed violations in the current cycle', async () => {
    const points = (certificate: Certificate | undefined) => certificate?.fields.find((f) => f.label === '本周期累积记分')?.value
    const licence = (await wallet()).find((c) => c.type === 'driving_licence')!
    // The sum straight from the fines registry: processed violations of his bound cars since the cycle began.
    const start = scoringCycleStartMs(licence.validFrom, cstDate(t.clock.now()))
    const expected = (
      t.app.sandbox.db
        .prepare(
          `SELECT COALESCE(SUM(points), 0) AS n FROM fine_violations WHERE status <> 'unprocessed' AND occurred_at >= ?
             AND plate IN (SELECT plate FROM fine_vehicle_bindings WHERE user_id = 'u100001')`,
        )
        .get(start) as { n: number }
    ).n
    expect(expected).toBeGreaterThan(0)
    expect(points(licence)).toBe(`${expected} 分`)
    expect(points((await get(`/certificates/${licence.id}`)).json<Certificate>())).toBe(`${expected} 分`)
    // A new violation processed today adds its points; an unprocessed one does not.
    const insert = t.app.sandbox.db.prepare(
      `INSERT INTO fine_violations (id, plate, occurred_at, place, act, code, fine_fen, points, status, decision_number, decision_received_on, paid_at, paid_via, charged_on)
       VALUES (?, '浙A1B55T', ?, '杭州市西湖区', '测试', '1625', 20000, 6, ?, ?, ?, NULL, NULL, NULL)`,
    )
    insert.run('vio_t1', t.clock.now(), 'awaiting_payment', '3301062025000001', cstDate(t.clock.now()))
    insert.run('vio_t2', t.clock.now(), 'unprocessed', null, null)
    expect(points((await wallet()).find((c) => c.type === 'driving_licence'))).toBe(`${expected + 6} 分`)
    // The elder's 12 points (她的证 异常：累积记分已满 12 分) come from her violations too.
    const elder = (await login(t.app, 'elder')).accessToken
    expect(points((await wallet(elder)).find((c) => c.type === 'driving_licence'))).toBe('12 分')
  })

  it('the scoring cycle starts on the latest anniversary of the first issue', () => {
    expect(cstDate(scoringCycleStartMs('2019-03-10', '2025-01-06'))).toBe('2024-03-10')
    expect(cstDate(scoringCycleStartMs('2019-01-06', '2025-01-06'))).toBe('2025-01-06')
    expect(cstDate(scoringCycleStartMs('2024-06-01', '2024-07-01'))).toBe('2024-06-01')
  })
})

describe('expiring certificates: inbox and reminder', () => {
  it('puts the resident’s 驾驶证 (60 days left) in the inbox with 去换证', async () => {
    const inbox = (await get('/inbox')).json<Inbox>()
    const items = inbox.items.filter((item) => item.kind === 'certificate')
    expect(items).toEqual([
      {
        id: `certificate-expiring:${C.residentDriving}`,
        kind: 'certificate',
        title: '机动车驾驶证即将到期',
        detail: `有效期至 ${cstDate(t.clock.now() + 60 * DAY_MS)}，可在线申请期满换证`,
        amountFen: null,
        dueAt: expect.any(String),
        urgency: 'later',
        action: '去换证',
        subject: { kind: 'certificate-form', id: 'driving_licence_renewal' },
      },
    ])
    const elder = (await login(t.app, 'elder')).accessToken
    expect((await get('/inbox', elder)).json<Inbox>().items.filter((item) => item.kind === 'certificate')).toEqual([])
    // Past its end it leaves the inbox (the certificate is 异常 已过期 instead).
    t.clock.advance(61 * DAY_MS)
    token = (await login(t.app, 'resident')).accessToken
    expect((await get('/inbox')).json<Inbox>().items.filter((item) => item.kind === 'certificate')).toEqual([])
  })

  it('sends the reminder once, from the sweep', async () => {
    const reminders = () => t.app.sandbox.db.prepare("SELECT user_id, title, body, subject_kind, subject_id FROM messages WHERE kind = 'certificate_expiring'").all()
    t.app.sandbox.sweep()
    t.app.sandbox.sweep()
    await get('/certificates')
    expect(reminders()).toEqual([
      {
        user_id: 'u100001',
        title: '证照即将到期',
        body: `您的机动车驾驶证将于 ${cstDate(t.clock.now() + 60 * DAY_MS)} 到期，请及时办理期满换证。`,
        subject_kind: 'certificate-form',
        subject_id: 'driving_licence_renewal',
      },
    ])
  })
})

describe('删除我的数据', () => {
  it('forgets showing sessions and unscanned codes, keeps certificates and the usage log', async () => {
    const scanned = (await show(C.residentId, { pin: SEEDED_PINS.resident })).json<Presentation>()
    await verify(scanned.qrPayload)
    const unscanned = (await show(C.residentDriving, { pin: SEEDED_PINS.resident })).json<Presentation>()
    const elder = (await login(t.app, 'elder')).accessToken
    await show(C.elderId, { pin: SEEDED_PINS.elder }, elder)
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/me/data-erasure', headers: bearer(token) })
    expect(res.statusCode).toBe(200)
    const body = res.json<{ removed: { item: string; count: number }[]; kept: string[] }>()
    expect(body.removed).toContainEqual({ item: '亮证会话和未被核验的亮证码', count: 3 })
    expect(body.kept.join()).toContain('用证记录')
    expect(count('certificate_showings')).toBe(1) // the elder's
    expect(count('certificate_presentations')).toBe(2) // the scanned one (its log entry refers to it) and the elder's
    expectProblem(await verify(unscanned.qrPayload), 404, 'PRESENTATION_NOT_FOUND')
    const again = (await login(t.app, 'resident')).accessToken
    expect(await wallet(again)).toHaveLength(5)
    expect((await get(`/certificates/${C.residentId}/usages`, again)).json<CertificateUsageList>().items).toHaveLength(3)
  })
})
