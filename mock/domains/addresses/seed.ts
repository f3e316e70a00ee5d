// Fictional saved addresses for the personas (fixed ids so tests and demos can refer to them).
import type { Db } from '../../db/database'
import { createAddressRepo } from './repo'

export const SEEDED_ADDRESSES = {
  residentHome: 'addr_seed-resident-home',
  elderHome: 'addr_seed-elder-home',
} as const

export function seed(db: Db, { nowMs }: { nowMs: number }): void {
  const repo = createAddressRepo(db)
  repo.create(
    'u100001',
    { label: '家', recipient: '王大友', mobile: '13757179050', region: '浙江省杭州市西湖区', detail: '文三路 398 号 5 幢 1201 室' },
    nowMs,
    Number.MAX_SAFE_INTEGER,
    SEEDED_ADDRESSES.residentHome,
  )
  repo.create(
    'u100002',
    { label: '家', recipient: '林秀珍', mobile: '13905778126', region: '浙江省温州市鹿城区', detail: '五马街道解放街 66 号 302 室' },
    nowMs,
    Number.MAX_SAFE_INTEGER,
    SEEDED_ADDRESSES.elderHome,
  )
}
