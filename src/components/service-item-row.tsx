import type { ServiceItemSummary } from '@contract'
import { Text, View } from '@tarojs/components'
import { openPage } from '@/lib/navigation'
import { onlineDepthLabel, starLabel, visitsLabel } from '@/lib/service-levels'
import { routes } from '@/routes'
import './service-item-row.scss'

/** One catalogue entry: name, department and the standard service fields, as text (never colour alone). */
export function ServiceItemRow({ item }: { item: ServiceItemSummary }) {
  return (
    <View
      className='service-item-row'
      role='link'
      onClick={() => openPage(routes.more.catalogueItem(item.id))}
    >
      <View className='service-item-row__main'>
        <Text className='service-item-row__name'>{item.name}</Text>
        <Text className='service-item-row__dept'>{item.department.name}</Text>
        <View className='service-item-row__tags'>
          <Text className={`service-item-row__star service-item-row__star--${item.starLevel}`}>
            {`${'★'.repeat(item.starLevel)} ${starLabel(item.starLevel)}`}
          </Text>
          <Text className='service-item-row__tag'>{visitsLabel(item.visits)}</Text>
          <Text className='service-item-row__tag'>{onlineDepthLabel(item.onlineDepth)}</Text>
        </View>
      </View>
      <Text className='service-item-row__chevron' aria-hidden>
        ›
      </Text>
    </View>
  )
}
