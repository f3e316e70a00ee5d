import type { LightMyRequestResponse } from 'fastify'
import {
  MAX_VEHICLES_PER_USER,
  type AdminViolation,
  type DecisionLookup,
  type Payment,
  type PlateTypeList,
  type Receipt,
  type Vehicle,
  type VehicleBindingCheck,
  type VehicleList,
  type VehicleRule,
  type Violation,
  type ViolationList,
} from '../../../contract'
import { checkCheckDigits } from '../../../contract/rules/check-digits'
import { checkRuleForPlate } from '../../../contract/rules/vehicle-rules'
import { checkPlate } from '../../../contract/rules/validators'
import { ALL_CITY_CODES } from '../catalogue/data/cities'
import { bearer, buildTestServer, expectProblem, login, type TestServer } from '../../test/helpers'
import { count, getPayment, railPay } from '../../test/payment-helpers'
import { PLATE_PREFIX_CITIES, plateTypeFor, ruleFor } from './data/rules'
import { SEEDED_DECISIONS, SEEDED_VEHICLE_BINDINGS, SEEDED_VEHICLES, SEEDED_VIOLATIONS } from './seed'

const NOTIFY_MS = 2000
const NOT_MATCHED = '车牌、号牌种类或发动机号/车架号后几位不匹配，请对照行驶证核对'

let t: TestServer
let token: string
beforeEach(async () => {
  // The test clock starts at 2025-01-06 09:00 China time: the seed's "today".
  t = await buildTestServer({ admin: true, paymentNotifyDelayMs: NOTIFY_MS })
  token = (await login(t.app, 'resident')).accessToken
})
afterEach(async () => {
  await t.app.close()
})

const CAR = SEEDED_VEHICLE_BINDINGS.residentCar
const V = SEEDED_VIOLATIONS

const get = (url: string, auth: string | null = token) =>
  t.app.inject({ url: `/api/v1${url}`, headers: auth === null ? {} : bearer(auth) })
const bind = (payload: object, auth = token) => t.app.inject({ method: 'POST', url: '/api/v1/fines/vehicles', headers: bearer(auth), payload })
const violations = async (vehicleId = CAR, auth = token) => (await get(`/fines/vehicles/${vehicleId}/violations`, auth)).json<ViolationList>()
const violation = async (id: string, auth = token) => (await get(`/fines/violations/${id}`, auth)).json<Violation>()
const payFine = (id: string, key: string, auth = token) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/payments',
    headers: { ...bearer(auth), 'idempotency-key': key },
    payload: { items: [{ kind: 'fine', id }], channel: 'h5' },
  })
async function completePayment(res: LightMyRequestResponse, auth = token): Promise<Payment> {
  expect(res.statusCode).toBe(201)
  const created = res.json<Payment>()
  expect((await railPay(t.app, created)).json()).toEqual({ result: 'submitted' })
  t.clock.advance(NOTIFY_MS)
  return getPayment(t.app, auth, created.id)
}

describe('vehicle rules and plate types (public)', () => {
  it('has a rule for every city, from the data table', async () => {
    for (const city of ALL_CITY_CODES) {
      const res = await get(`/fines/vehicle-rules?city=${city}`, null)
      expect(res.statusCode).toBe(200)
      const rule = res.json<VehicleRule>()
      expect(rule.cityCode).toBe(city)
      expect(rule.hint).toBe(`请输入${rule.field === 'engine' ? '发动机号' : '车架号'}后 ${rule.digits} 位（见行驶证）`)
    }
    expect((await get('/fines/vehicle-rules?city=330100', null)).json()).toEqual({
      cityCode: '330100',
      field: 'engine',
      digits: 6,
      hint: '请输入发动机号后 6 位（见行驶证）',
    })
    expect((await get('/fines/vehicle-rules?city=330200', null)).json()).toMatchObject({ field: 'vin', digits: 6 })
    expect((await get('/fines/vehicle-rules?city=330300', null)).json()).toMatchObject({ field: 'engine', digits: 4 })
    expect(expectProblem(await get('/fines/vehicle-rules?city=310000', null), 400, 'VALIDATION_FAILED').errors?.[0].field).toBe('city')
    expectProblem(await get('/fines/vehicle-rules', null), 400, 'VALIDATION_FAILED')
  })

  it('lists the plate types', async () => {
    const { items } = (await get('/fines/plate-types', null)).json<PlateTypeList>()
    expect(items).toEqual([
      { code: '02', name: '小型汽车', newEnergy: false },
      { code: '01', name: '大型汽车', newEnergy: false },
      { code: '52', name: '新能源小型车', newEnergy: true },
      { code: '51', name: '新能源大型车', newEnergy: true },
      { code: '07', name: '普通摩托车', newEnergy: false },
    ])
  })

  it('seeds consistent vehicles: valid plates, the documented check digits fit the city rule', () => {
    for (const v of Object.values(SEEDED_VEHICLES)) {
      const type = plateTypeFor(v.plate_type)!
      expect([v.plate, checkPlate(v.plate, { newEnergy: type.newEnergy })]).toEqual([v.plate, null])
      expect(PLATE_PREFIX_CITIES[v.plate.slice(0, 2)]).toBe(v.city_code)
      const rule = ruleFor(v.city_code)!
      expect(v.vin).toHaveLength(17)
      expect([v.plate, (rule.field === 'engine' ? v.engine_no : v.vin).slice(-rule.digits)]).toEqual([v.plate, v.checkDigits])
    }
  })
})

describe('binding vehicles', () => {
  it('binds the resident’s unbound new-energy car (spaces and lower case accepted), masked', async () => {
    const res = await bind({ plate: ' 浙ad 12345', plateType: '52', checkDigits: ' 608 321' })
    expect(res.statusCode).toBe(201)
    const vehicle = res.json<Vehicle>()
    expect(vehicle).toEqual({
      id: expect.stringMatching(/^veh_/),
      plate: '浙A***345',
      plateType: '52',
      plateTypeName: '新能源小型车',
      cityCode: '330100',
      checkField: 'engine',
      boundAt: '2025-01-06T01:00:00.000Z',
      unpaidCount: 1,
      unpaidTotalFen: 20000,
      unprocessedCount: 0,
    })
    expect(res.headers.location).toBe(`/api/v1/fines/vehicles/${vehicle.id}`)
    expect(res.body).not.toContain('12345')
    const again = expectProblem(await bind({ plate: '浙AD12345', plateType: '52', checkDigits: '608321' }), 409, 'VEHICLE_ALREADY_BOUND')
    expect(again.existingId).toBe(vehicle.id)
    const list = (await get('/fines/vehicles')).json<VehicleList>().items
    expect(list.map((v) => v.plate)).toEqual(['浙A**55T', '浙A***345'])
    expect(list[0]).toMatchObject({ id: CAR, unpaidCount: 3, unpaidTotalFen: 58000, unprocessedCount: 1 })
    // A VIN city: 宁波 asks for the last 6 of the VIN.
    const ningbo = await bind({ plate: '浙B3K77X', plateType: '02', checkDigits: '662810' })
    expect(ningbo.json<Vehicle>()).toMatchObject({ plate: '浙B**77X', cityCode: '330200', checkField: 'vin' })
  })

  it('checks each field with the shared validators and the city rule', async () => {
    const fieldOf = async (payload: object) => expectProblem(await bind(payload), 400, 'VALIDATION_FAILED').errors?.[0]
    expect(await fieldOf({ plate: '浙A1B5', plateType: '02', checkDigits: 'A12345' })).toEqual({
      field: 'plate',
      code: 'PATTERN',
      message: '车牌为省份简称 + 字母 + 5 位，如 浙A12345',
    })
    expect(await fieldOf({ plate: '浙AD12345', plateType: '02', checkDigits: '608321' })).toMatchObject({ field: 'plate' })
    expect(await fieldOf({ plate: '浙A1B55T', plateType: '52', checkDigits: 'A12345' })).toMatchObject({
      field: 'plate',
      message: '新能源车牌为省份简称 + 字母 + 6 位，如 浙AD12345',
    })
    expect(await fieldOf({ plate: 'XA1B55T', plateType: '02', checkDigits: 'A12345' })).toMatchObject({ field: 'plate' })
    expect(await fieldOf({ plate: '浙A1B55T', plateType: '99', checkDigits: 'A12345' })).toMatchObject({ field: 'plateType' })
    for (const digits of ['A1234', 'A123456', 'A1234!', '甲12345']) {
      expect(await fieldOf({ plate: '浙A1B55T', plateType: '02', checkDigits: digits })).toEqual({
        field: 'checkDigits',
        code: 'PATTERN',
        message: '请输入发动机号后 6 位（见行驶证）',
      })
    }
    expect(await fieldOf({ plate: '浙C5M21P', plateType: '02', checkDigits: '073' })).toMatchObject({
      field: 'checkDigits',
      message: '请输入发动机号后 4 位（见行驶证）',
    })
    expectProblem(await bind({ plate: '浙A1B55T', plateType: '02' }), 400, 'VALIDATION_FAILED')
  })

  it('answers one VEHICLE_NOT_FOUND for every mismatch, never saying which part was wrong', async () => {
    const newcomer = (await login(t.app, 'newcomer')).accessToken
    const wrong = [
      { plate: '浙AD12345', plateType: '52', checkDigits: '608320' }, // wrong digits
      { plate: '浙AD12345', plateType: '51', checkDigits: '608321' }, // wrong plate type
      { plate: '浙B3K77X', plateType: '02', checkDigits: '563201' }, // engine digits where the city wants the VIN
      { plate: '浙A99999', plateType: '02', checkDigits: '123456' }, // not in the registry
      { plate: '沪A12345', plateType: '02', checkDigits: '123456' }, // not a Zhejiang plate
    ]
    for (const payload of wrong) {
      const problem = expectProblem(await bind(payload, newcomer), 404, 'VEHICLE_NOT_FOUND')
      expect(problem.detail).toBe(NOT_MATCHED)
      expect(problem.errors).toBeUndefined()
    }
    expect((await get('/fines/vehicles', newcomer)).json<VehicleList>().items).toEqual([])
  })

  it('asks for the digits of the plate’s city, as the bind form does (a 温州 car while the app is on 杭州)', async () => {
    const newcomer = (await login(t.app, 'newcomer')).accessToken
    // What the form accepts for each seeded car is what the server binds: one rule, from the plate.
    for (const v of Object.values(SEEDED_VEHICLES)) {
      const rule = checkRuleForPlate(v.plate)
      expect([v.plate, rule && checkCheckDigits(v.checkDigits, rule)]).toEqual([v.plate, null])
    }
    const wenzhou = SEEDED_VEHICLES.wenzhouElder
    expect(checkRuleForPlate(wenzhou.plate)).toEqual({ field: 'engine', digits: 4 })
    const res = await bind({ plate: wenzhou.plate, plateType: wenzhou.plate_type, checkDigits: wenzhou.checkDigits }, newcomer)
    expect(res.statusCode).toBe(201)
  })

  it(`allows at most ${MAX_VEHICLES_PER_USER} vehicles`, async () => {
    const newcomer = (await login(t.app, 'newcomer')).accessToken
    const cars = [SEEDED_VEHICLES.residentEv, SEEDED_VEHICLES.ningbo, SEEDED_VEHICLES.jiaxing, SEEDED_VEHICLES.quzhou, SEEDED_VEHICLES.taizhou]
    for (const v of cars) expect((await bind({ plate: v.plate, plateType: v.plate_type, checkDigits: v.checkDigits }, newcomer)).statusCode).toBe(201)
    const v = SEEDED_VEHICLES.lishui
    expectProblem(await bind({ plate: v.plate, plateType: v.plate_type, checkDigits: v.checkDigits }, newcomer), 409, 'VEHICLE_LIMIT_REACHED')
  })

  it('unbinds only the caller’s own vehicles', async () => {
    const elder = (await login(t.app, 'elder')).accessToken
    const del = (id: string, auth = token) => t.app.inject({ method: 'DELETE', url: `/api/v1/fines/vehicles/${id}`, headers: bearer(auth) })
    expectProblem(await del(SEEDED_VEHICLE_BINDINGS.elderCar), 403, 'FORBIDDEN_RESOURCE')
    expectProblem(await del('veh_nope'), 404, 'NOT_FOUND')
    expectProblem(await get(`/fines/vehicles/${CAR}/violations`, elder), 403, 'FORBIDDEN_RESOURCE')
    expect((await del(CAR)).statusCode).toBe(204)
    expectProblem(await get(`/fines/vehicles/${CAR}/violations`), 404, 'NOT_FOUND')
    expect((await get('/fines/vehicles')).json<VehicleList>().items).toEqual([])
    expectProblem(await get(`/fines/violations/${V.residentRunning}`), 403, 'FORBIDDEN_RESOURCE')
    expectProblem(await get('/fines/vehicles', null), 401, 'TOKEN_MISSING')
  })
})

describe('violations', () => {
  it('lists newest first with statuses, decisions and running charges', async () => {
    const list = await violations()
    expect(list.items.map((v) => [v.id, v.status])).toEqual([
      [V.residentUnprocessed, 'unprocessed'],
      [V.residentFree, 'awaiting_payment'],
      [V.residentRunning, 'awaiting_payment'],
      [V.residentCapped, 'awaiting_payment'],
      [V.residentPaid1, 'paid'],
      [V.residentPaid2, 'paid'],
    ])
    expect({ fine: list.totalFineFen, surcharge: list.totalSurchargeFen, due: list.totalDueFen }).toEqual({ fine: 45000, surcharge: 13000, due: 58000 })
    const byId = new Map(list.items.map((v) => [v.id, v]))
    expect(byId.get(V.residentRunning)).toMatchObject({
      vehicleId: CAR,
      plate: '浙A**55T',
      act: '机动车违反禁止标线指示的',
      code: '1345',
      fineFen: 20000,
      points: 3,
      decisionNumber: expect.stringMatching(/^[0-9]{16}$/),
      decisionReceivedOn: '2024-12-17',
      charge: {
        fineFen: 20000,
        surchargeFen: 3000,
        totalFen: 23000,
        overdueDays: 5,
        dailyIncreaseFen: 600,
        capped: false,
        nextIncreaseOn: '2025-01-07',
        capReachedOn: '2025-02-04',
        surchargeStartsOn: '2025-01-02',
      },
    })
    expect(byId.get(V.residentFree)?.charge).toMatchObject({ surchargeFen: 0, nextIncreaseOn: '2025-01-19', surchargeStartsOn: '2025-01-19' })
    expect(byId.get(V.residentCapped)?.charge).toMatchObject({ surchargeFen: 10000, totalFen: 20000, capped: true, nextIncreaseOn: null })
    const unprocessed = byId.get(V.residentUnprocessed)!
    expect(unprocessed.decisionNumber).toBeUndefined()
    expect(unprocessed.charge).toBeUndefined()
    const paid = byId.get(V.residentPaid1)!
    expect(paid).toMatchObject({ paidAt: expect.any(String), charge: { surchargeFen: 0, totalFen: 20000, nextIncreaseOn: null } })
    expect(paid.paymentId).toBeUndefined()
    // Nothing identifying leaves the server.
    const body = JSON.stringify(list)
    for (const secret of ['浙A1B55T', 'JL4G15A12345', 'LSVAU2180N2123456', '王大友']) expect(body).not.toContain(secret)
    // The surcharge grows with the clock.
    t.clock.advance(24 * 60 * 60 * 1000)
    token = (await login(t.app, 'resident')).accessToken
    expect((await violation(V.residentRunning)).charge).toMatchObject({ surchargeFen: 3600, overdueDays: 6, nextIncreaseOn: '2025-01-08' })
  })

  it('shows one violation only to whoever has the vehicle bound', async () => {
    expect(await violation(V.residentCapped)).toMatchObject({ id: V.residentCapped, vehicleId: CAR })
    const elder = (await login(t.app, 'elder')).accessToken
    expectProblem(await get(`/fines/violations/${V.residentCapped}`, elder), 403, 'FORBIDDEN_RESOURCE')
    expectProblem(await get('/fines/violations/vio_nope'), 404, 'NOT_FOUND')
    expectProblem(await get('/fines/violations/nope'), 400, 'VALIDATION_FAILED')
  })

  it('admin issues a violation that shows on the bound vehicle', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/__admin/fines/violations',
      payload: { plate: '浙a1b55t', fineFen: 10000, points: 1, receivedDaysAgo: 17 },
    })
    expect(res.statusCode).toBe(201)
    const issued = res.json<AdminViolation>()
    expect(issued).toMatchObject({ plate: '浙A1B55T', status: 'awaiting_payment', decisionNumber: expect.stringMatching(/^[0-9]{16}$/) })
    expect((await violation(issued.id)).charge).toMatchObject({ surchargeFen: 600, overdueDays: 2 })
    const second = (await t.app.inject({ method: 'POST', url: '/__admin/fines/violations', payload: { plate: '浙A1B55T' } })).json<AdminViolation>()
    expect(second.decisionNumber).not.toBe(issued.decisionNumber)
    const pending = await t.app.inject({ method: 'POST', url: '/__admin/fines/violations', payload: { plate: '浙A1B55T', status: 'unprocessed' } })
    expect(pending.json<AdminViolation>().decisionNumber).toBeUndefined()
    expect((await violations()).items).toHaveLength(9)
    expectProblem(await t.app.inject({ method: 'POST', url: '/__admin/fines/violations', payload: { plate: '浙A00000' } }), 404, 'NOT_FOUND')
  })
})

describe('decision lookup', () => {
  it('finds an awaiting decision of someone else’s car, masked, with its charge', async () => {
    const res = await get(`/fines/decisions/${SEEDED_DECISIONS.running}`)
    expect(res.statusCode).toBe(200)
    expect(res.json<DecisionLookup>()).toMatchObject({
      decisionNumber: SEEDED_DECISIONS.running,
      violationId: V.byNumberRunning,
      plate: '浙A**90M',
      status: 'awaiting_payment',
      points: 3,
      charge: { fineFen: 20000, surchargeFen: 6000, totalFen: 26000, overdueDays: 10 },
    })
    expect(res.body).not.toContain('李国强')
    // Not the resident's car: no time or place of someone else's movements.
    expect(res.json<DecisionLookup>().occurredAt).toBeUndefined()
    expect(res.json<DecisionLookup>().place).toBeUndefined()
    expect(res.body).not.toContain('解放路')
    expect((await get(`/fines/decisions/${SEEDED_DECISIONS.recent}`)).json<DecisionLookup>().charge).toMatchObject({ surchargeFen: 0 })
  })

  it('shows time and place only to someone who has the vehicle bound', async () => {
    const issued = await t.app.inject({ method: 'POST', url: '/__admin/fines/violations', payload: { plate: '浙A1B55T', receivedDaysAgo: 1, place: '杭州市西湖区曙光路' } })
    const number = issued.json<AdminViolation>().decisionNumber as string
    expect(number).toMatch(/^330199[0-9]{10}$/)
    const own = (await get(`/fines/decisions/${number}`)).json<DecisionLookup>()
    expect(own).toMatchObject({ place: '杭州市西湖区曙光路', occurredAt: expect.any(String) })
    const newcomer = (await login(t.app, 'newcomer')).accessToken
    const other = (await get(`/fines/decisions/${number}`, newcomer)).json<DecisionLookup>()
    expect(other).toMatchObject({ plate: '浙A**55T', act: expect.any(String), charge: { totalFen: 20000 } })
    expect(Object.keys(other)).not.toEqual(expect.arrayContaining(['place']))
    expect(Object.keys(other)).not.toEqual(expect.arrayContaining(['occurredAt']))
  })

  it('issues decision numbers that are not sequential', async () => {
    const numbers: string[] = []
    for (let i = 0; i < 5; i += 1) {
      const res = await t.app.inject({ method: 'POST', url: '/__admin/fines/violations', payload: { plate: '浙A1B55T' } })
      numbers.push(res.json<AdminViolation>().decisionNumber as string)
    }
    const serials = numbers.map((n) => Number(n.slice(10)))
    // Random 6-digit serials: five in a row are never consecutive (the old counter gave n, n+1, ...).
    expect(serials.slice(1).every((serial, i) => Math.abs(serial - serials[i]) > 1)).toBe(true)
    expect(new Set(numbers).size).toBe(5)
  })

  it('rejects a malformed number, an unknown one and a paid one', async () => {
    const field = async (n: string) => expectProblem(await get(`/fines/decisions/${n}`), 400, 'VALIDATION_FAILED').errors?.[0]
    expect(await field('330104202611')).toEqual({ field: 'number', code: 'PATTERN', message: '决定书编号为 16 位数字，您输入了 12 位' })
    expect(await field('33010420261100AB')).toMatchObject({ field: 'number', message: '决定书编号只含数字，见决定书右上角' })
    const unknown = expectProblem(await get('/fines/decisions/3301042026119999'), 404, 'DECISION_NOT_FOUND')
    expect(unknown.detail).toBe('未找到该决定书，请核对决定书右上角的 16 位编号；刚处理的决定书可能要次日才能缴款')
    expectProblem(await get(`/fines/decisions/${SEEDED_DECISIONS.paid}`), 409, 'DECISION_ALREADY_PAID')
    expectProblem(await get(`/fines/decisions/${SEEDED_DECISIONS.running}`, null), 401, 'TOKEN_MISSING')
  })
})

describe('paying fines through the unified payment', () => {
  it('pays a bound vehicle’s fine end to end: amount at creation, paid, receipt, never twice', async () => {
    const created = await payFine(V.residentRunning, 'fine-key-0001')
    expect(created.json<Payment>()).toMatchObject({
      amountFen: 23000,
      description: `交通违法罚款 决定书 ${(await violation(V.residentRunning)).decisionNumber}`,
      items: [{ kind: 'fine', id: V.residentRunning, amountFen: 23000 }],
    })
    const done = await completePayment(created)
    expect(done.status).toBe('success')
    const paid = await violation(V.residentRunning)
    expect(paid).toMatchObject({ status: 'paid', paymentId: done.id, paidAt: done.finishedAt, charge: { totalFen: 23000, surchargeFen: 3000, nextIncreaseOn: null } })
    const receipt = (await get(`/payments/${done.id}/receipt`)).json<Receipt>()
    expect(receipt).toMatchObject({ amountFen: 23000, issuer: '杭州市公安局交通警察支队', number: expect.stringMatching(/^330100/) })
    expectProblem(await payFine(V.residentRunning, 'fine-key-0002'), 409, 'ITEM_ALREADY_PAID')
    // Frozen: days later the paid charge does not grow, and the vehicle totals dropped.
    t.clock.advance(10 * 24 * 60 * 60 * 1000)
    token = (await login(t.app, 'resident')).accessToken
    expect((await violation(V.residentRunning)).charge?.totalFen).toBe(23000)
    expect((await get('/fines/vehicles')).json<VehicleList>().items[0]).toMatchObject({ unpaidCount: 2 })
    expectProblem(await get(`/fines/decisions/${paid.decisionNumber}`), 409, 'DECISION_ALREADY_PAID')
  })

  it('charges and freezes the amount of the day the payment was created, even when paid after midnight', async () => {
    t.clock.set(Date.UTC(2025, 0, 6, 15, 50)) // 23:50 China time
    token = (await login(t.app, 'resident')).accessToken
    const created = (await payFine(V.residentRunning, 'fine-key-midnight')).json<Payment>()
    expect(created.amountFen).toBe(23000)
    t.clock.advance(20 * 60 * 1000) // 00:10 the next day: today's charge would be 23600
    await railPay(t.app, created)
    t.clock.advance(NOTIFY_MS)
    token = (await login(t.app, 'resident')).accessToken
    expect((await getPayment(t.app, token, created.id)).status).toBe('success')
    expect((await violation(V.residentRunning)).charge).toMatchObject({ totalFen: 23000, overdueDays: 5 })
  })

  it('pays by decision number: only after looking it up', async () => {
    const newcomer = (await login(t.app, 'newcomer')).accessToken
    const forbidden = expectProblem(await payFine(V.byNumberRecent, 'fine-key-0101', newcomer), 403, 'FORBIDDEN_RESOURCE')
    expect(forbidden.errors?.[0].field).toBe('items[0].id')
    const lookup = (await get(`/fines/decisions/${SEEDED_DECISIONS.recent}`, newcomer)).json<DecisionLookup>()
    const done = await completePayment(await payFine(lookup.violationId, 'fine-key-0102', newcomer), newcomer)
    expect(done).toMatchObject({ status: 'success', amountFen: 10000 })
    expectProblem(await get(`/fines/decisions/${SEEDED_DECISIONS.recent}`, newcomer), 409, 'DECISION_ALREADY_PAID')
    // A lookup by one user does not entitle another.
    expectProblem(await payFine(V.byNumberRunning, 'fine-key-0103', newcomer), 403, 'FORBIDDEN_RESOURCE')
  })

  it('refuses an unprocessed violation with VIOLATION_NOT_PROCESSED and creates nothing', async () => {
    const problem = expectProblem(await payFine(V.residentUnprocessed, 'fine-key-0201'), 409, 'VIOLATION_NOT_PROCESSED')
    expect(problem.detail).toBe('该违法尚未处理，请先通过“交管12123”或到交警窗口处理后再缴款')
    expect(problem.errors?.[0]).toMatchObject({ field: 'items[0].id' })
    expect(count(t.app, 'payments')).toBe(0)
    expect(count(t.app, 'payment_open_items')).toBe(0)
    // Another user's is still 403 first (no leaking of its state); unknown is 404.
    const elder = (await login(t.app, 'elder')).accessToken
    expectProblem(await payFine(V.residentUnprocessed, 'fine-key-0202', elder), 403, 'FORBIDDEN_RESOURCE')
    expectProblem(await payFine('vio_nope', 'fine-key-0203'), 404, 'NOT_FOUND')
  })

  it('keeps one open payment per fine and replays an idempotent retry', async () => {
    const first = await payFine(V.residentCapped, 'fine-key-0301')
    expect(first.statusCode).toBe(201)
    const replay = await payFine(V.residentCapped, 'fine-key-0301')
    expect(replay.statusCode).toBe(200)
    expect(replay.headers['idempotent-replayed']).toBe('true')
    expect(replay.json<Payment>().id).toBe(first.json<Payment>().id)
    const open = expectProblem(await payFine(V.residentCapped, 'fine-key-0302'), 409, 'ITEM_IN_OPEN_PAYMENT')
    expect(open.openPaymentId).toBe(first.json<Payment>().id)
    // Two people holding the same decision: the second waits for the first.
    const newcomer = (await login(t.app, 'newcomer')).accessToken
    const elder = (await login(t.app, 'elder')).accessToken
    await get(`/fines/decisions/${SEEDED_DECISIONS.running}`, newcomer)
    await get(`/fines/decisions/${SEEDED_DECISIONS.running}`, elder)
    expect((await payFine(V.byNumberRunning, 'fine-key-0303', newcomer)).statusCode).toBe(201)
    const other = expectProblem(await payFine(V.byNumberRunning, 'fine-key-0304', elder), 409, 'ITEM_IN_OPEN_PAYMENT')
    expect(other.openPaymentId).toBeUndefined()
  })

  it('pays a fine and a utility bill together', async () => {
    const bills = (await get('/utilities/accounts/ha_seed-resident-water/bills?status=unpaid')).json<{ items: { id: string; amountFen: number }[] }>().items
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/payments',
      headers: { ...bearer(token), 'idempotency-key': 'fine-key-0401' },
      payload: { items: [{ kind: 'fine', id: V.residentFree }, { kind: 'bill', id: bills[0].id }], channel: 'weapp' },
    })
    const done = await completePayment(res)
    expect(done).toMatchObject({ status: 'success', amountFen: 15000 + bills[0].amountFen })
    expect((await violation(V.residentFree)).status).toBe('paid')
  })
})

describe('already bound, before 确认绑定 (issue 15.11)', () => {
  const check = (plate: string, auth: string | null = token) => get(`/fines/vehicles/binding?plate=${encodeURIComponent(plate)}`, auth)

  it('names my existing binding of the plate, whatever its spelling, and nothing for others or unbound plates', async () => {
    const mine = await check('浙a·1b55t')
    expect(mine.statusCode).toBe(200)
    expect(mine.json<VehicleBindingCheck>()).toEqual({ boundId: CAR })
    // Not bound by me (the elder's car, an unknown plate): no id, and nothing said about the registry.
    expect((await check(SEEDED_VEHICLES.wenzhouElder.plate)).json<VehicleBindingCheck>()).toEqual({})
    expect((await check('浙A99999')).json<VehicleBindingCheck>()).toEqual({})
    const elder = (await login(t.app, 'elder')).accessToken
    expect((await check(SEEDED_VEHICLES.wenzhouElder.plate, elder)).json<VehicleBindingCheck>()).toEqual({ boundId: SEEDED_VEHICLE_BINDINGS.elderCar })
  })

  it('has no side effect: after a check, binding an unbound plate still works and then the check names it', async () => {
    const ev = SEEDED_VEHICLES.residentEv
    expect((await check(ev.plate)).json<VehicleBindingCheck>()).toEqual({})
    const res = await bind({ plate: ev.plate, plateType: ev.plate_type, checkDigits: ev.checkDigits })
    expect(res.statusCode).toBe(201)
    expect((await check(ev.plate)).json<VehicleBindingCheck>()).toEqual({ boundId: res.json<Vehicle>().id })
  })

  it('answers a bad plate with a Chinese field problem and requires login', async () => {
    const problem = expectProblem(await check('浙A1O345'), 400, 'VALIDATION_FAILED')
    expect(JSON.stringify(problem)).toContain('不使用字母 I 和 O')
    expectProblem(await get('/fines/vehicles/binding'), 400, 'VALIDATION_FAILED')
    expect((await check('浙A1B55T', null)).statusCode).toBe(401)
  })
})
