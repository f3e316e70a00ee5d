import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { useCities } from '@/lib/shared-api'
import { CityRequired } from '@/components/city-required'
import { EmptyState } from '@/components/empty-state'
import { PageShell } from '@/components/page-shell'
import { QueryState } from '@/components/query-state'
import { openPage, usePageParams } from '@/lib/navigation'
import { usePreferences } from '@/lib/use-preferences'
import { platform, PlatformError } from '@/platform'
import { routes } from '@/routes'
import { useHalls, type Location } from '../../api'
import { distanceLabel } from '../../model/present'
import './index.scss'

type LocateState = { kind: 'off' } | { kind: 'locating' } | { kind: 'on'; at: Location } | { kind: 'failed'; message: string }

/** The halls of the current city; nearest first once the user allows location (asked only on tap). */
export default function HallsPage() {
  const { cityCode } = usePreferences()
  const cities = useCities()
  const city = cities.data?.find((c) => c.code === cityCode)
  const [locate, setLocate] = useState<LocateState>({ kind: 'off' })
  const halls = useHalls(cityCode, locate.kind === 'on' ? locate.at : null)
  // Opened from an item's guide (预约办理): only the halls that take this item, and it stays chosen.
  const { service } = usePageParams(routes.appointments.halls)
  const shown = (halls.data?.items ?? []).filter((hall) => !service || hall.services.some((s) => s.code === service))
  const serviceName = service ? halls.data?.items.flatMap((hall) => hall.services).find((s) => s.code === service)?.name : undefined

  async function sortByDistance() {
    setLocate({ kind: 'locating' })
    try {
      const here = await platform.getLocation()
      setLocate({ kind: 'on', at: { latitude: here.latitude, longitude: here.longitude } })
    } catch (error) {
      const denied = error instanceof PlatformError && error.reason === 'denied'
      setLocate({ kind: 'failed', message: denied ? '您未允许使用位置信息，大厅按默认顺序排列。' : '定位失败，大厅按默认顺序排列。' })
    }
  }

  if (!cityCode) {
    return <CityRequired reason='预约的是所在城市的办事大厅' />
  }

  return (
    <PageShell>
      <View className='halls'>
        <View className='halls__top'>
          <Text className='halls__city'>{city?.name ?? ''}办事大厅</Text>
          <View className='halls__mine' role='link' aria-label='我的预约' onClick={() => openPage(routes.appointments.mine())}>
            <Text>我的预约 ›</Text>
          </View>
        </View>
        <View className='halls__locate'>
          {locate.kind === 'on' ? (
            <Text className='halls__hint'>已按距离由近到远排列</Text>
          ) : (
            <Button
              fill='outline'
              type='primary'
              block
              loading={locate.kind === 'locating'}
              disabled={locate.kind === 'locating'}
              onClick={() => void sortByDistance()}
            >
              {locate.kind === 'locating' ? '正在定位…' : '按离我最近排序'}
            </Button>
          )}
          {locate.kind === 'failed' ? <Text className='halls__hint'>{locate.message}</Text> : null}
        </View>
        <QueryState query={halls}>
          {serviceName ? <Text className='halls__hint'>预约事项：{serviceName}</Text> : null}
          {halls.data && shown.length === 0 ? (
            <EmptyState title='该城市暂无可预约的大厅' description='请切换城市，或直接到大厅现场取号' />
          ) : (
            shown.map((hall) => {
              const distance = distanceLabel(hall.distanceMeters)
              return (
                <View
                  key={hall.id}
                  className='halls__item card'
                  role='link'
                  onClick={() => openPage(routes.appointments.book(hall.id, service))}
                >
                  <View className='halls__head'>
                    <Text className='halls__name'>{hall.name}</Text>
                    {distance ? <Text className='halls__distance'>{distance}</Text> : null}
                  </View>
                  <Text className='halls__address'>{hall.address}</Text>
                  <Text className='halls__hours'>{hall.hours}</Text>
                  <Text className='halls__services'>可预约：{hall.services.map((s) => s.name).join('、')}</Text>
                  <Text className='halls__more'>选择事项和时间 ›</Text>
                </View>
              )
            })
          )}
        </QueryState>
      </View>
    </PageShell>
  )
}
