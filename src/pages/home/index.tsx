import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { messageOf } from '@/api/errors'
import { useInbox } from '@/api/inbox'
import { useCities, useServiceItems } from '@/api/queries'
import { CityPicker } from '@/components/city-picker'
import { PageShell } from '@/components/page-shell'
import { QueryState } from '@/components/query-state'
import { SearchField } from '@/components/search-field'
import { ServiceItemRow } from '@/components/service-item-row'
import { TodoInbox } from '@/components/todo-inbox'
import { JOURNEYS, journeyTarget } from '@/lib/journeys'
import { openPage } from '@/lib/navigation'
import { preferences } from '@/lib/preferences'
import { isFirstLoading, useFirstLoadTogether } from '@/lib/use-first-load-together'
import { usePreferences } from '@/lib/use-preferences'
import './index.scss'

/** Opens 办事 with the search (switchTab drops the query string; openPage hands it over). */
function search(value: string) {
  const q = value.trim()
  openPage(q ? `/pages/catalogue/index?q=${encodeURIComponent(q)}` : '/pages/catalogue/index')
}

/** What QueryState shows while the home waits for all of its first answers: the loading skeleton. */
const WAITING = { isPending: true, fetchStatus: 'fetching', isError: false, error: null, refetch: () => undefined }

export default function HomePage() {
  const { cityCode, elderMode } = usePreferences()
  const cities = useCities()
  const popular = useServiceItems({ city: cityCode ?? '', page: 1, pageSize: 5 }, !!cityCode)
  const [keyword, setKeyword] = useState('')
  const inbox = useInbox()
  // The city's name, its popular services (not shown in elder mode) and the to-do inbox appear
  // together the first time:
  // one setData on a mini-program rather than one per answer (DESIGN.md §7).
  const waiting = useFirstLoadTogether(elderMode ? [cities, inbox] : [cities, popular, inbox])
  const city = waiting ? undefined : cities.data?.find((c) => c.code === cityCode)
  useDidShow(() => {
    if (inbox.isFetched) void inbox.refetch()
  })

  if (!cityCode) {
    // First launch: the city decides providers, halls and services, so ask first.
    return (
      <PageShell>
        <View className='home__welcome'>
          <Text className='home__welcome-title'>欢迎使用城市服务</Text>
          <Text className='home__welcome-text'>请选择您所在的城市，以便为您提供当地的办事服务</Text>
        </View>
        <CityPicker onChosen={(chosen) => preferences.update({ cityCode: chosen.code })} />
      </PageShell>
    )
  }

  const todo = (
    <TodoInbox
      items={(!waiting && inbox.data?.items) || []}
      unavailable={(!waiting && inbox.data?.unavailable) || []}
      loading={waiting || isFirstLoading(inbox)}
      error={inbox.isError && !waiting ? messageOf(inbox.error) : null}
      onRetry={() => void inbox.refetch()}
    />
  )

  if (elderMode) {
    // 长辈模式: the five journeys as large tiles, the to-do list, and the way out; no search,
    // no lists to scroll through, nothing that pops up.
    return (
      <PageShell>
        <View className='home-elder__header'>
          <Text className='home-elder__title'>城市服务 · {city?.shortName ?? ''}</Text>
          <View className='home-elder__switches'>
            <View className='home-elder__switch' role='button' onClick={() => openPage('/pages/city/index')}>
              <Text>切换城市</Text>
            </View>
            <View className='home-elder__switch' role='button' onClick={() => preferences.update({ elderMode: false })}>
              <Text>退出长辈模式</Text>
            </View>
          </View>
        </View>
        <View className='home-elder__tiles' aria-label='常用服务'>
          {JOURNEYS.map((journey) => (
            <View key={journey.key} className='home-elder__tile' role='button' onClick={() => openPage(journeyTarget(journey))}>
              <Text className='home-elder__tile-title'>{journey.title}</Text>
              <Text className='home-elder__tile-hint'>{journey.hint}</Text>
            </View>
          ))}
        </View>
        {todo}
      </PageShell>
    )
  }

  return (
    <PageShell>
      <View className='home__header'>
        <View className='home__city' role='button' aria-label={`当前城市${city?.shortName ?? ''}，切换城市`} onClick={() => openPage('/pages/city/index')}>
          <Text className='home__city-name'>{city?.shortName ?? '…'}</Text>
          <Text className='home__city-switch'>切换城市 ▾</Text>
        </View>
        <View className='home__search'>
          <SearchField
            placeholder='搜索办事服务，如“居住证”'
            value={keyword}
            onChange={setKeyword}
            onSearch={search}
          />
        </View>
      </View>

      <View className='home__journeys card' aria-label='常用服务'>
        {JOURNEYS.map((journey) => (
          <View
            key={journey.key}
            className={`home__journey home__journey--${journey.key}`}
            role='button'
            onClick={() => openPage(journeyTarget(journey))}
          >
            <View className='home__journey-icon' aria-hidden />
            <Text className='home__journey-title'>{journey.title}</Text>
          </View>
        ))}
      </View>

      <View className='home__elder-entry' role='button' onClick={() => preferences.update({ elderMode: true })}>
        <Text className='home__elder-entry-title'>长辈模式</Text>
        <Text className='home__elder-entry-hint'>字更大 · 按钮更大 · 页面更简单 ›</Text>
      </View>

      {todo}

      <Text className='section-title'>{city?.shortName ?? ''}热门服务</Text>
      <QueryState query={waiting ? WAITING : popular}>
        <View className='home__popular'>
          {(popular.data?.items ?? []).map((item) => (
            <ServiceItemRow key={item.id} item={item} />
          ))}
          <View className='home__more' role='link' onClick={() => openPage('/pages/catalogue/index')}>
            <Text>查看全部 {popular.data?.total ?? ''} 项服务 ›</Text>
          </View>
        </View>
      </QueryState>
    </PageShell>
  )
}
