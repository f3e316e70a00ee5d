import type { Department } from '@contract'
import { useQuery } from '@tanstack/react-query'
import { http } from '@/api/client'

// Endpoints only the 办事 catalogue reads; themes and items, which home reads too, are in @/lib/shared-api.

async function fetchDepartments(city: string): Promise<Department[]> {
  const { data } = await http.get<{ items: Department[] }>('/catalogue/departments', { params: { city } })
  return data.items
}

export function useDepartments(city: string | null) {
  return useQuery({
    queryKey: ['departments', city ?? ''],
    queryFn: () => fetchDepartments(city!),
    enabled: !!city,
    staleTime: 30 * 60_000,
  })
}
