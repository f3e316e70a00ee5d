import {
  CatalogueItemsQuerySchema,
  CityListSchema,
  DepartmentListSchema,
  DepartmentsQuerySchema,
  ServiceItemDetailSchema,
  ServiceItemPageSchema,
  ServiceItemParamsSchema,
  ThemeListSchema,
  ThemesQuerySchema,
} from '../../../contract'
import { problems } from '../../http/problem'
import { responses } from '../../http/responses'
import type { DomainRoutes } from '../../http/types'
import { createCatalogueRepo } from './repo'

const tags = ['catalogue']

export const catalogueRoutes: DomainRoutes = async (app, { ctx }) => {
  const repo = createCatalogueRepo(ctx.db)

  /** An unknown (well-formed) city code is a form error on the `city` field, like a missing one. */
  function requireCity(code: string): void {
    if (!repo.cityExists(code)) {
      throw problems.validationFailed([
        { field: 'city', code: 'INVALID', message: '暂不支持该城市，请从城市列表中重新选择浙江省的设区市' },
      ])
    }
  }

  app.get(
    '/cities',
    { schema: { tags, summary: 'The 11 cities of Zhejiang', response: responses({ 200: CityListSchema }) } },
    async () => ({ items: repo.cities() }),
  )

  app.get(
    '/catalogue/themes',
    {
      schema: {
        tags,
        summary: 'The 15 themes; with city and audience, only those with items for that audience there',
        querystring: ThemesQuerySchema,
        response: responses({ 200: ThemeListSchema }),
      },
    },
    async (request) => {
      const { city, audience } = request.query
      if (audience === undefined) return { items: repo.themes() }
      if (city === undefined) {
        throw problems.validationFailed([{ field: 'city', code: 'REQUIRED', message: '按办事对象列出主题时，请同时选择城市' }])
      }
      requireCity(city)
      return { items: repo.themesWithItems(city, audience) }
    },
  )

  app.get(
    '/catalogue/departments',
    {
      schema: {
        tags,
        summary: 'Departments of a city',
        querystring: DepartmentsQuerySchema,
        response: responses({ 200: DepartmentListSchema }),
      },
    },
    async (request) => {
      requireCity(request.query.city)
      return { items: repo.departments(request.query.city) }
    },
  )

  app.get(
    '/catalogue/items',
    {
      schema: {
        tags,
        summary: 'Service items of a city: filter by audience, theme, department; search with q',
        querystring: CatalogueItemsQuerySchema,
        response: responses({ 200: ServiceItemPageSchema }),
      },
    },
    async (request) => {
      const { city, audience, theme, department, q } = request.query
      requireCity(city)
      const page = request.query.page ?? 1
      const pageSize = request.query.pageSize ?? 20
      const { items, total } = repo.searchItems({ city, audience, theme, department, q: q?.trim(), page, pageSize })
      return { items, total, page, pageSize }
    },
  )

  app.get(
    '/catalogue/items/:id',
    {
      schema: {
        tags,
        summary: 'A service item with its guide',
        params: ServiceItemParamsSchema,
        response: responses({ 200: ServiceItemDetailSchema }, 404),
      },
    },
    async (request) => {
      const item = repo.item(request.params.id)
      if (!item) throw problems.notFound('没有找到这个事项，可能已调整或下线，请返回目录重新查找。')
      return item
    },
  )
}
