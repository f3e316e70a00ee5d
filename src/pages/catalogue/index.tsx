import type { CatalogueItemsQuery } from '@contract'
import { Button, TabPane, Tabs } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/tabs/style/css'
import { ScrollView, Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { useServiceItems, useThemesFor } from '@/lib/shared-api'
import { CityRequired } from '@/components/city-required'
import { EmptyState } from '@/components/empty-state'
import { PageShell } from '@/components/page-shell'
import { QueryState } from '@/components/query-state'
import { SearchField } from '@/components/search-field'
import { ServiceItemRow } from '@/components/service-item-row'
import { journeysMatching } from '@/lib/journeys'
import { openPage, takeTabParams, usePageParams } from '@/lib/navigation'
import { usePreferences } from '@/lib/use-preferences'
import { routes } from '@/routes'
import { useDepartments } from './api'
import './index.scss'

type Audience = 'personal' | 'legal'
const PAGE_SIZE = 20

interface Filters {
  audience: Audience
  q: string
  theme: string
  department: string
}

const EMPTY_FILTERS: Filters = { audience: 'personal', q: '', theme: '', department: '' }

/** The filters a query names (values already decoded), or null when it names none. */
function filtersFrom(params: Record<string, string | undefined>): Filters | null {
  if (!params.q && !params.theme && !params.audience && !params.department) return null
  return {
    audience: params.audience === 'legal' ? 'legal' : 'personal',
    q: params.q ?? '',
    theme: params.theme ?? '',
    department: params.department ?? '',
  }
}

/** The app's own services a search means (水费 → 生活缴费), above the catalogue items (issue 15.14). */
function JourneyResults({ query }: { query: string }) {
  const found = journeysMatching(query)
  if (found.length === 0) return null
  return (
    <View className='catalogue__journeys'>
      <Text className='section-title'>服务</Text>
      {found.map((journey) => (
        <View key={journey.key} className='catalogue__journey card' role='link' onClick={() => openPage(journey.url)}>
          <Text className='catalogue__journey-title'>{journey.title} ›</Text>
          <Text className='catalogue__journey-hint'>{journey.hint}</Text>
        </View>
      ))}
    </View>
  )
}

export default function CataloguePage() {
  const params = usePageParams(routes.catalogue)
  const { cityCode } = usePreferences()
  const [filters, setFilters] = useState<Filters>(() => filtersFrom(params) ?? EMPTY_FILTERS)
  const [keyword, setKeyword] = useState(filters.q)
  const [pageCount, setPageCount] = useState(1)
  // Only the themes with items for the chosen audience here: 法人办事 lists no personal theme with nothing in it.
  const themes = useThemesFor(cityCode, filters.audience)
  const departments = useDepartments(cityCode)

  // Tab pages get their parameters from openPage() (switchTab drops the query).
  useDidShow(() => {
    const handed = takeTabParams(routes.catalogue.path)
    const next = handed ? filtersFrom(handed) : null
    if (next) {
      setFilters(next)
      setKeyword(next.q)
    }
  })

  useEffect(() => setPageCount(1), [filters, cityCode])

  const query: CatalogueItemsQuery = {
    city: cityCode ?? '',
    audience: filters.q ? undefined : filters.audience,
    q: filters.q || undefined,
    theme: filters.theme || undefined,
    department: filters.department || undefined,
    page: 1,
    pageSize: PAGE_SIZE * pageCount,
  }
  const items = useServiceItems(query)

  if (!cityCode) {
    return <CityRequired reason='办事服务因城市而异' />
  }

  const update = (patch: Partial<Filters>) => setFilters((current) => ({ ...current, ...patch }))
  const themeName = themes.data?.find((t) => t.code === filters.theme)?.name
  const departmentName = departments.data?.find((d) => d.code === filters.department)?.shortName

  return (
    <PageShell>
      <View className='catalogue__search'>
        <SearchField
          placeholder='搜索事项，如“居住证”“公积金”'
          value={keyword}
          onChange={setKeyword}
          onSearch={(value) => update({ q: value.trim() })}
          onClear={() => update({ q: '' })}
        />
      </View>

      {filters.q ? (
        <>
        <View className='catalogue__query'>
          <Text>“{filters.q}”的搜索结果</Text>
          <View
            className='catalogue__clear'
            role='button'
            onClick={() => {
              setKeyword('')
              update({ q: '' })
            }}
          >
            清除搜索
          </View>
        </View>
        <JourneyResults query={filters.q} />
        </>
      ) : (
        <>
          <Tabs value={filters.audience} onChange={(value) => update({ audience: value as Audience, theme: '', department: '' })}>
            <TabPane title='个人办事' value='personal' />
            <TabPane title='法人办事' value='legal' />
          </Tabs>
          <Text className='section-title'>按主题</Text>
          <QueryState query={themes} rows={2}>
            <View className='catalogue__chips'>
              {(themes.data ?? []).map((theme) => {
                const selected = theme.code === filters.theme
                return (
                  <View
                    key={theme.code}
                    className={`catalogue__chip${selected ? ' catalogue__chip--selected' : ''}`}
                    role='button'
                    aria-pressed={selected}
                    onClick={() => update({ theme: selected ? '' : theme.code })}
                  >
                    {selected ? '✓ ' : ''}
                    {theme.name}
                  </View>
                )
              })}
            </View>
          </QueryState>
          <Text className='section-title'>按部门</Text>
          <ScrollView scrollX className='catalogue__departments'>
            {(departments.data ?? []).map((department) => {
              const selected = department.code === filters.department
              return (
                <View
                  key={department.code}
                  className={`catalogue__chip${selected ? ' catalogue__chip--selected' : ''}`}
                  role='button'
                  aria-pressed={selected}
                  onClick={() => update({ department: selected ? '' : department.code })}
                >
                  {selected ? '✓ ' : ''}
                  {department.shortName}
                </View>
              )
            })}
          </ScrollView>
        </>
      )}

      <Text className='section-title'>
        {[themeName, departmentName].filter(Boolean).join(' · ') || (filters.q ? '事项' : filters.audience === 'legal' ? '法人事项' : '个人事项')}
        {items.data ? `（${items.data.total} 项）` : ''}
      </Text>
      <QueryState query={items}>
        {items.data && items.data.items.length === 0 ? (
          <EmptyState
            title={filters.q ? `没有找到与“${filters.q}”相关的事项` : '暂无相关事项'}
            description='可以换个关键词，或拨打 12345 政务服务热线咨询'
          />
        ) : (
          <View className='catalogue__list'>
            {(items.data?.items ?? []).map((item) => (
              <ServiceItemRow key={item.id} item={item} />
            ))}
            {items.data && items.data.items.length < items.data.total ? (
              <Button fill='none' block loading={items.isFetching} onClick={() => setPageCount((n) => n + 1)}>
                加载更多
              </Button>
            ) : null}
          </View>
        )}
      </QueryState>
    </PageShell>
  )
}
