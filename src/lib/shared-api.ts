import type { CatalogueItemsQuery, City, Me, ServiceItemPage, Theme, ThemesQuery, UnreadCount } from '@contract'
import { useQuery } from '@tanstack/react-query'
import { http } from '@/api/client'
import { useLoggedIn } from '@/api/use-logged-in'

// The few endpoints read by more than one feature or shell page. src/api holds only the HTTP
// plumbing, and features never import each other, so an endpoint with readers in several places
// lives here, in shared code every feature may import. An endpoint with one reader belongs in that
// feature's or page's api.ts instead: keep this list short.
//   /me                    我的, home, certificates' wallet, appointments' confirm (and login fills it)
//   /cities                city picker, home, settings, appointments' halls
//   /catalogue/themes      home, 办事 catalogue
//   /catalogue/items       home search, 办事 catalogue
//   /messages/unread-count home's bell, 我的

export const queryKeys = {
  cities: ['cities'] as const,
  themesFor: (city: string, audience: 'personal' | 'legal') => ['themes', city, audience] as const,
  items: (query: CatalogueItemsQuery) => ['items', query] as const,
  me: ['me'] as const,
}

export async function fetchMe(): Promise<Me> {
  const { data } = await http.get<Me>('/me')
  return data
}

export function useMe() {
  const loggedIn = useLoggedIn()
  return useQuery({ queryKey: queryKeys.me, queryFn: fetchMe, enabled: loggedIn })
}

export async function fetchCities(): Promise<City[]> {
  const { data } = await http.get<{ items: City[] }>('/cities')
  return data.items
}

export function useCities() {
  return useQuery({ queryKey: queryKeys.cities, queryFn: fetchCities, staleTime: Infinity })
}

/** All 15 themes; with a city and an audience, only those with items for that audience there. */
async function fetchThemes(query: ThemesQuery = {}): Promise<Theme[]> {
  const { data } = await http.get<{ items: Theme[] }>('/catalogue/themes', { params: query })
  return data.items
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

async function fetchServiceItems(query: CatalogueItemsQuery): Promise<ServiceItemPage> {
  const params: Record<string, string | number> = {}
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params[key] = value as string | number
  }
  const { data } = await http.get<ServiceItemPage>('/catalogue/items', { params })
  return data
}

export function useServiceItems(query: CatalogueItemsQuery, enabled = true) {
  return useQuery({
    queryKey: queryKeys.items(query),
    queryFn: () => fetchServiceItems(query),
    enabled: enabled && !!query.city,
  })
}

/** The 消息中心's unread count, for the bell on home and the entry in 我的 (one cache entry). */
export function useUnreadCount() {
  const loggedIn = useLoggedIn()
  return useQuery({
    queryKey: ['messages-unread'],
    queryFn: async () => (await http.get<UnreadCount>('/messages/unread-count')).data,
    enabled: loggedIn,
  })
}
