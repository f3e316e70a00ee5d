import type { Inbox } from '@contract'
import { useQuery } from '@tanstack/react-query'
import { http } from '@/api/client'
import { useLoggedIn } from '@/api/use-logged-in'

// The home to-do inbox: one request; the server aggregates every service's open items, most urgent
// first, and names the sources it could not read this time.
async function fetchInbox(): Promise<Inbox> {
  const { data } = await http.get<Inbox>('/inbox')
  return data
}

export function useInbox() {
  const loggedIn = useLoggedIn()
  return useQuery({ queryKey: ['inbox'], queryFn: fetchInbox, enabled: loggedIn })
}
