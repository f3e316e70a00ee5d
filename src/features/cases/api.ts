import { useQuery } from '@tanstack/react-query'
import { http, newIdempotencyKey } from '@/api/client'
import type { CaseAnswer, CaseDetail, CaseFilter, CaseList, CasePublicView, CaseRatingBody } from '@contract'

export const caseKeys = {
  list: (filter: CaseFilter) => ['cases', 'list', filter] as const,
  detail: (id: string) => ['cases', 'detail', id] as const,
}

export async function fetchCases(filter: CaseFilter): Promise<CaseList> {
  const { data } = await http.get<CaseList>('/cases', { params: { filter } })
  return data
}

export async function fetchCase(id: string): Promise<CaseDetail> {
  const { data } = await http.get<CaseDetail>(`/cases/${encodeURIComponent(id)}`)
  return data
}

/** Public: no login needed. The body carries the password (never the URL). */
export async function lookupCase(caseNumber: string, password: string): Promise<CasePublicView> {
  const { data } = await http.post<CasePublicView>('/cases/lookup', { caseNumber, password })
  return data
}

/** One key per resubmission attempt: a retry of the same answers reuses it, so nothing is sent twice. */
export async function resubmitCorrection(id: string, answers: CaseAnswer[], idempotencyKey: string): Promise<CaseDetail> {
  const { data } = await http.post<CaseDetail>(`/cases/${encodeURIComponent(id)}/resubmission`, { answers }, { headers: { 'Idempotency-Key': idempotencyKey } })
  return data
}

export async function rateCase(id: string, body: CaseRatingBody): Promise<CaseDetail> {
  const { data } = await http.post<CaseDetail>(`/cases/${encodeURIComponent(id)}/ratings`, body)
  return data
}

export { newIdempotencyKey }

export function useCases(filter: CaseFilter) {
  return useQuery({ queryKey: caseKeys.list(filter), queryFn: () => fetchCases(filter) })
}

export function useCase(id: string) {
  return useQuery({ queryKey: caseKeys.detail(id), queryFn: () => fetchCase(id), enabled: !!id })
}
