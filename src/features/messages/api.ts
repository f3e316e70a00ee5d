import type { Message, MessageList } from '@contract'
import { http } from '@/api/client'

export async function fetchMessages(page: number, pageSize: number): Promise<MessageList> {
  const { data } = await http.get<MessageList>('/messages', { params: { page, pageSize } })
  return data
}

export async function markRead(id: string): Promise<Message> {
  const { data } = await http.post<Message>(`/messages/${encodeURIComponent(id)}/read`, {})
  return data
}

export async function markAllRead(): Promise<void> {
  await http.post('/messages/read-all', {})
}
