import { useQuery } from '@tanstack/react-query'
import { http, newIdempotencyKey } from '@/api/client'
import type {
  Address,
  Application,
  ApplicationCreateBody,
  ApplicationForm,
  ApplicationReceipt,
  ApplicationType,
  Certificate,
  CertificateUsage,
  Presentation,
  PresentationCreateBody,
} from '@contract'

export const certificateKeys = {
  wallet: ['certificates', 'wallet'] as const,
  certificate: (id: string) => ['certificates', 'one', id] as const,
  usages: (id: string) => ['certificates', 'usages', id] as const,
  types: (city: string) => ['certificates', 'types', city] as const,
  form: (typeId: string, city: string) => ['certificates', 'form', typeId, city] as const,
  application: (id: string) => ['certificates', 'application', id] as const,
  addresses: ['me', 'addresses'] as const,
}

export async function fetchWallet(): Promise<Certificate[]> {
  const { data } = await http.get<{ items: Certificate[] }>('/certificates')
  return data.items
}

export async function fetchCertificate(id: string): Promise<Certificate> {
  const { data } = await http.get<Certificate>(`/certificates/${encodeURIComponent(id)}`)
  return data
}

export async function fetchUsages(id: string): Promise<CertificateUsage[]> {
  const { data } = await http.get<{ items: CertificateUsage[] }>(`/certificates/${encodeURIComponent(id)}/usages`)
  return data.items
}

/** A new presentation token: with the PIN first, then with the showing id while its window lasts. */
export async function createPresentation(id: string, body: PresentationCreateBody): Promise<Presentation> {
  const { data } = await http.post<Presentation>(`/certificates/${encodeURIComponent(id)}/presentations`, body)
  return data
}

export async function fetchApplicationTypes(city: string): Promise<ApplicationType[]> {
  const { data } = await http.get<{ items: ApplicationType[] }>('/certificates/application-types', { params: { city } })
  return data.items
}

export async function fetchApplicationForm(typeId: string, city: string): Promise<ApplicationForm> {
  const { data } = await http.get<ApplicationForm>(`/certificates/application-types/${encodeURIComponent(typeId)}`, { params: { city } })
  return data
}

export async function submitApplication(body: ApplicationCreateBody, idempotencyKey: string = newIdempotencyKey()): Promise<ApplicationReceipt> {
  const { data } = await http.post<ApplicationReceipt>('/certificates/applications', body, { headers: { 'Idempotency-Key': idempotencyKey } })
  return data
}

export async function fetchApplication(id: string): Promise<Application> {
  const { data } = await http.get<Application>(`/certificates/applications/${encodeURIComponent(id)}`)
  return data
}

/** The user's saved delivery addresses (masked), offered for EMS delivery. */
export async function fetchAddresses(): Promise<Address[]> {
  const { data } = await http.get<{ items: Address[] }>('/me/addresses')
  return data.items
}

export function useAddresses(enabled: boolean) {
  return useQuery({ queryKey: certificateKeys.addresses, queryFn: fetchAddresses, enabled })
}

export function useWallet() {
  return useQuery({ queryKey: certificateKeys.wallet, queryFn: fetchWallet })
}

export function useCertificate(id: string) {
  return useQuery({ queryKey: certificateKeys.certificate(id), queryFn: () => fetchCertificate(id), enabled: !!id })
}

export function useUsages(id: string) {
  return useQuery({ queryKey: certificateKeys.usages(id), queryFn: () => fetchUsages(id), enabled: !!id })
}

export function useApplicationTypes(city: string | null) {
  return useQuery({ queryKey: certificateKeys.types(city ?? ''), queryFn: () => fetchApplicationTypes(city!), enabled: !!city, staleTime: 30 * 60_000 })
}

export function useApplicationForm(typeId: string, city: string | null) {
  return useQuery({
    queryKey: certificateKeys.form(typeId, city ?? ''),
    queryFn: () => fetchApplicationForm(typeId, city!),
    enabled: !!typeId && !!city,
    staleTime: 30 * 60_000,
  })
}

export function useApplication(id: string, enabled: boolean) {
  return useQuery({ queryKey: certificateKeys.application(id), queryFn: () => fetchApplication(id), enabled: enabled && !!id })
}
