import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { messageOf } from '@/api/errors'
import { useLoggedIn } from '@/api/use-logged-in'
import { useCities, useMe, useServiceItems, useThemesFor, useUnreadCount } from '@/lib/shared-api'
import { useInbox } from './api'
import { CityPicker } from '@/components/city-picker'
import { PageShell } from '@/components/page-shell'
import { QueryState } from '@/components/query-state'
import { SearchField } from '@/components/search-field'
import { ServiceItemRow } from '@/components/service-item-row'
import { TodoInbox } from '@/components/todo-inbox'
import { LEGAL_SHORTCUTS, legalShortcutTarget } from '@/lib/journeys'
import { openPage } from '@/lib/navigation'
import { preferences } from '@/lib/preferences'
import { isFirstLoading, useFirstLoadTogether } from '@/lib/use-first-load-together'
import { usePreferences } from '@/lib/use-preferences'
import { HOME_SHORTCUTS, routes } from '@/routes'
import './index.scss'

/** Opens 办事 with the search (switchTab drops the query string; openPage hands it over). */
function search(value: string) {
  const q = value.trim()
  openPage(routes.catalogue({ q }))
}

/** What QueryState shows while the home waits for all of its first answers: the loading skeleton. */
const WAITING = { isPending: true, fetchStatus: 'fetching', isError: false, error: null, refetch: () => undefined }

/** The bell: the 消息中心 with its unread count, one tap from home (issue 15.15). Logged in only. */
function MessageBell({ unread, elder }: { unread: number; elder: boolean }) {
  return (
    <View className={elder ? 'home-elder__switch' : 'home__bell'} role='link' onClick={() => openPage(routes.messages.list())}>
      <Text>消息</Text>
      {unread > 0 ? <Text className='home__bell-count'>{unread > 99 ? '99+' : unread} 条未读</Text> : null}
    </View>
  )
}

export default function HomePage() {
  const { cityCode, elderMode } = usePreferences()
  const loggedIn = useLoggedIn()
  const cities = useCities()
  const me = useMe()
  // A company (法人) account gets a company home (issue 15.17): its shortcuts, themes and items.
  // Logged in, the popular items wait for /me to know whose they should be.
  const legal = me.data?.kind === 'legal'
  const knowsWho = !loggedIn || me.data !== undefined || me.isError
  const popular = useServiceItems({ city: cityCode ?? '', audience: legal ? 'legal' : undefined, page: 1, pageSize: 5 }, !!cityCode && knowsWho)
  const legalThemes = useThemesFor(legal ? cityCode : null, 'legal')
  const [keyword, setKeyword] = useState('')
  const inbox = useInbox()
  const unread = useUnreadCount()
  // The city's name, its popular services (not shown in elder mode), the to-do inbox and the
  // unread count appear together the first time:
  // one setData on a mini-program rather than one per answer (DESIGN.md §7).
  const waiting = useFirstLoadTogether(
    elderMode ? [cities, me, inbox, unread] : [cities, me, popular, inbox, unread, legalThemes],
  )
  const city = waiting ? undefined : cities.data?.find((c) => c.code === cityCode)
  const unreadCount = (!waiting && unread.data?.unreadCount) || 0
  useDidShow(() => {
    if (inbox.isFetched) void inbox.refetch()
    if (unread.isFetched) void unread.refetch()
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
            <View className='home-elder__switch' role='button' onClick={() => openPage(routes.city())}>
              <Text>切换城市</Text>
            </View>
            <View className='home-elder__switch' role='button' onClick={() => preferences.update({ elderMode: false })}>
              <Text>退出长辈模式</Text>
            </View>
            {loggedIn ? <MessageBell unread={unreadCount} elder /> : null}
          </View>
        </View>
        <View className='home-elder__tiles' aria-label='常用服务'>
          {HOME_SHORTCUTS.map((journey) => (
            <View key={journey.key} className='home-elder__tile' role='button' onClick={() => openPage(journey.url)}>
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
        <View className='home__city' role='button' aria-label={`当前城市${city?.shortName ?? ''}，切换城市`} onClick={() => openPage(routes.city())}>
          <Text className='home__city-name'>{city?.shortName ?? '…'}</Text>
          <Text className='home__city-switch'>切换城市 ▾</Text>
        </View>
        <View className='home__search'>
          <SearchField
            placeholder={legal ? '搜索企业服务，如“营业执照”' : '搜索办事服务，如“居住证”'}
            value={keyword}
            onChange={setKeyword}
            onSearch={search}
          />
        </View>
        {loggedIn ? <MessageBell unread={unreadCount} elder={false} /> : null}
      </View>

      {legal ? (
        <>
          <View className='home__journeys card' aria-label='企业服务'>
            {LEGAL_SHORTCUTS.map((shortcut) => (
              <View
                key={shortcut.key}
                className='home__journey'
                role='button'
                onClick={() => openPage(legalShortcutTarget(shortcut, cityCode))}
              >
                <View className='home__journey-icon' aria-hidden>
                  <Text>{shortcut.title.slice(0, 1)}</Text>
                </View>
                <Text className='home__journey-title'>{shortcut.title}</Text>
              </View>
            ))}
          </View>
          <Text className='section-title'>法人主题</Text>
          <View className='home__themes'>
            {(legalThemes.data ?? []).map((theme) => (
              <View
                key={theme.code}
                className='home__theme'
                role='link'
                onClick={() => openPage(routes.catalogue({ audience: 'legal', theme: theme.code }))}
              >
                <Text>{theme.name}</Text>
              </View>
            ))}
          </View>
        </>
      ) : (
      <View className='home__journeys card' aria-label='常用服务'>
        {HOME_SHORTCUTS.map((journey) => (
          <View
            key={journey.key}
            className={`home__journey home__journey--${journey.key}`}
            role='button'
            onClick={() => openPage(journey.url)}
          >
            <View className='home__journey-icon' aria-hidden />
            <Text className='home__journey-title'>{journey.title}</Text>
          </View>
        ))}
      </View>
      )}

      <View className='home__elder-entry' role='button' onClick={() => preferences.update({ elderMode: true })}>
        <Text className='home__elder-entry-title'>长辈模式</Text>
        <Text className='home__elder-entry-hint'>字更大 · 按钮更大 · 页面更简单 ›</Text>
      </View>

      {todo}

      <Text className='section-title'>{city?.shortName ?? ''}{legal ? '企业热门服务' : '热门服务'}</Text>
      <QueryState query={waiting ? WAITING : popular}>
        <View className='home__popular'>
          {(popular.data?.items ?? []).map((item) => (
            <ServiceItemRow key={item.id} item={item} />
          ))}
          <View className='home__more' role='link' onClick={() => openPage(routes.catalogue())}>
            <Text>查看全部 {popular.data?.total ?? ''} 项服务 ›</Text>
          </View>
        </View>
      </QueryState>
    </PageShell>
  )
}
