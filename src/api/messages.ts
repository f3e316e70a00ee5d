import type { UnreadCount } from '@contract'
import { useQuery } from '@tanstack/react-query'
import { http } from './client'
import { useLoggedIn } from './queries'

/** The 消息中心's unread count, for the bell on home and the entry in 我的 (one cache entry). */
export function useUnreadCount() {
  const loggedIn = useLoggedIn()
  return useQuery({
    queryKey: ['messages-unread'],
    queryFn: async () => (await http.get<UnreadCount>('/messages/unread-count')).data,
    enabled: loggedIn,
  })
}
