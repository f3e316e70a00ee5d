// Fictional traffic data: a vehicle registry across all 11 cities, the resident's bound car with
// violations in every state (surcharge running, still free, capped, unprocessed, paid history), an
// unbound new-energy car for the bind journey, and decisions of other owners' cars payable by
// number. Dates are relative to the database's first start, so surcharges are realistic.
import type { Db } from '../../db/database'
import { cstDate, cstParts } from '../../lib/china-time'
import { newDecisionNumber } from './numbers'
import { finesRepo, type VehicleRow, type ViolationRow } from './repo'

const DAY_MS = 24 * 60 * 60 * 1000
const RESIDENT = 'u100001'
const ELDER = 'u100002'

interface SeedVehicle extends VehicleRow {
  /** What the bind form needs: the last digits the city asks for (documented in mock/README.md). */
  checkDigits: string
}

export const SEEDED_VEHICLES = {
  residentCar: { plate: '浙A1B55T', plate_type: '02', city_code: '330100', owner_name: '王大友', engine_no: 'JL4G15A12345', vin: 'LSVAU2180N2123456', checkDigits: 'A12345' },
  residentEv: { plate: '浙AD12345', plate_type: '52', city_code: '330100', owner_name: '王大友', engine_no: 'TZ220XS608321', vin: 'LGXCE4CB5P0608321', checkDigits: '608321' },
  hangzhouOther: { plate: '浙A7C90M', plate_type: '02', city_code: '330100', owner_name: '李国强', engine_no: 'EA211C75318', vin: 'LFV2A21K7M4075318', checkDigits: 'C75318' },
  hangzhouOtherEv: { plate: '浙AF23618', plate_type: '52', city_code: '330100', owner_name: '赵晓燕', engine_no: 'TZ180XSE29044', vin: 'LC0CE4CC1N0290447', checkDigits: 'E29044' },
  ningbo: { plate: '浙B3K77X', plate_type: '02', city_code: '330200', owner_name: '陈海波', engine_no: 'G4FJ8H563201', vin: 'LBEHDAFB5NY662810', checkDigits: '662810' },
  wenzhouElder: { plate: '浙C5M21P', plate_type: '02', city_code: '330300', owner_name: '林秀珍', engine_no: 'DK12A0731', vin: 'LGBH52E08MY017733', checkDigits: '0731' },
  jiaxing: { plate: '浙F8R03D', plate_type: '02', city_code: '330400', owner_name: '沈佳怡', engine_no: 'B15D2K9921', vin: 'LSGUL8AL7NA390265', checkDigits: '390265' },
  huzhou: { plate: '浙E2H66A', plate_type: '07', city_code: '330500', owner_name: '钱志刚', engine_no: 'QJ157FMI6B48120', vin: 'LAEEACC10NHS48120', checkDigits: 'B48120' },
  shaoxing: { plate: '浙D6T18Q', plate_type: '02', city_code: '330600', owner_name: '孙丽萍', engine_no: 'SQRE4T15C51177', vin: 'LVTDB21B3ND513947', checkDigits: '3947' },
  jinhua: { plate: '浙G9W52L', plate_type: '01', city_code: '330700', owner_name: '吴建军', engine_no: 'WP10H336E22M0815', vin: 'LZZ1CLVB8NW815402', checkDigits: '2M0815' },
  quzhou: { plate: '浙H0S39C', plate_type: '02', city_code: '330800', owner_name: '郑晓东', engine_no: 'CJS7P230612', vin: 'LNBMDBAF4NR230612', checkDigits: '230612' },
  zhoushan: { plate: '浙L1P88N', plate_type: '02', city_code: '330900', owner_name: '周海燕', engine_no: 'HR16E7730', vin: 'LGBG22E27NY477309', checkDigits: '7730' },
  taizhou: { plate: '浙J7A26U', plate_type: '02', city_code: '331000', owner_name: '王志强', engine_no: 'L3G4J0211', vin: 'L6T7844Z4NN402118', checkDigits: '402118' },
  lishui: { plate: '浙K4E50R', plate_type: '02', city_code: '331100', owner_name: '叶美华', engine_no: 'JLB4G15N19027', vin: 'L6T79F4E0NJ190270', checkDigits: 'N19027' },
} satisfies Record<string, SeedVehicle>

export const SEEDED_VEHICLE_BINDINGS = {
  residentCar: 'veh_seed-resident-car',
  elderCar: 'veh_seed-elder-car',
} as const

/** Violation ids of the seed (stable across databases). */
export const SEEDED_VIOLATIONS = {
  residentRunning: 'vio_seed-resident-1',
  residentFree: 'vio_seed-resident-2',
  residentCapped: 'vio_seed-resident-3',
  residentUnprocessed: 'vio_seed-resident-4',
  residentPaid1: 'vio_seed-resident-5',
  residentPaid2: 'vio_seed-resident-6',
  residentEv: 'vio_seed-resident-ev-1',
  byNumberRunning: 'vio_seed-decision-1',
  byNumberRecent: 'vio_seed-decision-2',
  byNumberPaid: 'vio_seed-decision-3',
} as const

/**
 * Decisions of other owners' cars, payable by number (documented in mock/README.md). Their serials
 * are scattered like real random ones (see numbers.ts): neighbouring numbers lead nowhere.
 */
export const SEEDED_DECISIONS = {
  running: '3301042026583917',
  recent: '3301042026270465',
  paid: '3301042026846102',
} as const

const ACTS = {
  markings: { act: '机动车违反禁止标线指示的', code: '1345', fine_fen: 20000, points: 3 },
  parking: { act: '机动车违反规定停放、临时停车，妨碍其他车辆、行人通行的', code: '1039', fine_fen: 15000, points: 0 },
  speeding: { act: '驾驶机动车在城市道路上行驶超过规定时速10%未达20%的', code: '1352', fine_fen: 10000, points: 3 },
  lane: { act: '机动车通过有灯控路口时，不按所需行进方向驶入导向车道的', code: '1208', fine_fen: 10000, points: 2 },
  signal: { act: '驾驶机动车违反道路交通信号灯通行的', code: '1625', fine_fen: 20000, points: 6 },
  belt: { act: '驾驶人未按规定使用安全带的', code: '6011', fine_fen: 5000, points: 1 },
} as const

type Act = (typeof ACTS)[keyof typeof ACTS]

export function seed(db: Db, { nowMs }: { nowMs: number }): void {
  const repo = finesRepo(db)
  for (const v of Object.values(SEEDED_VEHICLES)) {
    const { checkDigits: _digits, ...row } = v
    repo.insertVehicle(row)
  }
  const prefix = `330106${cstParts(nowMs).year}`
  const issued = new Set<string>(Object.values(SEEDED_DECISIONS))
  const nextDecision = () => {
    const number = newDecisionNumber(prefix, (candidate) => issued.has(candidate))
    issued.add(number)
    return number
  }

  /** `receivedDaysAgo` null = unprocessed; `paidDaysAgo` set = paid elsewhere that day. */
  const add = (
    id: string,
    plate: string,
    act: Act,
    place: string,
    occurredDaysAgo: number,
    receivedDaysAgo: number | null,
    options: { paidDaysAgo?: number; decision?: string } = {},
  ) => {
    const processed = receivedDaysAgo !== null
    const paidAt = options.paidDaysAgo === undefined ? null : nowMs - options.paidDaysAgo * DAY_MS
    const row: Omit<ViolationRow, 'payment_id'> = {
      id,
      plate,
      occurred_at: nowMs - occurredDaysAgo * DAY_MS - 7 * 60 * 60 * 1000,
      place,
      ...act,
      status: paidAt !== null ? 'paid' : processed ? 'awaiting_payment' : 'unprocessed',
      decision_number: processed ? (options.decision ?? nextDecision()) : null,
      decision_received_on: processed ? cstDate(nowMs - receivedDaysAgo * DAY_MS) : null,
      paid_at: paidAt,
      paid_via: paidAt !== null ? 'elsewhere' : null,
      charged_on: paidAt !== null ? cstDate(paidAt) : null,
    }
    repo.insertViolation(row)
  }

  const car = SEEDED_VEHICLES.residentCar.plate
  const ids = SEEDED_VIOLATIONS
  add(ids.residentRunning, car, ACTS.markings, '杭州市西湖区文三路与学院路交叉口', 26, 20)
  add(ids.residentFree, car, ACTS.parking, '杭州市拱墅区湖墅南路88号附近', 8, 3)
  add(ids.residentCapped, car, ACTS.speeding, '杭州市上城区秋涛路（钱江路至复兴路段）', 70, 60)
  add(ids.residentUnprocessed, car, ACTS.lane, '杭州市滨江区江南大道与江晖路交叉口', 5, null)
  add(ids.residentPaid1, car, ACTS.signal, '杭州市西湖区天目山路与古墩路交叉口', 210, 200, { paidDaysAgo: 193 })
  add(ids.residentPaid2, car, ACTS.belt, '杭州市余杭区文一西路969号附近', 420, 400, { paidDaysAgo: 398 })
  add(ids.residentEv, SEEDED_VEHICLES.residentEv.plate, ACTS.markings, '杭州市萧山区市心中路与人民路交叉口', 14, 10)

  const other = SEEDED_VEHICLES.hangzhouOther.plate
  add(ids.byNumberRunning, other, ACTS.markings, '杭州市上城区解放路与建国中路交叉口', 31, 25, { decision: SEEDED_DECISIONS.running })
  add(ids.byNumberRecent, SEEDED_VEHICLES.hangzhouOtherEv.plate, ACTS.speeding, '杭州市拱墅区上塘高架（德胜路至石祥路段）', 6, 2, {
    decision: SEEDED_DECISIONS.recent,
  })
  add(ids.byNumberPaid, other, ACTS.parking, '杭州市西湖区曙光路与北山街交叉口', 50, 45, { decision: SEEDED_DECISIONS.paid, paidDaysAgo: 40 })

  // One awaiting-payment violation for each other city's car (the elder's 温州 car has two).
  const places: Record<string, string> = {
    ningbo: '宁波市鄞州区天童南路与四明中路交叉口',
    wenzhouElder: '温州市鹿城区车站大道与划龙桥路交叉口',
    jiaxing: '嘉兴市南湖区中山东路与中环东路交叉口',
    huzhou: '湖州市吴兴区红旗路与外环东路交叉口',
    shaoxing: '绍兴市越城区解放北路与环城北路交叉口',
    jinhua: '金华市婺城区八一南街与双溪西路交叉口',
    quzhou: '衢州市柯城区荷花中路与新桥街交叉口',
    zhoushan: '舟山市定海区解放西路与环城南路交叉口',
    taizhou: '台州市椒江区市府大道与东环大道交叉口',
    lishui: '丽水市莲都区中山街与人民街交叉口',
  }
  Object.entries(places).forEach(([key, place], i) => {
    const plate = SEEDED_VEHICLES[key as keyof typeof SEEDED_VEHICLES].plate
    add(`vio_seed-${key}-1`, plate, i % 2 === 0 ? ACTS.markings : ACTS.speeding, place, 12 + i * 3, 8 + i * 3)
  })
  add('vio_seed-wenzhouElder-2', SEEDED_VEHICLES.wenzhouElder.plate, ACTS.belt, places.wenzhouElder, 3, null)
  // Paid earlier in the elder's scoring cycle: with the one above her 驾驶证 has reached 12 points (3 + 6 + 3).
  add('vio_seed-wenzhouElder-3', SEEDED_VEHICLES.wenzhouElder.plate, ACTS.signal, '温州市鹿城区人民西路与府前街交叉口', 150, 140, { paidDaysAgo: 135 })
  add('vio_seed-wenzhouElder-4', SEEDED_VEHICLES.wenzhouElder.plate, ACTS.speeding, '温州市瓯海区温瑞大道（南塘街至学院路段）', 100, 95, { paidDaysAgo: 90 })

  const boundAt = nowMs - 300 * DAY_MS
  repo.bindings.bind(RESIDENT, car, boundAt, { id: SEEDED_VEHICLE_BINDINGS.residentCar, limit: Number.MAX_SAFE_INTEGER })
  repo.bindings.bind(ELDER, SEEDED_VEHICLES.wenzhouElder.plate, boundAt, { id: SEEDED_VEHICLE_BINDINGS.elderCar, limit: Number.MAX_SAFE_INTEGER })
}
