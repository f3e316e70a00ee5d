import type { AccountPreview, Bill, HouseholdAccount, Provider } from '@contract'
import { useQuery } from '@tanstack/react-query'
import { http } from '@/api/client'
import type { UtilityType } from '@contract/rules/utility-types'

export const billKeys = {
  providers: (city: string, type: UtilityType) => ['utilities', 'providers', city, type] as const,
  accounts: ['utilities', 'accounts'] as const,
  bills: (accountId: string) => ['utilities', 'bills', accountId] as const,
}

export async function fetchProviders(city: string, type: UtilityType): Promise<Provider[]> {
  const { data } = await http.get<{ items: Provider[] }>('/utilities/providers', { params: { city, type } })
  return data.items
}

export async function lookupAccount(providerId: string, accountNumber: string): Promise<AccountPreview> {
  const { data } = await http.post<AccountPreview>('/utilities/accounts/lookup', { providerId, accountNumber })
  return data
}

export async function bindAccount(providerId: string, accountNumber: string, label: string): Promise<HouseholdAccount> {
  const { data } = await http.post<HouseholdAccount>('/utilities/accounts', { providerId, accountNumber, label })
  return data
}

export async function fetchAccounts(): Promise<HouseholdAccount[]> {
  const { data } = await http.get<{ items: HouseholdAccount[] }>('/utilities/accounts')
  return data.items
}

export async function relabelAccount(id: string, label: string): Promise<HouseholdAccount> {
  const { data } = await http.put<HouseholdAccount>(`/utilities/accounts/${encodeURIComponent(id)}/label`, { label })
  return data
}

export async function unbindAccount(id: string): Promise<void> {
  await http.delete(`/utilities/accounts/${encodeURIComponent(id)}`)
}

export async function fetchBills(accountId: string): Promise<Bill[]> {
  const { data } = await http.get<{ items: Bill[] }>(`/utilities/accounts/${encodeURIComponent(accountId)}/bills`, {
    params: { status: 'all' },
  })
  return data.items
}

export function useAccounts() {
  return useQuery({ queryKey: billKeys.accounts, queryFn: fetchAccounts })
}

export function useBills(accountId: string) {
  return useQuery({ queryKey: billKeys.bills(accountId), queryFn: () => fetchBills(accountId), enabled: !!accountId })
}

export function useProviders(city: string | null, type: UtilityType | null) {
  return useQuery({
    queryKey: billKeys.providers(city ?? '', type ?? 'water'),
    queryFn: () => fetchProviders(city!, type!),
    enabled: !!city && !!type,
    staleTime: 30 * 60_000,
  })
}

export async function fetchBill(id: string): Promise<Bill> {
  const { data } = await http.get<Bill>(`/utilities/bills/${encodeURIComponent(id)}`)
  return data
}

export function useBill(id: string) {
  return useQuery({ queryKey: ['utilities', 'bill', id], queryFn: () => fetchBill(id), enabled: !!id })
}
