import type { HouseholdAccount } from '@contract'
import { useQuery } from '@tanstack/react-query'
import type { TodoItem } from '@/components/todo-inbox'
import { formatFen } from '@/lib/money'
import { billName } from '@/lib/utility-types'
import { http } from './client'
import { useLoggedIn } from './queries'

// The home to-do inbox. Until the aggregated inbox route exists (issue 9), it
// reads what each landed feature exposes: unpaid utility bills.
async function fetchInbox(): Promise<TodoItem[]> {
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

export function useInbox() {
  const loggedIn = useLoggedIn()
  return useQuery({ queryKey: ['inbox'], queryFn: fetchInbox, enabled: loggedIn })
}
