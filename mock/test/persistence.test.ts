// State survives a restart on the same file; seeds run only on the first start.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Address } from '../../contract'
import { domains } from '../domains'
import { buildServer } from '../server'
import { bearer, login } from './helpers'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sandbox-db-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

function counts(app: Awaited<ReturnType<typeof buildServer>>) {
  const count = (table: string) => (app.sandbox.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n
  return {
    personas: count('personas'),
    cities: count('cities'),
    items: count('service_items'),
    itemThemes: count('service_item_themes'),
    addresses: count('addresses'),
    bills: count('utility_bills'),
    payments: count('payments'),
    receipts: count('payment_receipts'),
    seeds: count("meta WHERE key LIKE 'seed:%'"),
  }
}

describe('file database', () => {
  it('keeps an address across a restart without seeding twice', async () => {
    const dbFile = join(dir, 'nested', 'sandbox.sqlite')
    const first = await buildServer({ dbFile })
    expect(first.sandbox.db.pragma('journal_mode', { simple: true })).toBe('wal')
    const before = counts(first)
    expect(before.seeds).toBe(domains.length)
    const { accessToken } = await login(first)
    const created = await first.inject({
      method: 'POST',
      url: '/api/v1/me/addresses',
      headers: bearer(accessToken),
      payload: { label: '公司', recipient: '王大友', mobile: '13757179050', region: '浙江省杭州市滨江区', detail: '网商路 699 号' },
    })
    expect(created.statusCode).toBe(201)
    const address = created.json<Address>()
    await first.close()

    const second = await buildServer({ dbFile })
    const after = counts(second)
    expect(after).toEqual({ ...before, addresses: before.addresses + 1 })
    // The session survived too: the old access token still works (within its 15 minutes).
    const got = await second.inject({ url: `/api/v1/me/addresses/${address.id}`, headers: bearer(accessToken) })
    expect(got.statusCode).toBe(200)
    expect(got.json<Address>()).toEqual(address)
    await second.close()

    const third = await buildServer({ dbFile })
    expect(counts(third)).toEqual(after)
    await third.close()
  })

  it('uses an in-memory database by default', async () => {
    const app = await buildServer()
    expect(app.sandbox.db.memory).toBe(true)
    await app.close()
  })
})
