// Fictional payment notices (缴款通知书): exam registration fees and other non-tax income, with
// deadlines relative to the database's first start. Codes are documented in mock/README.md.
import type { Db } from '../../db/database'
import { cstDate } from '../../lib/china-time'
import { feesRepo } from './repo'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * 缴款码: 20 digits = 6-digit region + YYMM of issue + a 10-digit serial. Serials are random, never
 * counted up, so one payer's code does not lead to the next payer's (issue 14).
 */
export const SEEDED_FEE_CODES = {
  teacherExam: '33000026117305928461',
  adultExam: '33000026114819370256',
  expired: '33000026119462018375',
  paid: '33000026112750649183',
  computerExam: '33000026116038175942',
  parkingPermit: '33010026118391527604',
} as const

interface SeedNotice {
  code: string
  payer: string
  item: string
  department: string
  region: string
  amountFen: number
  /** Deadline relative to the seed day (negative = passed). */
  deadlineInDays: number
  paidDaysAgo?: number
}

const NOTICES: SeedNotice[] = [
  { code: SEEDED_FEE_CODES.teacherExam, payer: '王大友', item: '2026年下半年中小学教师资格考试（笔试）报名费', department: '浙江省教育考试院', region: '330000', amountFen: 7000, deadlineInDays: 12 },
  { code: SEEDED_FEE_CODES.adultExam, payer: '王大友', item: '2026年成人高等学校招生全国统一考试报名考试费', department: '浙江省教育考试院', region: '330000', amountFen: 13000, deadlineInDays: 25 },
  { code: SEEDED_FEE_CODES.expired, payer: '陈思远', item: '2026年上半年全国大学英语四、六级考试报名费', department: '浙江省教育考试院', region: '330000', amountFen: 3000, deadlineInDays: -5 },
  { code: SEEDED_FEE_CODES.paid, payer: '王大友', item: '2026年3月全国计算机等级考试报名费（二级）', department: '浙江省教育考试院', region: '330000', amountFen: 8500, deadlineInDays: -20, paidDaysAgo: 30 },
  { code: SEEDED_FEE_CODES.computerExam, payer: '林秀珍', item: '2026年9月全国计算机等级考试报名费（一级）', department: '浙江省教育考试院', region: '330000', amountFen: 8500, deadlineInDays: 30 },
  { code: SEEDED_FEE_CODES.parkingPermit, payer: '王大友', item: '城市道路临时占用费', department: '杭州市城市管理局', region: '330100', amountFen: 26050, deadlineInDays: 7 },
]

export function seed(db: Db, { nowMs }: { nowMs: number }): void {
  const repo = feesRepo(db)
  for (const n of NOTICES) {
    const paidAt = n.paidDaysAgo === undefined ? null : nowMs - n.paidDaysAgo * DAY_MS
    repo.insert({
      code: n.code,
      payer_name: n.payer,
      item: n.item,
      department: n.department,
      region_code: n.region,
      amount_fen: n.amountFen,
      deadline: cstDate(nowMs + n.deadlineInDays * DAY_MS),
      issued_at: nowMs - 40 * DAY_MS,
      paid_at: paidAt,
      paid_via: paidAt === null ? null : 'elsewhere',
    })
  }
}
