// Fictional utility data for all 11 cities: providers, household accounts with 14 months of bills
// each, and the personas' bindings (with family sharing of one gas account). Earlier bills were paid
// in other channels (bank debit, counters): the payment service starts empty, so a user's first
// payment is their only one. Account numbers are fixed (tests and demos refer to them); amounts
// come from a seeded PRNG, so every database gets the same data.
import type { UtilityType } from '../../../contract'
import type { Db } from '../../db/database'
import { cstInstant, cstParts, period, parsePeriod } from '../../lib/china-time'
import { createRng, type Rng } from '../../lib/rng'
import { DISTRICTS, GIVEN_NAMES, PROVIDERS, STREETS, SURNAMES } from './data/providers'
import { billId, utilitiesRepo, type UtilitiesRepo } from './repo'

const DAY_MS = 24 * 60 * 60 * 1000

/** Months of bill history per account (at least 12, as the history page shows a year). */
export const HISTORY_MONTHS = 14

/** Generated accounts per provider, on top of the named ones below. */
const GENERATED_PER_PROVIDER = 4

interface NamedAccount {
  providerId: string
  accountNumber: string
  holder: string
  district: string
  detail: string
  /** How many of the most recent bills are unpaid. */
  unpaid: number
}

export const SEEDED_ACCOUNTS = {
  residentWater: { providerId: '330100-water-1', accountNumber: '3100428517', holder: '王大友', district: '西湖区', detail: '文三路 398 号 5 幢 1201 室', unpaid: 2 },
  residentElectricity: { providerId: '330100-electricity-1', accountNumber: '3301582046', holder: '王大友', district: '西湖区', detail: '文三路 398 号 5 幢 1201 室', unpaid: 1 },
  familyGas: { providerId: '330300-gas-1', accountNumber: 'WZ20418366', holder: '林秀珍', district: '鹿城区', detail: '解放街 66 号 302 室', unpaid: 1 },
} satisfies Record<string, NamedAccount>

/** Unbound accounts for the bind journey (documented in mock/README.md). */
export const BIND_JOURNEY_ACCOUNTS: NamedAccount[] = [
  { providerId: '330100-water-1', accountNumber: '3207731954', holder: '陈建华', district: '拱墅区', detail: '湖墅南路 88 号 3 单元 502 室', unpaid: 2 },
  { providerId: '330100-water-1', accountNumber: '3315068842', holder: '周美玲', district: '上城区', detail: '清泰街 120 号 1 幢 603 室', unpaid: 1 },
  { providerId: '330100-water-1', accountNumber: '3489120376', holder: '叶永康', district: '滨江区', detail: '江南大道 3688 号 2 幢 1102 室', unpaid: 0 },
  { providerId: '330100-water-2', accountNumber: '58034417', holder: '徐海燕', district: '萧山区', detail: '人民路 215 号 4 幢 301 室', unpaid: 1 },
  { providerId: '330100-electricity-1', accountNumber: '3360297715', holder: '潘伟民', district: '余杭区', detail: '文一西路 969 号 7 幢 801 室', unpaid: 1 },
  { providerId: '330100-electricity-1', accountNumber: '3374410298', holder: '郑春梅', district: '西湖区', detail: '天目山路 176 号 2 单元 402 室', unpaid: 2 },
  { providerId: '330100-gas-1', accountNumber: '806633172', holder: '金晓东', district: '拱墅区', detail: '莫干山路 501 号 6 幢 1503 室', unpaid: 1 },
  { providerId: '330100-gas-1', accountNumber: '871205549', holder: '胡雅琴', district: '上城区', detail: '望江路 38 号 1 幢 202 室', unpaid: 0 },
]

export const SEEDED_BINDINGS = {
  residentWater: 'ha_seed-resident-water',
  residentElectricity: 'ha_seed-resident-electricity',
  residentGas: 'ha_seed-resident-gas',
  elderGas: 'ha_seed-elder-gas',
} as const

const RESIDENT = 'u100001'
const ELDER = 'u100002'

const SEASON: Record<UtilityType, number[]> = {
  water: [0.9, 0.9, 0.95, 1, 1.05, 1.15, 1.3, 1.3, 1.15, 1, 0.95, 0.9],
  electricity: [1.3, 1.2, 0.9, 0.85, 0.9, 1.1, 1.6, 1.7, 1.2, 0.9, 0.95, 1.2],
  gas: [1.6, 1.5, 1.2, 1, 0.8, 0.7, 0.65, 0.65, 0.7, 0.9, 1.2, 1.5],
}
/** Base monthly usage range, price (分 per unit) and usage bounds, so amounts stay realistic:
 *  water ¥30–120, electricity ¥80–400, gas ¥40–200. */
const TARIFF: Record<UtilityType, { base: [number, number]; priceFen: number; min: number; max: number }> = {
  water: { base: [12, 20], priceFen: 387, min: 8, max: 30 },
  electricity: { base: [220, 380], priceFen: 53.8, min: 150, max: 740 },
  gas: { base: [18, 30], priceFen: 327, min: 13, max: 60 },
}

function hashString(value: string): number {
  let h = 0x811c9dc5
  for (const ch of value) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0
  return h
}

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng.next() * list.length)]
const between = (rng: Rng, lo: number, hi: number) => lo + rng.next() * (hi - lo)

/** The most recent period whose bill is out: bills for month M are issued on the 1st of M+1, 02:00 CST. */
export function latestPeriod(nowMs: number): string {
  const { year, month } = cstParts(nowMs)
  const previous = period(year, month, -1)
  return billIssuedAt(previous) <= nowMs ? previous : period(year, month, -2)
}

export function billIssuedAt(value: string): number {
  const [y, m] = parsePeriod(value)
  return cstInstant(y, m + 1, 1, 2)
}

/** Due on the 25th of the month after the period. */
export function billDueDate(value: string): string {
  const [y, m] = parsePeriod(value)
  return `${period(y, m, 1)}-25`
}

function seedBills(repo: UtilitiesRepo, accountId: number, providerId: string, accountNumber: string, type: UtilityType, unpaid: number, nowMs: number): void {
  const rng = createRng(hashString(`${providerId}|${accountNumber}`))
  const tariff = TARIFF[type]
  const base = between(rng, ...tariff.base)
  const [ly, lm] = parsePeriod(latestPeriod(nowMs))
  for (let back = HISTORY_MONTHS - 1; back >= 0; back -= 1) {
    const p = period(ly, lm, -back)
    const month = parsePeriod(p)[1]
    const quantity = Math.round(Math.min(tariff.max, Math.max(tariff.min, base * SEASON[type][month - 1] * between(rng, 0.9, 1.1))))
    let amount = Math.round(quantity * tariff.priceFen)
    if (amount % 100 === 0) amount += 3
    const issuedAt = billIssuedAt(p)
    const isUnpaid = back < unpaid
    const paidAt = isUnpaid ? null : Math.min(issuedAt + Math.floor(between(rng, 2, 15) * DAY_MS), nowMs - 60 * 60 * 1000)
    repo.insertBill({
      id: billId(providerId, accountNumber, p),
      account_id: accountId,
      period: p,
      amount_fen: amount,
      due_date: billDueDate(p),
      issued_at: issuedAt,
      usage_quantity: quantity,
      paid_at: paidAt,
      paid_via: paidAt === null ? null : 'elsewhere',
    })
  }
}

function randomAccountNumber(rng: Rng, prefix: string, length: number): string {
  let out = prefix
  while (out.length < length) out += String(Math.floor(rng.next() * 10))
  return out
}

export function seed(db: Db, { nowMs }: { nowMs: number }): void {
  const repo = utilitiesRepo(db)
  PROVIDERS.forEach((p, sort) =>
    repo.insertProvider({
      id: p.id,
      city_code: p.cityCode,
      type: p.type,
      name: p.name,
      account_length: p.format.length,
      account_prefix: p.format.prefix,
      account_pattern: p.format.pattern,
      account_hint: p.format.hint,
      account_example: p.format.example,
      sort,
    }),
  )

  const named: NamedAccount[] = [...Object.values(SEEDED_ACCOUNTS), ...BIND_JOURNEY_ACCOUNTS]
  const accountIds = new Map<string, number>()
  const addAccount = (a: NamedAccount, sort: number) => {
    const provider = PROVIDERS.find((p) => p.id === a.providerId)
    if (!provider) throw new Error(`unknown provider ${a.providerId}`)
    const id = repo.insertAccount({
      provider_id: a.providerId,
      account_number: a.accountNumber,
      holder_name: a.holder,
      district: a.district,
      address_detail: a.detail,
      sort,
    })
    accountIds.set(a.accountNumber, id)
    seedBills(repo, id, a.providerId, a.accountNumber, provider.type, a.unpaid, nowMs)
  }
  named.forEach((a, sort) => addAccount(a, sort))

  const taken = new Set(named.map((a) => `${a.providerId}|${a.accountNumber}`))
  for (const provider of PROVIDERS) {
    const rng = createRng(hashString(provider.id))
    for (let i = 0; i < GENERATED_PER_PROVIDER; i += 1) {
      let number = randomAccountNumber(rng, provider.format.prefix, provider.format.length)
      while (taken.has(`${provider.id}|${number}`) || number === provider.format.example) {
        number = randomAccountNumber(rng, provider.format.prefix, provider.format.length)
      }
      taken.add(`${provider.id}|${number}`)
      const detail = `${pick(rng, STREETS)} ${1 + Math.floor(rng.next() * 400)} 号 ${1 + Math.floor(rng.next() * 12)} 幢 ${1 + Math.floor(rng.next() * 18)}0${1 + Math.floor(rng.next() * 4)} 室`
      addAccount(
        {
          providerId: provider.id,
          accountNumber: number,
          holder: pick(rng, SURNAMES) + pick(rng, GIVEN_NAMES),
          district: pick(rng, DISTRICTS[provider.cityCode]),
          detail,
          unpaid: Math.floor(rng.next() * 3),
        },
        100 + i,
      )
    }
  }

  // The personas' bindings, made long before the seeded history.
  const boundAt = nowMs - 400 * DAY_MS
  const bind = (userId: string, accountNumber: string, label: string, id: string) =>
    repo.bindings.bind(userId, accountIds.get(accountNumber) as number, boundAt, { id, extra: { label }, limit: Number.MAX_SAFE_INTEGER })
  bind(RESIDENT, SEEDED_ACCOUNTS.residentWater.accountNumber, '家里', SEEDED_BINDINGS.residentWater)
  bind(RESIDENT, SEEDED_ACCOUNTS.residentElectricity.accountNumber, '家里', SEEDED_BINDINGS.residentElectricity)
  bind(RESIDENT, SEEDED_ACCOUNTS.familyGas.accountNumber, '父母家', SEEDED_BINDINGS.residentGas)
  bind(ELDER, SEEDED_ACCOUNTS.familyGas.accountNumber, '家里', SEEDED_BINDINGS.elderGas)
}
