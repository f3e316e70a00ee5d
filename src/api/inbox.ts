import type { HouseholdAccount, Vehicle } from '@contract'
import { useQuery } from '@tanstack/react-query'
import type { TodoItem } from '@/components/todo-inbox'
import { formatFen } from '@/lib/money'
import { billName } from '@/lib/utility-types'
import { http } from './client'
import { useLoggedIn } from './queries'

// The home to-do inbox. Until the aggregated inbox route exists (issue 9), it
// reads what each landed feature exposes: unpaid utility bills and unpaid traffic fines.
async function fetchBillItems(): Promise<TodoItem[]> {
  const { data } = await http.get<{ items: HouseholdAccount[] }>('/utilities/accounts')
  return data.items
    .filter((account) => account.arrearsFen > 0)
    .map((account) => ({
      id: `bill-account:${account.id}`,
      title: `${billName(account.type)}待缴 ${formatFen(account.arrearsFen)}`,
      detail: `${account.label} · ${account.providerName} · ${account.unpaidCount} 笔未缴`,
      url: `/features/bills/pages/account/index?id=${encodeURIComponent(account.id)}`,
    }))
}

async function fetchFineItems(): Promise<TodoItem[]> {
  const { data } = await http.get<{ items: Vehicle[] }>('/fines/vehicles')
  return data.items
    .filter((vehicle) => vehicle.unpaidTotalFen > 0)
    .map((vehicle) => ({
      id: `fine-vehicle:${vehicle.id}`,
      // unpaidTotalFen already includes the running 加处罚款.
      title: `交通违法待缴 ${formatFen(vehicle.unpaidTotalFen)}`,
      detail: `${vehicle.plate} · ${vehicle.unpaidCount} 笔`,
      url: `/features/fines/pages/violations/index?vehicleId=${encodeURIComponent(vehicle.id)}`,
    }))
}

/** One source failing must not hide the others; only when all fail is it an error. */
async function fetchInbox(): Promise<TodoItem[]> {
  const results = await Promise.allSettled([fetchBillItems(), fetchFineItems()])
  const items = results.flatMap((result) => (result.status === 'fulfilled' ? result.value : []))
  const failure = results.find((result): result is PromiseRejectedResult => result.status === 'rejected')
  if (failure && results.every((result) => result.status === 'rejected')) throw failure.reason
  return items
}

export function useInbox() {
  const loggedIn = useLoggedIn()
  return useQuery({ queryKey: ['inbox'], queryFn: fetchInbox, enabled: loggedIn })
}
