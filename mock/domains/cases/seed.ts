// Fictional cases (办件) for the personas. The resident has one in every stage and side state; the
// elder and the company have a few. Histories are played through the same workflow as the admin
// route (relative to the database's first start, on working days), silently (no messages).
// Case numbers and query passwords are fixed so the README, demos and tests can use them.
import type { Db } from '../../db/database'
import type { SeedContext } from '../../http/types'
import { cstDate, cstInstant } from '../../lib/china-time'
import { addWorkingDays, isWorkingDay, addCalendarDays } from '../../lib/working-days'
import type { CaseAnswer, CaseRatingBody, CaseStage } from '../../../contract'
import { createCase, type NewCaseDelivery } from './create-case'
import { SEEDED_PASSWORD_RECORDS } from './seed-password-records'

import { casesRepo } from './repo'
import { advanceCase, advanceRectification, rateCase, resubmitCorrection, type AdvanceInput } from './workflow'

function seededPasswordRecord(caseNumber: string): string {
  const record = SEEDED_PASSWORD_RECORDS[caseNumber]
  if (record === undefined) throw new Error(`no precomputed password record for seeded case ${caseNumber} (see seed-password-records.ts)`)
  return record
}

const RESIDENT = 'u100001'
const ELDER = 'u100002'
const COMPANY = 'u100003'

type Step =
  | { wd: number; at: string; advance: AdvanceInput }
  | { wd: number; at: string; resubmit: CaseAnswer[] }
  | { wd: number; at: string; rate: CaseRatingBody }
  | { wd: number; at: string; rectify: 'rectifying' | 'rectified'; note: string }

interface SeedCase {
  caseNumber: string
  password: string
  userId: string
  serviceName: string
  department: string
  cityCode: string
  kind: 'immediate' | 'promised'
  promisedWorkingDays: number
  delivery: NewCaseDelivery
  /** Working days before the seed date, and the CST time (HH:mm); wd 0 with at 'now-2h' = two hours ago. */
  submitted: { wd: number; at: string }
  steps: Step[]
  /** The stage the history ends in (checked by the tests). */
  stage: CaseStage
}

const HZ_HALL = '杭州市民中心 C 区 2 楼综合窗口'
const RESIDENT_ADDRESS = '浙江省杭州市西湖区文三路 90 号 3 幢 502 室'

export const SEEDED_CASES = {
  submitted: {
    caseNumber: '330100202611270830150001', password: '802416', userId: RESIDENT, stage: 'submitted',
    serviceName: '公共租赁住房保障资格申请', department: '杭州市住房保障和房产管理局', cityCode: '330100', kind: 'promised', promisedWorkingDays: 20,
    delivery: { method: 'pickup', hallName: HZ_HALL }, submitted: { wd: 0, at: 'now-2h' }, steps: [],
  },
  accepted: {
    caseNumber: '330100202611250915420002', password: '315972', userId: RESIDENT, stage: 'accepted',
    serviceName: '出生医学证明补发', department: '杭州市卫生健康委员会', cityCode: '330100', kind: 'promised', promisedWorkingDays: 10,
    delivery: { method: 'pickup', hallName: '杭州市妇产科医院出生医学证明办理窗口' }, submitted: { wd: 2, at: '09:15' },
    steps: [{ wd: 1, at: '10:05', advance: {} }],
  },
  reviewing: {
    caseNumber: '330100202611181010080003', password: '640285', userId: RESIDENT, stage: 'reviewing',
    serviceName: '高层次人才分类认定', department: '杭州市人力资源和社会保障局', cityCode: '330100', kind: 'promised', promisedWorkingDays: 15,
    delivery: { method: 'ems', address: RESIDENT_ADDRESS }, submitted: { wd: 7, at: '10:10' },
    steps: [
      { wd: 6, at: '09:40', advance: {} },
      { wd: 5, at: '14:20', advance: { note: '材料审查中，将组织部门会审' } },
    ],
  },
  decided: {
    caseNumber: '330100202611121430550004', password: '527308', userId: RESIDENT, stage: 'decided',
    serviceName: '住房公积金贷款申请', department: '杭州住房公积金管理中心', cityCode: '330100', kind: 'promised', promisedWorkingDays: 10,
    delivery: { method: 'pickup', hallName: '杭州住房公积金管理中心城西服务部' }, submitted: { wd: 11, at: '14:30' },
    steps: [
      { wd: 10, at: '09:10', advance: {} },
      { wd: 9, at: '11:00', advance: {} },
      { wd: 2, at: '16:45', advance: { note: '准予贷款，贷款额度与期限见审批结果' } },
    ],
  },
  correction: {
    caseNumber: '330100202611161005300005', password: '135790', userId: RESIDENT, stage: 'correction',
    serviceName: '医疗救助申请', department: '杭州市西湖区医疗保障局', cityCode: '330100', kind: 'promised', promisedWorkingDays: 15,
    delivery: { method: 'pickup', hallName: '杭州市西湖区行政服务中心 2 楼医保窗口' }, submitted: { wd: 8, at: '10:05' },
    steps: [
      { wd: 7, at: '09:30', advance: {} },
      { wd: 6, at: '15:10', advance: {} },
      {
        wd: 1,
        at: '11:20',
        advance: {
          to: 'correction',
          items: [
            { title: '户口簿复印件', hint: '原件扫描不清晰，请补充户主页和本人页的清晰扫描件，并说明提交方式' },
            { title: '近 6 个月医疗费用票据', hint: '缺少 8 月份的住院票据，请补充加盖医院收费章的票据' },
            { title: '家庭收入情况说明', hint: '请说明家庭成员近 12 个月的收入情况并签字确认' },
          ],
        },
      },
    ],
  },
  special: {
    caseNumber: '330100202611020900120006', password: '918364', userId: RESIDENT, stage: 'special',
    serviceName: '农村宅基地建房审批', department: '杭州市余杭区农业农村局', cityCode: '330100', kind: 'promised', promisedWorkingDays: 20,
    delivery: { method: 'pickup', hallName: '杭州市余杭区行政服务中心' }, submitted: { wd: 16, at: '09:00' },
    steps: [
      { wd: 15, at: '10:30', advance: {} },
      { wd: 14, at: '09:45', advance: {} },
      // The until-date is set relative to the seed date below (10 working days from the start).
      { wd: 4, at: '15:00', advance: { to: 'special', note: '需现场踏勘并公示（公示期 10 个工作日）' } },
    ],
  },
  rejected: {
    caseNumber: '330100202611101120440007', password: '470153', userId: RESIDENT, stage: 'rejected',
    serviceName: '个体工商户设立登记', department: '杭州市西湖区市场监督管理局', cityCode: '330100', kind: 'promised', promisedWorkingDays: 3,
    delivery: { method: 'pickup', hallName: '杭州市西湖区行政服务中心 1 楼市场监管窗口' }, submitted: { wd: 13, at: '11:20' },
    steps: [
      { wd: 12, at: '09:50', advance: { to: 'rejected', note: '经营场所位于拱墅区，不属于本机关管辖，请向杭州市拱墅区市场监督管理局申请' } },
    ],
  },
  returned: {
    caseNumber: '330100202610281500090008', password: '286417', userId: RESIDENT, stage: 'returned',
    serviceName: '门诊慢特病待遇认定', department: '杭州市医疗保障局', cityCode: '330100', kind: 'promised', promisedWorkingDays: 10,
    delivery: { method: 'pickup', hallName: HZ_HALL }, submitted: { wd: 22, at: '15:00' },
    steps: [
      { wd: 21, at: '09:20', advance: {} },
      { wd: 20, at: '10:00', advance: {} },
      { wd: 19, at: '14:00', advance: { to: 'correction', items: [{ title: '近一年病历资料', hint: '请补充二级及以上医院近一年的门诊病历' }] } },
      { wd: 12, at: '09:00', advance: { to: 'returned', note: '补正期限届满未补正，申请已退回；如需办理请重新申请' } },
    ],
  },
  completed: {
    caseNumber: '330100202611060940210009', password: '753160', userId: RESIDENT, stage: 'completed',
    serviceName: '《就业创业证》申领', department: '杭州市就业管理服务中心', cityCode: '330100', kind: 'immediate', promisedWorkingDays: 0,
    delivery: { method: 'pickup', hallName: HZ_HALL }, submitted: { wd: 2, at: '09:40' },
    steps: [
      { wd: 2, at: '09:55', advance: {} },
      { wd: 2, at: '10:20', advance: { to: 'completed' } },
    ],
  },
  delivered: {
    caseNumber: '330100202610201010330010', password: '604829', userId: RESIDENT, stage: 'delivered',
    serviceName: '机动车驾驶证期满换证', department: '杭州市公安局交通警察支队车辆管理所', cityCode: '330100', kind: 'promised', promisedWorkingDays: 5,
    delivery: { method: 'ems', address: RESIDENT_ADDRESS }, submitted: { wd: 27, at: '10:10' },
    steps: [
      { wd: 27, at: '14:00', advance: {} },
      { wd: 25, at: '16:30', advance: { to: 'completed', trackingNumber: '1105246813579' } },
      { wd: 23, at: '11:15', advance: {} },
      { wd: 22, at: '20:00', rate: { level: 'satisfied', indicators: { overall: 5, efficiency: 4, guideAccuracy: 5, convenience: 5, usability: 4 } } },
    ],
  },
  rectifying: {
    caseNumber: '330100202609281430180011', password: '391572', userId: RESIDENT, stage: 'delivered',
    serviceName: '不动产权证书补证', department: '杭州市规划和自然资源局西湖分局', cityCode: '330100', kind: 'promised', promisedWorkingDays: 15,
    delivery: { method: 'pickup', hallName: '杭州市不动产登记服务中心西湖分中心' }, submitted: { wd: 32, at: '14:30' },
    steps: [
      { wd: 31, at: '09:30', advance: {} },
      { wd: 30, at: '10:00', advance: {} },
      { wd: 12, at: '15:30', advance: { to: 'completed' } },
      { wd: 11, at: '10:40', advance: {} },
      { wd: 10, at: '21:05', rate: { level: 'dissatisfied', comment: '窗口让我来回跑了两趟，办理时间也比承诺的长', indicators: { overall: 2, efficiency: 1 } } },
      { wd: 9, at: '10:30', rectify: 'rectifying', note: '已电话回访，核实补证材料要求前后不一致的问题' },
    ],
  },
  elderCompleted: {
    caseNumber: '330300202611131000260101', password: '208461', userId: ELDER, stage: 'completed',
    serviceName: '老年人优待证办理', department: '温州市鹿城区民政局', cityCode: '330300', kind: 'promised', promisedWorkingDays: 5,
    delivery: { method: 'pickup', hallName: '温州市鹿城区行政审批服务中心' }, submitted: { wd: 6, at: '10:00' },
    steps: [
      { wd: 5, at: '09:30', advance: {} },
      { wd: 1, at: '15:00', advance: { to: 'completed' } },
    ],
  },
  elderReviewing: {
    caseNumber: '330300202611200915070102', password: '579034', userId: ELDER, stage: 'reviewing',
    serviceName: '门诊特殊病种待遇认定', department: '温州市医疗保障局', cityCode: '330300', kind: 'promised', promisedWorkingDays: 10,
    delivery: { method: 'pickup', hallName: '温州市民中心医保窗口' }, submitted: { wd: 4, at: '09:15' },
    steps: [
      { wd: 3, at: '10:00', advance: {} },
      { wd: 3, at: '10:30', advance: {} },
    ],
  },
  companyReviewing: {
    caseNumber: '330100202611190930410201', password: '864210', userId: COMPANY, stage: 'reviewing',
    serviceName: '食品经营许可证核发', department: '杭州市西湖区市场监督管理局', cityCode: '330100', kind: 'promised', promisedWorkingDays: 5,
    delivery: { method: 'ems', address: '浙江省杭州市西湖区西溪路 525 号 B 楼 3 层' }, submitted: { wd: 3, at: '09:30' },
    steps: [
      { wd: 2, at: '09:30', advance: {} },
      { wd: 2, at: '14:00', advance: {} },
    ],
  },
  companyDelivered: {
    caseNumber: '330100202610300900150202', password: '112358', userId: COMPANY, stage: 'delivered',
    serviceName: '高新技术企业认定', department: '杭州市科学技术局', cityCode: '330100', kind: 'promised', promisedWorkingDays: 20,
    delivery: { method: 'ems', address: '浙江省杭州市西湖区西溪路 525 号 B 楼 3 层' }, submitted: { wd: 40, at: '09:00' },
    steps: [
      { wd: 39, at: '10:00', advance: {} },
      { wd: 38, at: '10:00', advance: {} },
      { wd: 30, at: '14:00', advance: { to: 'special', note: '组织专家评审' } },
      { wd: 24, at: '09:00', advance: {} },
      { wd: 15, at: '16:00', advance: { to: 'completed', trackingNumber: '1105987654321' } },
      { wd: 13, at: '11:00', advance: {} },
      { wd: 12, at: '09:00', rate: { level: 'very_satisfied', comment: '专家评审安排得很及时' } },
    ],
  },
} satisfies Record<string, SeedCase>

/** The date `n` working days before `date` (n = 0: `date` itself). */
function workingDaysBefore(date: string, n: number): string {
  let d = date
  for (let left = n; left > 0; ) {
    d = addCalendarDays(d, -1)
    if (isWorkingDay(d)) left -= 1
  }
  return d
}

export function seed(db: Db, { nowMs }: SeedContext): void {
  const today = cstDate(nowMs)
  const instant = (wd: number, at: string): number => {
    if (at === 'now-2h') return nowMs - 2 * 60 * 60 * 1000
    const [y, m, d] = workingDaysBefore(today, wd).split('-').map(Number)
    const [hh, mm] = at.split(':').map(Number)
    // Never in the future, whatever time of day the database is first seeded.
    return Math.min(cstInstant(y, m, d, hh, mm), nowMs - 60_000 * (wd + 1))
  }
  const repo = casesRepo(db)
  const opts = { silent: true }
  for (const spec of Object.values(SEEDED_CASES) as SeedCase[]) {
    const created = createCase(
      db,
      {
        userId: spec.userId,
        serviceName: spec.serviceName,
        department: spec.department,
        cityCode: spec.cityCode,
        kind: spec.kind,
        promisedWorkingDays: spec.promisedWorkingDays,
        delivery: spec.delivery,
        fixedPassword: { password: spec.password, record: seededPasswordRecord(spec.caseNumber) },
      },
      instant(spec.submitted.wd, spec.submitted.at),
    )
    db.prepare('UPDATE cases SET case_number = ? WHERE id = ?').run(spec.caseNumber, created.id)
    for (const step of spec.steps) {
      const at = instant(step.wd, step.at)
      const row = repo.byId(created.id)!
      if ('advance' in step) {
        const input = step.advance.to === 'special' ? { ...step.advance, until: addWorkingDays(cstDate(at), 10) } : step.advance
        advanceCase(db, row, input, at, opts)
      } else if ('resubmit' in step) resubmitCorrection(db, row, step.resubmit, null, at, opts)
      else if ('rate' in step) rateCase(db, row, step.rate, at, opts)
      else advanceRectification(db, row, step.rectify, step.note, at, opts)
    }
  }
}
