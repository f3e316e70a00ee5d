import { useQuery } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'
import type { CatalogueItemsQuery } from '@contract'
import { fetchMe } from './auth'
import { fetchCities, fetchDepartments, fetchServiceItem, fetchServiceItems, fetchThemes } from './catalogue'
import { session } from './session'

export const queryKeys = {
  cities: ['cities'] as const,
  themes: ['themes'] as const,
  themesFor: (city: string, audience: 'personal' | 'legal') => ['themes', city, audience] as const,
  departments: (city: string) => ['departments', city] as const,
  items: (query: CatalogueItemsQuery) => ['items', query] as const,
  item: (id: string) => ['item', id] as const,
  me: ['me'] as const,
}

export function useLoggedIn(): boolean {
  return useSyncExternalStore(session.subscribe, session.isLoggedIn, session.isLoggedIn)
}

export function useCities() {
  return useQuery({ queryKey: queryKeys.cities, queryFn: fetchCities, staleTime: Infinity })
}

export function useThemes() {
  return useQuery({ queryKey: queryKeys.themes, queryFn: () => fetchThemes(), staleTime: Infinity })
}

/** The themes that have items for this audience in this city (法人办事 lists only a company's). */
export function useThemesFor(city: string | null, audience: 'personal' | 'legal') {
  return useQuery({
    queryKey: queryKeys.themesFor(city ?? '', audience),
    queryFn: () => fetchThemes({ city: city!, audience }),
    enabled: !!city,
    staleTime: 30 * 60_000,
  })
}

export function useDepartments(city: string | null) {
  return useQuery({
    queryKey: queryKeys.departments(city ?? ''),
    queryFn: () => fetchDepartments(city!),
    enabled: !!city,
    staleTime: 30 * 60_000,
  })
}

export function useServiceItems(query: CatalogueItemsQuery, enabled = true) {
  return useQuery({
    queryKey: queryKeys.items(query),
    queryFn: () => fetchServiceItems(query),
    enabled: enabled && !!query.city,
  })
}

export function useServiceItem(id: string) {
  return useQuery({ queryKey: queryKeys.item(id), queryFn: () => fetchServiceItem(id), enabled: !!id })
}

export function useMe() {
  const loggedIn = useLoggedIn()
  return useQuery({ queryKey: queryKeys.me, queryFn: fetchMe, enabled: loggedIn })
}
