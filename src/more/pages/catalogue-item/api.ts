import type { ServiceItemDetail } from '@contract'
import { useQuery } from '@tanstack/react-query'
import { http } from '@/api/client'

async function fetchServiceItem(id: string): Promise<ServiceItemDetail> {
  const { data } = await http.get<ServiceItemDetail>(`/catalogue/items/${encodeURIComponent(id)}`)
  return data
}

export function useServiceItem(id: string) {
  return useQuery({ queryKey: ['item', id], queryFn: () => fetchServiceItem(id), enabled: !!id })
}
