import type { InboxItem, InboxKind, InboxUrgency } from '@contract'
import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useLoggedIn } from '@/api/use-logged-in'
import { openPage } from '@/lib/navigation'
import { INBOX_SOURCE_NAMES, routes, subjectPage } from '@/routes'
import { DatedText } from './dated-text'
import { EmptyState } from './empty-state'
import './todo-inbox.scss'

// Urgency is always said in words, never only by colour. Texts are single strings (`${a} ›`, not
// {a} ›): each JSX piece is a node of its own in a mini-program's setData.
const URGENCY_TEXT: Record<InboxUrgency, string> = { overdue: '已逾期', today: '今天', soon: '近期', later: '' }

interface Props {
  items: readonly InboxItem[]
  /** Sources the server could not read this time; the others still show. */
  unavailable?: readonly InboxKind[]
  loading?: boolean
  error?: string | null
  onRetry?: () => void
}

/** 我的待办 on home: what the user has to act on, most urgent first, each opening the page that resolves it. */
export function TodoInbox({ items, unavailable = [], loading = false, error = null, onRetry }: Props) {
  const loggedIn = useLoggedIn()
  return (
    <View className='todo-inbox card' aria-label='我的待办'>
      <Text className='todo-inbox__title'>{items.length > 0 ? `我的待办（${items.length}）` : '我的待办'}</Text>
      {!loggedIn ? (
        <EmptyState
          title='登录后查看您的待办事项'
          description='待缴账单、交通违法、预约提醒、需要您处理的办件和快到期的证照会显示在这里'
          action={
            <Button type='primary' onClick={() => openPage(routes.login())}>
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
      ) : (
        <View>
          {items.length === 0 ? (
            <EmptyState title='暂无待办事项' description='有新的账单、预约或办件需要处理时，会在这里提醒您' />
          ) : (
            items.map((item) => (
              <View
                key={item.id}
                className={`todo-inbox__item todo-inbox__item--${item.urgency}`}
                role='link'
                onClick={() => openPage(subjectPage(item.subject))}
              >
                <View className='todo-inbox__item-head'>
                  {URGENCY_TEXT[item.urgency] ? <Text className='todo-inbox__urgency'>{URGENCY_TEXT[item.urgency]}</Text> : null}
                  <Text className='todo-inbox__item-title'>{item.title}</Text>
                </View>
                <DatedText className='todo-inbox__item-detail' text={item.detail} />
                <Text className='todo-inbox__action'>{`${item.action} ›`}</Text>
              </View>
            ))
          )}
          {unavailable.length > 0 ? (
            <View className='todo-inbox__partial' role='button' aria-label='部分待办未加载，点击重试' onClick={() => onRetry?.()}>
              <Text>{unavailable.map((kind) => INBOX_SOURCE_NAMES[kind]).join('、')}的待办暂时无法读取，点此重试</Text>
            </View>
          ) : null}
        </View>
      )}
    </View>
  )
}
