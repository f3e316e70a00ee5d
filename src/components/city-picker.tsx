import type { City } from '@contract'
import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { useCities } from '@/lib/shared-api'
import { nearest } from '@/lib/geo'
import { usePreferences } from '@/lib/use-preferences'
import { platform, PlatformError } from '@/platform'
import { QueryState } from './query-state'
import './city-picker.scss'

type LocateState = { kind: 'idle' } | { kind: 'locating' } | { kind: 'found'; city: City } | { kind: 'failed'; message: string }

/**
 * The 11 设区市. Location is asked only when the user taps 定位 (never on launch);
 * a refusal just leaves the list to choose from.
 */
export function CityPicker({ onChosen }: { onChosen: (city: City) => void }) {
  const cities = useCities()
  const { cityCode } = usePreferences()
  const [locate, setLocate] = useState<LocateState>({ kind: 'idle' })

  async function suggestFromLocation(list: City[]) {
    setLocate({ kind: 'locating' })
    try {
      // A city is all we need: approximate location (WeChat getFuzzyLocation), never the precise one.
      const here = await platform.getApproximateLocation()
      const city = nearest(here, list)
      setLocate(city ? { kind: 'found', city } : { kind: 'failed', message: '未能确定所在城市，请在下方选择。' })
    } catch (error) {
      const denied = error instanceof PlatformError && error.reason === 'denied'
      setLocate({
        kind: 'failed',
        message: denied ? '您未允许使用位置信息，请在下方直接选择城市。' : '定位失败，请在下方直接选择城市。',
      })
    }
  }

  return (
    <QueryState query={cities}>
      <View className='city-picker'>
        <View className='city-picker__locate'>
          {locate.kind === 'found' ? (
            <Button type='primary' block size='large' onClick={() => onChosen(locate.city)}>
              定位到：{locate.city.name}，点此选择
            </Button>
          ) : (
            <Button
              type='primary'
              fill='outline'
              block
              size='large'
              loading={locate.kind === 'locating'}
              disabled={locate.kind === 'locating'}
              onClick={() => cities.data && void suggestFromLocation(cities.data)}
            >
              {locate.kind === 'locating' ? '正在定位…' : '使用当前位置推荐城市'}
            </Button>
          )}
          {locate.kind === 'failed' ? <Text className='city-picker__hint'>{locate.message}</Text> : null}
        </View>
        <Text className='city-picker__label'>浙江省 · 设区市</Text>
        <View className='city-picker__grid'>
          {(cities.data ?? []).map((city) => {
            const selected = city.code === cityCode
            return (
              <View
                key={city.code}
                className={`city-picker__city${selected ? ' city-picker__city--selected' : ''}`}
                role='button'
                onClick={() => onChosen(city)}
              >
                <Text>{city.shortName}</Text>
                {selected ? <Text className='city-picker__current'>当前城市</Text> : null}
              </View>
            )
          })}
        </View>
      </View>
    </QueryState>
  )
}
