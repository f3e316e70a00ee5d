import { http } from '@/api/client'
import type { FeeNotice } from '@contract'

export async function fetchNotice(code: string): Promise<FeeNotice> {
  const { data } = await http.get<FeeNotice>(`/fees/notices/${encodeURIComponent(code)}`)
  return data
}
