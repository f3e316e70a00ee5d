import { Button } from '@nutui/nutui-react-taro'
import { Skeleton } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { messageOf } from '@/api/errors'
import './query-state.scss'

interface QueryLike {
  isPending: boolean
  isError: boolean
  error: unknown
  refetch: () => unknown
  fetchStatus?: string
}

/**
 * Loading skeleton, a Chinese error with 重试, or the content. The skeleton pulses by CSS: NutUI's
 * `animated` restarts its shimmer from a timer, one setData a second while anything loads.
 */
export function QueryState({ query, children, rows = 3 }: { query: QueryLike; children: ReactNode; rows?: number }) {
  if (query.isError) {
    return (
      <View className='query-state query-state--error' role='alert'>
        <Text className='query-state__message'>{messageOf(query.error)}</Text>
        <Button type='primary' fill='outline' onClick={() => void query.refetch()}>
          重试
        </Button>
      </View>
    )
  }
  if (query.isPending && query.fetchStatus !== 'idle') {
    return (
      <View className='query-state' aria-busy='true' aria-label='加载中'>
        <Skeleton rows={rows} animated={false} />
      </View>
    )
  }
  return <>{children}</>
}
