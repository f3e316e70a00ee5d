// SQL for providers, household accounts, bindings and bills.
import { createHash } from 'node:crypto'
import { MAX_ACCOUNTS_PER_USER, type UtilityType } from '../../../contract'
import type { Db } from '../../db/database'
import { problems } from '../../http/problem'
import { createBindings } from '../bindings'
import { utilityProblems } from './problems'

export interface ProviderRow {
  id: string
  city_code: string
  type: UtilityType
  name: string
  account_length: number
  account_prefix: string
  account_pattern: string
  account_hint: string
  account_example: string
  sort: number
}

export interface AccountRow {
  id: number
  provider_id: string
  account_number: string
  holder_name: string
  district: string
  address_detail: string
  sort: number
}

/** An account with its provider's name, type and city. */
export interface AccountView extends AccountRow {
  provider_name: string
  type: UtilityType
  city_code: string
}

export interface BindingRow {
  id: string
  user_id: string
  account_id: number
  label: string
  bound_at: number
}

export interface BindingView extends BindingRow {
  account: AccountView
}

export interface BillRow {
  id: string
  account_id: number
  period: string
  amount_fen: number
  due_date: string
  issued_at: number
  usage_quantity: number | null
  paid_at: number | null
  paid_via: 'payment' | 'elsewhere' | null
  payment_id: string | null
}

/** A bill with what presenting it needs: its provider, and who paid it through the payment service. */
export interface BillView extends BillRow {
  provider_id: string
  provider_name: string
  type: UtilityType
  city_code: string
  account_number: string
  payer_user_id: string | null
}

export interface Arrears {
  arrearsFen: number
  unpaidCount: number
}

/** Stable bill ids: the same provider, 户号 and period always give the same id. */
export function billId(providerId: string, accountNumber: string, period: string): string {
  const digest = createHash('sha256').update(`${providerId}|${accountNumber}|${period}`, 'utf8').digest('base64url')
  return `bill_${digest.slice(0, 20)}`
}

const ACCOUNT_VIEW = `
  SELECT a.*, p.name AS provider_name, p.type, p.city_code
  FROM utility_accounts a JOIN utility_providers p ON p.id = a.provider_id`

const BILL_VIEW = `
  SELECT b.*, a.provider_id, a.account_number, p.name AS provider_name, p.type, p.city_code, pay.user_id AS payer_user_id
  FROM utility_bills b
  JOIN utility_accounts a ON a.id = b.account_id
  JOIN utility_providers p ON p.id = a.provider_id
  LEFT JOIN payments pay ON pay.id = b.payment_id`

function createRepo(db: Db) {
  const stmts = {
    providers: db.prepare('SELECT * FROM utility_providers WHERE city_code = @city AND (@type IS NULL OR type = @type) ORDER BY sort'),
    provider: db.prepare('SELECT * FROM utility_providers WHERE id = ?'),
    insertProvider: db.prepare(`
      INSERT INTO utility_providers (id, city_code, type, name, account_length, account_prefix, account_pattern, account_hint,
        account_example, sort)
      VALUES (@id, @city_code, @type, @name, @account_length, @account_prefix, @account_pattern, @account_hint,
        @account_example, @sort)`),
    account: db.prepare(`${ACCOUNT_VIEW} WHERE a.provider_id = ? AND a.account_number = ?`),
    accountById: db.prepare(`${ACCOUNT_VIEW} WHERE a.id = ?`),
    insertAccount: db.prepare(`
      INSERT INTO utility_accounts (provider_id, account_number, holder_name, district, address_detail, sort)
      VALUES (@provider_id, @account_number, @holder_name, @district, @address_detail, @sort)`),
    unbound: db.prepare(`
      ${ACCOUNT_VIEW}
      WHERE p.city_code = @city AND (@type IS NULL OR p.type = @type)
        AND NOT EXISTS (SELECT 1 FROM utility_bindings g WHERE g.account_id = a.id)
      ORDER BY p.sort, a.sort, a.id`),
    arrears: db.prepare(
      'SELECT COALESCE(SUM(amount_fen), 0) AS arrears, COUNT(*) AS n FROM utility_bills WHERE account_id = ? AND paid_at IS NULL',
    ),
    relabel: db.prepare('UPDATE utility_bindings SET label = ? WHERE id = ?'),
    bills: db.prepare(`
      ${BILL_VIEW}
      WHERE b.account_id = @account AND (@filter = 'all'
        OR (@filter = 'unpaid' AND b.paid_at IS NULL) OR (@filter = 'paid' AND b.paid_at IS NOT NULL))
      ORDER BY b.period DESC, b.issued_at DESC`),
    bill: db.prepare(`${BILL_VIEW} WHERE b.id = ?`),
    insertBill: db.prepare(`
      INSERT INTO utility_bills (id, account_id, period, amount_fen, due_date, issued_at, usage_quantity, paid_at, paid_via)
      VALUES (@id, @account_id, @period, @amount_fen, @due_date, @issued_at, @usage_quantity, @paid_at, @paid_via)`),
    billForPeriod: db.prepare('SELECT id FROM utility_bills WHERE account_id = ? AND period = ?'),
    paidElsewhere: db.prepare("UPDATE utility_bills SET paid_at = ?, paid_via = 'elsewhere' WHERE id = ? AND paid_at IS NULL"),
    paidByPayment: db.prepare(
      "UPDATE utility_bills SET paid_at = ?, paid_via = 'payment', payment_id = ? WHERE id = ? AND paid_at IS NULL",
    ),
  }

  const accountById = (id: number) => stmts.accountById.get(id) as AccountView | undefined
  const bindings = createBindings<BindingRow, 'account_id'>(db, {
    table: 'utility_bindings',
    target: 'account_id',
    idPrefix: 'ha',
    limit: MAX_ACCOUNTS_PER_USER,
    problems: {
      notBound: utilityProblems.accountNotBound,
      forbidden: () => problems.forbiddenResource('该户号'),
      alreadyBound: utilityProblems.alreadyBound,
      limitReached: utilityProblems.limitReached,
    },
  })

  return {
    providers: (city: string, type: UtilityType | null) => stmts.providers.all({ city, type }) as ProviderRow[],
    provider: (id: string) => stmts.provider.get(id) as ProviderRow | undefined,
    insertProvider: (row: ProviderRow) => stmts.insertProvider.run(row),
    account: (providerId: string, accountNumber: string) =>
      stmts.account.get(providerId, accountNumber) as AccountView | undefined,
    accountById,
    insertAccount: (row: Omit<AccountRow, 'id'>): number => Number(stmts.insertAccount.run(row).lastInsertRowid),
    unboundAccounts: (city: string, type: UtilityType | null) => stmts.unbound.all({ city, type }) as AccountView[],
    arrears: (accountId: number): Arrears => {
      const { arrears, n } = stmts.arrears.get(accountId) as { arrears: number; n: number }
      return { arrearsFen: arrears, unpaidCount: n }
    },
    /** The user's 户号 bindings (one per account, up to MAX_ACCOUNTS_PER_USER). */
    bindings,
    bindingFor: (userId: string, accountId: number) => bindings.find(userId, accountId),
    bindingsOf: (userId: string): BindingView[] => bindings.of(userId).map((b) => ({ ...b, account: accountById(b.account_id) as AccountView })),
    withAccount: (binding: BindingRow): BindingView => ({ ...binding, account: accountById(binding.account_id) as AccountView }),
    relabel: (id: string, label: string) => stmts.relabel.run(label, id).changes > 0,
    bills: (accountId: number, filter: 'unpaid' | 'paid' | 'all') => stmts.bills.all({ account: accountId, filter }) as BillView[],
    bill: (id: string) => stmts.bill.get(id) as BillView | undefined,
    billForPeriod: (accountId: number, period: string) =>
      (stmts.billForPeriod.get(accountId, period) as { id: string } | undefined)?.id,
    insertBill: (row: Omit<BillRow, 'payment_id'>) => stmts.insertBill.run(row),
    /** Paid in another channel (bank debit, counter): true if it was unpaid. */
    markPaidElsewhere: (id: string, atMs: number) => stmts.paidElsewhere.run(atMs, id).changes === 1,
    markPaidByPayment: (id: string, paymentId: string, atMs: number) => stmts.paidByPayment.run(atMs, paymentId, id).changes === 1,
  }
}

export type UtilitiesRepo = ReturnType<typeof createRepo>

const repos = new WeakMap<Db, UtilitiesRepo>()

/** One repo (prepared statements) per database. */
export function utilitiesRepo(db: Db): UtilitiesRepo {
  let repo = repos.get(db)
  if (!repo) {
    repo = createRepo(db)
    repos.set(db, repo)
  }
  return repo
}
