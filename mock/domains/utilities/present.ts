// Rows → contract shapes. Holder names and addresses are masked here, on the way out.
import type { AccountPreview, AdminBill, Bill, HouseholdAccount, Provider, UnboundAccount, UsageUnit, UtilityType } from '../../../contract'
import { toIso } from '../../lib/clock'
import { maskName } from '../../lib/masking'
import type { OpenHolder } from '../payments/repo'
import type { AccountView, Arrears, BillView, BindingView, ProviderRow } from './repo'

export const BILL_NAMES: Record<UtilityType, string> = { water: '水费', electricity: '电费', gas: '燃气费' }
export const USAGE_UNITS: Record<UtilityType, UsageUnit> = { water: '吨', electricity: '千瓦时', gas: '立方米' }

/** Keeps the district only: 西湖区 + 文三路 398 号 5 幢 1201 室 → 西湖区****室. */
export function maskAddress(district: string, detail: string): string {
  const chars = Array.from(detail.trim())
  return `${district}****${chars.length > 0 ? chars[chars.length - 1] : ''}`
}

export function toProvider(row: ProviderRow): Provider {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    cityCode: row.city_code,
    accountFormat: {
      length: row.account_length,
      prefix: row.account_prefix,
      pattern: row.account_pattern,
      hint: row.account_hint,
      example: row.account_example,
    },
  }
}

export function toPreview(account: AccountView, arrears: Arrears): AccountPreview {
  return {
    providerId: account.provider_id,
    providerName: account.provider_name,
    type: account.type,
    cityCode: account.city_code,
    accountNumber: account.account_number,
    holderName: maskName(account.holder_name),
    address: maskAddress(account.district, account.address_detail),
    ...arrears,
  }
}

export function toHouseholdAccount(binding: BindingView, arrears: Arrears): HouseholdAccount {
  const a = binding.account
  return {
    id: binding.id,
    providerId: a.provider_id,
    providerName: a.provider_name,
    type: a.type,
    cityCode: a.city_code,
    accountNumber: a.account_number,
    holderName: maskName(a.holder_name),
    address: maskAddress(a.district, a.address_detail),
    label: binding.label,
    ...arrears,
    boundAt: toIso(binding.bound_at),
  }
}

export function toUnboundAccount(account: AccountView, arrears: Arrears): UnboundAccount {
  return {
    providerId: account.provider_id,
    providerName: account.provider_name,
    type: account.type,
    cityCode: account.city_code,
    accountNumber: account.account_number,
    holderName: maskName(account.holder_name),
    ...arrears,
  }
}

/**
 * A bill as `userId` sees it through their binding `bindingId`. Status: paid if paid; else paying
 * while an open payment holds it (anyone's: a family member's too); else unpaid. paymentId is only
 * ever one of the caller's own payments.
 */
export function toBill(row: BillView, bindingId: string, userId: string, holder: OpenHolder | undefined): Bill {
  const bill: Bill = {
    id: row.id,
    accountId: bindingId,
    providerName: row.provider_name,
    type: row.type,
    period: row.period,
    amountFen: row.amount_fen,
    dueDate: row.due_date,
    issuedAt: toIso(row.issued_at),
    status: row.paid_at !== null ? 'paid' : holder ? 'paying' : 'unpaid',
    lateFeeFen: 0,
  }
  if (row.paid_at !== null) {
    bill.paidAt = toIso(row.paid_at)
    if (row.paid_via === 'elsewhere') bill.paidBy = 'elsewhere'
    else if (row.payer_user_id === userId) {
      bill.paidBy = 'self'
      if (row.payment_id !== null) bill.paymentId = row.payment_id
    } else bill.paidBy = 'other'
  } else if (holder && holder.userId === userId) {
    bill.paymentId = holder.paymentId
  }
  if (row.usage_quantity !== null) bill.usage = { quantity: row.usage_quantity, unit: USAGE_UNITS[row.type] }
  return bill
}

export function toAdminBill(row: BillView): AdminBill {
  const bill: AdminBill = {
    id: row.id,
    providerId: row.provider_id,
    providerName: row.provider_name,
    accountNumber: row.account_number,
    period: row.period,
    amountFen: row.amount_fen,
    dueDate: row.due_date,
    issuedAt: toIso(row.issued_at),
    paid: row.paid_at !== null,
  }
  if (row.paid_at !== null) bill.paidAt = toIso(row.paid_at)
  if (row.paid_via !== null) bill.paidVia = row.paid_via
  return bill
}
