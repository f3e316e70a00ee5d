import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './empty-state.scss'

// NutUI's Empty loads its picture from a third-party CDN; a government app must
// not call other hosts (privacy, offline), so empty states are drawn here.
export function EmptyState({ title, description, action }: { title: string; description?: string; action?: ReactNode }) {
  return (
    <View className='empty-state' role='status'>
      <View className='empty-state__icon' aria-hidden />
      <Text className='empty-state__title'>{title}</Text>
      {description ? <Text className='empty-state__description'>{description}</Text> : null}
      {action ? <View className='empty-state__action'>{action}</View> : null}
    </View>
  )
}
