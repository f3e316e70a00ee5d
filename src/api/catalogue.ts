import type { City, CatalogueItemsQuery, Department, ServiceItemDetail, ServiceItemPage, Theme, ThemesQuery } from '@contract'
import { http } from './client'

export async function fetchCities(): Promise<City[]> {
  const { data } = await http.get<{ items: City[] }>('/cities')
  return data.items
}

/** All 15 themes; with a city and an audience, only those with items for that audience there. */
export async function fetchThemes(query: ThemesQuery = {}): Promise<Theme[]> {
  const { data } = await http.get<{ items: Theme[] }>('/catalogue/themes', { params: query })
  return data.items
}

export async function fetchDepartments(city: string): Promise<Department[]> {
  const { data } = await http.get<{ items: Department[] }>('/catalogue/departments', { params: { city } })
  return data.items
}

export async function fetchServiceItems(query: CatalogueItemsQuery): Promise<ServiceItemPage> {
  const params: Record<string, string | number> = {}
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params[key] = value as string | number
  }
  const { data } = await http.get<ServiceItemPage>('/catalogue/items', { params })
  return data
}

export async function fetchServiceItem(id: string): Promise<ServiceItemDetail> {
  const { data } = await http.get<ServiceItemDetail>(`/catalogue/items/${encodeURIComponent(id)}`)
  return data
}
