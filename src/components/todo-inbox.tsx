import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useLoggedIn } from '@/api/queries'
import { openPage } from '@/lib/navigation'
import { EmptyState } from './empty-state'
import './todo-inbox.scss'

export interface TodoItem {
  id: string
  title: string
  detail: string
  /** Page that resolves it. */
  url: string
}

/** 我的待办 on home: what the user has to act on, each linking to the page that resolves it. */
export function TodoInbox({ items, loading = false, error = null, onRetry }: { items: readonly TodoItem[]; loading?: boolean; error?: string | null; onRetry?: () => void }) {
  const loggedIn = useLoggedIn()
  return (
    <View className='todo-inbox card' aria-label='我的待办'>
      <Text className='todo-inbox__title'>我的待办</Text>
      {!loggedIn ? (
        <EmptyState
          title='登录后查看您的待办事项'
          description='待缴账单、交通违法、预约提醒和需要您处理的办件会显示在这里'
          action={
            <Button type='primary' onClick={() => openPage('/pages/login/index')}>
              去登录
            </Button>
          }
        />
      ) : loading ? (
        <Text className='todo-inbox__loading'>正在加载待办…</Text>
      ) : error ? (
        <EmptyState
          title='待办暂时没有加载出来'
          description={error}
          action={
            <Button type='primary' fill='outline' onClick={() => onRetry?.()}>
              重试
            </Button>
          }
        />
      ) : items.length === 0 ? (
        <EmptyState title='暂无待办事项' description='有新的账单、预约或办件需要处理时，会在这里提醒您' />
      ) : (
        items.map((item) => (
          <View key={item.id} className='todo-inbox__item' role='link' onClick={() => openPage(item.url)}>
            <Text className='todo-inbox__item-title'>{item.title} ›</Text>
            <Text className='todo-inbox__item-detail'>{item.detail}</Text>
          </View>
        ))
      )}
    </View>
  )
}
