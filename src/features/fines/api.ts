import { useQuery } from '@tanstack/react-query'
import { http } from '@/api/client'
import type { DecisionLookup, PlateType, Vehicle, VehicleBindingCheck, Violation, ViolationList } from '@contract'

export const fineKeys = {
  plateTypes: ['fines', 'plate-types'] as const,
  vehicles: ['fines', 'vehicles'] as const,
  violations: (vehicleId: string) => ['fines', 'violations', vehicleId] as const,
  violation: (id: string) => ['fines', 'violation', id] as const,
}

export async function fetchPlateTypes(): Promise<PlateType[]> {
  const { data } = await http.get<{ items: PlateType[] }>('/fines/plate-types')
  return data.items
}

export async function bindVehicle(plate: string, plateType: string, checkDigits: string): Promise<Vehicle> {
  const { data } = await http.post<Vehicle>('/fines/vehicles', { plate, plateType, checkDigits })
  return data
}

/** My binding of this plate, if I already have one (asked before 确认绑定). */
export async function checkVehicleBinding(plate: string): Promise<VehicleBindingCheck> {
  const { data } = await http.get<VehicleBindingCheck>('/fines/vehicles/binding', { params: { plate } })
  return data
}

export async function fetchVehicles(): Promise<Vehicle[]> {
  const { data } = await http.get<{ items: Vehicle[] }>('/fines/vehicles')
  return data.items
}

export async function unbindVehicle(id: string): Promise<void> {
  await http.delete(`/fines/vehicles/${encodeURIComponent(id)}`)
}

export async function fetchViolations(vehicleId: string): Promise<ViolationList> {
  const { data } = await http.get<ViolationList>(`/fines/vehicles/${encodeURIComponent(vehicleId)}/violations`)
  return data
}

export async function fetchViolation(id: string): Promise<Violation> {
  const { data } = await http.get<Violation>(`/fines/violations/${encodeURIComponent(id)}`)
  return data
}

export async function fetchDecision(decisionNumber: string): Promise<DecisionLookup> {
  const { data } = await http.get<DecisionLookup>(`/fines/decisions/${encodeURIComponent(decisionNumber)}`)
  return data
}

export function usePlateTypes() {
  return useQuery({ queryKey: fineKeys.plateTypes, queryFn: fetchPlateTypes, staleTime: Infinity })
}

export function useVehicles() {
  return useQuery({ queryKey: fineKeys.vehicles, queryFn: fetchVehicles })
}

export function useViolations(vehicleId: string) {
  return useQuery({ queryKey: fineKeys.violations(vehicleId), queryFn: () => fetchViolations(vehicleId), enabled: !!vehicleId })
}

export function useViolation(id: string) {
  return useQuery({ queryKey: fineKeys.violation(id), queryFn: () => fetchViolation(id), enabled: !!id })
}
