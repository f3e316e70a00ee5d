import { useQuery } from '@tanstack/react-query'
import { http, newIdempotencyKey } from '@/api/client'
import type {
  BookableDates,
  Booking,
  BookingList,
  BookingListQuery,
  BookingResult,
  Hall,
  HallList,
  Slot,
  SlotRefBody,
  Standing,
  WaitlistEntry,
} from '@contract'

export const appointmentKeys = {
  all: ['appointments'] as const,
  halls: (city: string, located: string) => ['appointments', 'halls', city, located] as const,
  hall: (id: string) => ['appointments', 'hall', id] as const,
  dates: (hallId: string, service: string) => ['appointments', 'dates', hallId, service] as const,
  slots: (hallId: string, service: string, date: string) => ['appointments', 'slots', hallId, service, date] as const,
  mine: (status: string) => ['appointments', 'mine', status] as const,
  booking: (id: string) => ['appointments', 'booking', id] as const,
  waitlist: ['appointments', 'waitlist'] as const,
}

export interface Location {
  latitude: number
  longitude: number
}

export async function fetchHalls(city: string, location: Location | null): Promise<HallList> {
  const { data } = await http.get<HallList>('/appointments/halls', { params: { city, ...(location ?? {}) } })
  return data
}

export async function fetchHall(id: string): Promise<Hall> {
  const { data } = await http.get<Hall>(`/appointments/halls/${encodeURIComponent(id)}`)
  return data
}

export async function fetchDates(hallId: string, service: string): Promise<BookableDates> {
  const { data } = await http.get<BookableDates>(`/appointments/halls/${encodeURIComponent(hallId)}/dates`, { params: { service } })
  return data
}

export async function fetchSlots(hallId: string, service: string, date: string): Promise<Slot[]> {
  const { data } = await http.get<{ items: Slot[] }>(`/appointments/halls/${encodeURIComponent(hallId)}/slots`, {
    params: { service, date },
  })
  return data.items
}

/** One Idempotency-Key per confirm screen: a retry of the same booking is never a second booking. */
export async function createBooking(slot: SlotRefBody, idempotencyKey: string): Promise<BookingResult> {
  const { data } = await http.post<BookingResult>('/appointments', slot, { headers: { 'Idempotency-Key': idempotencyKey } })
  return data
}

/** 改约: the new booking (the old one is released at the same moment); one key per confirm screen. */
export async function rescheduleBooking(id: string, slot: SlotRefBody, idempotencyKey: string): Promise<BookingResult> {
  const { data } = await http.post<BookingResult>(`/appointments/${encodeURIComponent(id)}/reschedule`, slot, {
    headers: { 'Idempotency-Key': idempotencyKey },
  })
  return data
}

export async function joinWaitlist(slot: SlotRefBody, idempotencyKey: string): Promise<WaitlistEntry> {
  const { data } = await http.post<WaitlistEntry>('/appointments/waitlist', slot, { headers: { 'Idempotency-Key': idempotencyKey } })
  return data
}

export async function leaveWaitlist(id: string): Promise<void> {
  await http.delete(`/appointments/waitlist/${encodeURIComponent(id)}`)
}

export async function fetchMine(status: NonNullable<BookingListQuery['status']>): Promise<BookingList> {
  const { data } = await http.get<BookingList>('/appointments', { params: { status } })
  return data
}

export async function fetchBooking(id: string): Promise<Booking> {
  const { data } = await http.get<Booking>(`/appointments/${encodeURIComponent(id)}`)
  return data
}

export async function fetchWaitlist(): Promise<WaitlistEntry[]> {
  const { data } = await http.get<{ items: WaitlistEntry[] }>('/appointments/waitlist')
  return data.items
}

export async function cancelBooking(id: string): Promise<Booking> {
  const { data } = await http.post<Booking>(`/appointments/${encodeURIComponent(id)}/cancel`, {})
  return data
}

export async function checkIn(id: string): Promise<Booking> {
  const { data } = await http.post<Booking>(`/appointments/${encodeURIComponent(id)}/check-in`, {})
  return data
}

export { newIdempotencyKey }

export function useHalls(city: string | null, location: Location | null) {
  return useQuery({
    queryKey: appointmentKeys.halls(city ?? '', location ? `${location.latitude},${location.longitude}` : ''),
    queryFn: () => fetchHalls(city!, location),
    enabled: !!city,
    staleTime: 10 * 60_000,
  })
}

export function useHall(id: string) {
  return useQuery({ queryKey: appointmentKeys.hall(id), queryFn: () => fetchHall(id), enabled: !!id, staleTime: 10 * 60_000 })
}

export function useDates(hallId: string, service: string | null) {
  return useQuery({
    queryKey: appointmentKeys.dates(hallId, service ?? ''),
    queryFn: () => fetchDates(hallId, service!),
    enabled: !!hallId && !!service,
  })
}

export function useSlots(hallId: string, service: string | null, date: string | null) {
  return useQuery({
    queryKey: appointmentKeys.slots(hallId, service ?? '', date ?? ''),
    queryFn: () => fetchSlots(hallId, service!, date!),
    enabled: !!hallId && !!service && !!date,
  })
}

export function useMine(status: NonNullable<BookingListQuery['status']>, enabled = true) {
  return useQuery({ queryKey: appointmentKeys.mine(status), queryFn: () => fetchMine(status), enabled })
}

export function useBooking(id: string) {
  return useQuery({ queryKey: appointmentKeys.booking(id), queryFn: () => fetchBooking(id), enabled: !!id })
}

export function useWaitlist(enabled = true) {
  return useQuery({ queryKey: appointmentKeys.waitlist, queryFn: fetchWaitlist, enabled })
}

export async function fetchStanding(): Promise<Standing> {
  const { data } = await http.get<Standing>('/appointments/standing')
  return data
}

export function useStanding(enabled = true) {
  return useQuery({ queryKey: ['appointments', 'standing'], queryFn: fetchStanding, enabled })
}
