// The shape of a service item template. Each template is instanced for every city offering it,
// with the id `<cityCode>-<code>`. Guide strings may use {city} (杭州市) and {short} (杭州).
import type { Material } from '../../../../contract'
import type { DepartmentKey } from './departments'
import type { ThemeCode } from './themes'

export type Star = 3 | 4 | 5

export interface GuideTemplate {
  summary: string
  conditions: string[]
  materials: Material[]
  /** Fee in 分; omitted means free. */
  feeFen?: number
  feeNote?: string
  legalDays: number
  promisedDays: number
  basis: string[]
  /** Omitted: the standard steps for the item's star level. */
  steps?: string[]
}

export interface ItemTemplate {
  code: string
  name: string
  audience: 'personal' | 'legal'
  themes: ThemeCode[]
  dept: DepartmentKey
  star: Star
  /** 网上办理深度 Ⅰ–Ⅳ; default from the star level. */
  depth?: 1 | 2 | 3 | 4
  /** 到办事现场次数; default from the star level. */
  visits?: 0 | 1 | 2
  /** Cities offering the item; default all 11. */
  cities?: string[]
  /** Cities where the item has gone further (or less far) online than the default. */
  starByCity?: Record<string, Star>
  keywords: string[]
  guide: GuideTemplate
}

export const m = (name: string, copies = 1, required = true, note?: string): Material =>
  note === undefined ? { name, copies, required } : { name, copies, required, note }

export const DEFAULT_DEPTH: Record<Star, 1 | 2 | 3 | 4> = { 5: 4, 4: 3, 3: 2 }
export const DEFAULT_VISITS: Record<Star, 0 | 1 | 2> = { 5: 0, 4: 1, 3: 1 }

export const STANDARD_STEPS: Record<Star, string[]> = {
  5: [
    '登录后在线填写申请信息',
    '授权调用电子证照，或上传申请材料',
    '部门在线审核（信任在先）',
    '办结后结果电子送达，需纸质结果的免费邮寄到家',
  ],
  4: [
    '登录后在线填写申请信息并上传材料',
    '部门在线预审，预审通过后短信通知',
    '按约定时间到办事大厅核验身份、提交原件（只跑一次）',
    '当场或按承诺时限办结，结果可邮寄',
  ],
  3: [
    '登录后在线预约或申报，查看办理进度',
    '按通知携带材料原件到办事大厅窗口办理',
    '部门受理、审查并作出决定',
    '到窗口领取结果或选择邮寄',
  ],
}
