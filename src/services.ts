// The client's service list: data only, read by app.config.ts at build time (Taro's config loader
// evaluates it in Node, so nothing here may import runtime code; `import type` is erased).
//
// One entry per feature subpackage (DESIGN.md §2). What the app shows for a service comes from here:
// the subpackage and its pages (app.config.ts), the home shortcut (home), the row in 我的 (me), the
// name of its to-do source (the inbox), and the typed routes (src/routes.ts) can only name the pages
// listed here. A service missing from a list it must be in fails the compiler (see the checks at
// the end) or src/routes.test.ts.
import type { InboxKind } from '@contract'

export interface ServiceDefinition {
  title: string
  /** A few words under the title on the elder-mode tile. */
  hint: string
  /** The glyph on the home shortcut. */
  icon: string
  /** The subpackage root, `features/<key>`. */
  root: string
  /** Page folder names under `<root>/pages/`, entry page first. */
  pages: readonly string[]
  /** The page the home shortcut opens (omit: no shortcut on home). */
  home?: string
  /** The row in 我的 › 我的服务 (omit: none). */
  me?: { title: string; extra: string; page: string }
  /** The to-do inbox sources this service owns, with the name said when one cannot be read. */
  inbox?: Partial<Record<InboxKind, string>>
  /**
   * How a search finds the service (every service with a home entry has one; src/lib/journeys.test.ts):
   * everyday words (水费 → 生活缴费, 违章 → 交通违法) and the title's pinyin and initials, kept as data
   * (checked against pinyin-pro in the test) so the client ships no dictionary.
   */
  search?: { words: readonly string[]; pinyin: string; initials: string }
}

// Order matters: 我的 lists the rows in this order, home the shortcuts.
export const SERVICES = {
  bills: {
    title: '生活缴费',
    hint: '水费 电费 燃气费',
    icon: '生',
    root: 'features/bills',
    pages: ['accounts', 'add', 'account', 'bill'],
    home: 'accounts',
    me: { title: '生活缴费户号', extra: '水 电 燃气', page: 'accounts' },
    inbox: { bill: '生活缴费' },
    search: { words: ['水费', '电费', '燃气费', '煤气费', '天然气', '自来水', '缴费', '交费', '户号', '账单'], pinyin: 'shenghuojiaofei', initials: 'shjf' },
  },
  fines: {
    title: '交通违法',
    hint: '查询 缴纳罚款',
    icon: '交',
    root: 'features/fines',
    pages: ['vehicles', 'bind', 'violations', 'violation', 'decision'],
    home: 'vehicles',
    me: { title: '我的车辆', extra: '交通违法 罚款', page: 'vehicles' },
    inbox: { fine: '交通违法' },
    search: { words: ['违章', '罚款', '罚单', '交通罚款', '决定书', '车辆', '车牌', '扣分'], pinyin: 'jiaotongweifa', initials: 'jtwf' },
  },
  fees: {
    title: '非税缴费',
    hint: '考试报名费等',
    icon: '非',
    root: 'features/fees',
    pages: ['pay'],
    me: { title: '非税缴费', extra: '考试报名费等', page: 'pay' },
    inbox: { fee: '非税缴费' },
  },
  payments: {
    title: '缴费记录',
    hint: '订单与电子票据',
    icon: '缴',
    root: 'features/payments',
    pages: ['checkout', 'result', 'history', 'receipt'],
    me: { title: '缴费记录', extra: '订单与电子票据', page: 'history' },
  },
  certificates: {
    title: '证照',
    hint: '电子证照 亮证',
    icon: '证',
    root: 'features/certificates',
    pages: ['wallet', 'certificate', 'usage', 'apply', 'result'],
    home: 'wallet',
    me: { title: '我的证照', extra: '亮证、用证记录', page: 'wallet' },
    inbox: { certificate: '电子证照' },
    search: { words: ['电子证照', '亮证', '证件', '身份证', '驾驶证', '驾照', '居住证', '社保卡'], pinyin: 'zhengzhao', initials: 'zz' },
  },
  appointments: {
    title: '预约办事',
    hint: '大厅预约 取号',
    icon: '预',
    root: 'features/appointments',
    pages: ['halls', 'book', 'confirm', 'mine', 'detail'],
    home: 'halls',
    me: { title: '我的预约', extra: '签到、取消、候补', page: 'mine' },
    inbox: { appointment: '预约办事' },
    search: { words: ['预约', '取号', '排队', '大厅', '办事大厅', '签到'], pinyin: 'yuyuebanshi', initials: 'yybs' },
  },
  cases: {
    title: '办件查询',
    hint: '进度 评价',
    icon: '办',
    root: 'features/cases',
    pages: ['list', 'lookup', 'detail', 'correction', 'rate'],
    home: 'list',
    me: { title: '我的办件', extra: '进度、补正、评价', page: 'list' },
    inbox: { case: '办件' },
    search: { words: ['办件', '进度', '评价', '好差评', '查询密码', '补正'], pinyin: 'banjianchaxun', initials: 'bjcx' },
  },
  messages: {
    title: '消息中心',
    hint: '账单、办件、预约提醒',
    icon: '消',
    root: 'features/messages',
    pages: ['list'],
  },
} as const satisfies Record<string, ServiceDefinition>

export type ServiceKey = keyof typeof SERVICES
export type PageOf<K extends ServiceKey> = (typeof SERVICES)[K]['pages'][number]

/** The services in their display order. */
export const SERVICE_KEYS = Object.keys(SERVICES) as ServiceKey[]

/** The main package: the tab pages and what the first screen needs. */
export const MAIN_PAGES = ['pages/home/index', 'pages/catalogue/index', 'pages/me/index', 'pages/login/index', 'pages/city/index'] as const

/** The shell's pages off the first screen (a service item's detail, settings, privacy policy, 用户协议). */
export const MORE = { root: 'more', pages: ['catalogue-item', 'settings', 'privacy', 'agreement'] } as const

/** app.config.ts's subPackages: one per service, then `more`. */
export function subPackages(): Array<{ root: string; pages: string[] }> {
  return [...SERVICE_KEYS.map((key) => SERVICES[key] as ServiceDefinition), MORE].map(({ root, pages }) => ({
    root,
    pages: pages.map((page) => `pages/${page}/index`),
  }))
}

// Compile-time checks: each entry page is one of the service's pages, and every inbox kind of the
// contract is owned by exactly one service (a new kind without a service fails `tsc`).
type Entries = { [K in ServiceKey]: (typeof SERVICES)[K] }
type BadEntry = {
  [K in ServiceKey]: Entries[K] extends { home: infer H } ? (H extends PageOf<K> ? never : K) : never
}[ServiceKey] | {
  [K in ServiceKey]: Entries[K] extends { me: { page: infer P } } ? (P extends PageOf<K> ? never : K) : never
}[ServiceKey]
type OwnedKinds = { [K in ServiceKey]: Entries[K] extends { inbox: infer I } ? keyof I : never }[ServiceKey]
const allEntriesValid: [BadEntry] extends [never] ? true : BadEntry = true
const everyInboxKindOwned: [Exclude<InboxKind, OwnedKinds>] extends [never] ? true : Exclude<InboxKind, OwnedKinds> = true
export const SERVICE_CHECKS = [allEntriesValid, everyInboxKindOwned] as const
