import type { Message } from '@contract'
import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query'
import { EmptyState } from '@/components/empty-state'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { QueryState } from '@/components/query-state'
import { openPage } from '@/lib/navigation'
import { subjectPage } from '@/routes'
import { formatDateTime } from '@/lib/dates'
import { fetchMessages, markAllRead, markRead } from '../../api'
import { MESSAGE_KIND_TEXT } from '../../model/kind'
import './index.scss'

const PAGE_SIZE = 20

export default function MessageListPage() {
  const queryClient = useQueryClient()
  const messages = useInfiniteQuery({
    queryKey: ['messages'],
    queryFn: ({ pageParam }) => fetchMessages(pageParam, PAGE_SIZE),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
  })
  useDidShow(() => void messages.refetch())
  const items = messages.data?.pages.flatMap((page) => page.items) ?? []
  const unread = messages.data?.pages[0]?.unreadCount ?? 0

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['messages'] })
    void queryClient.invalidateQueries({ queryKey: ['messages-unread'] })
  }
  const read = useMutation({ mutationFn: markRead, onSuccess: refresh })
  const readAll = useMutation({ mutationFn: markAllRead, onSuccess: refresh })

  function open(message: Message) {
    if (!message.read) read.mutate(message.id)
    if (message.subject) openPage(subjectPage(message.subject))
  }

  return (
    <PageShell>
      <LoginRequired reason='登录后查看账单、办件和预约提醒'>
        <QueryState query={messages}>
          {items.length === 0 ? (
            <EmptyState title='暂无消息' description='有新账单、缴费结果、办件进度和预约提醒时，会在这里告诉您' />
          ) : (
            <View className='messages'>
              <View className='messages__head'>
                <Text className='messages__count'>{unread > 0 ? `${unread} 条未读` : '全部已读'}</Text>
                {unread > 0 ? (
                  <Button size='small' fill='outline' loading={readAll.isPending} onClick={() => readAll.mutate()}>
                    全部标为已读
                  </Button>
                ) : null}
              </View>
              {items.map((message) => (
                <View
                  key={message.id}
                  className={`messages__item card${message.read ? '' : ' messages__item--unread'}`}
                  role='link'
                  onClick={() => open(message)}
                >
                  <View className='messages__item-head'>
                    {/* Unread is said in words; the bold title only repeats it. */}
                    {message.read ? null : <Text className='messages__badge'>未读</Text>}
                    <Text className='messages__title'>{message.title}</Text>
                  </View>
                  <Text className='messages__body'>{message.body}</Text>
                  <Text className='messages__meta'>
                    {MESSAGE_KIND_TEXT[message.kind]} · {formatDateTime(message.createdAt)}
                    {message.subject ? ' · 查看 ›' : ''}
                  </Text>
                </View>
              ))}
              {messages.hasNextPage ? (
                <Button fill='none' block loading={messages.isFetchingNextPage} onClick={() => void messages.fetchNextPage()}>
                  加载更多
                </Button>
              ) : null}
            </View>
          )}
        </QueryState>
      </LoginRequired>
    </PageShell>
  )
}
