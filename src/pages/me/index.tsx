import { Button, Cell, CellGroup } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/css'
import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useLoggedIn } from '@/api/use-logged-in'
import { useMe, useUnreadCount } from '@/lib/shared-api'
import { PageShell } from '@/components/page-shell'
import { QueryState } from '@/components/query-state'
import { openPage } from '@/lib/navigation'
import { preferences } from '@/lib/preferences'
import { usePreferences } from '@/lib/use-preferences'
import { ME_ENTRIES, routes } from '@/routes'
import './index.scss'

export default function MePage() {
  const loggedIn = useLoggedIn()
  const me = useMe()
  const { elderMode } = usePreferences()
  const unread = useUnreadCount()
  useDidShow(() => {
    if (loggedIn) void unread.refetch()
  })

  return (
    <PageShell>
      <View className='me__head'>
        {!loggedIn ? (
          <View className='me__guest'>
            <Text className='me__name'>未登录</Text>
            <Text className='me__level'>登录后可缴费、查办件、看证照</Text>
            <Button type='primary' className='me__login' onClick={() => openPage(routes.login())}>
              登录 / 注册
            </Button>
          </View>
        ) : (
          <QueryState query={me} rows={2}>
            {me.data ? (
              <View className='me__user'>
                <Text className='me__name' aria-label={`姓名 ${me.data.name}`}>
                  {me.data.name}
                </Text>
                <Text className='me__level'>{me.data.realNameLabel}</Text>
              </View>
            ) : null}
          </QueryState>
        )}
      </View>

      {loggedIn && me.data ? (
        <CellGroup title='账户信息'>
          <Cell title={me.data.kind === 'legal' ? '统一社会信用代码' : '证件号码'} extra={me.data.idNumber} />
          <Cell title='手机号码' extra={me.data.mobile} />
        </CellGroup>
      ) : null}

      <CellGroup title='我的服务'>
        {ME_ENTRIES.map((entry) => (
          <Cell key={entry.key} title={entry.title} extra={`${entry.hint} ›`} clickable onClick={() => openPage(entry.url)} />
        ))}
      </CellGroup>
      <CellGroup title='更多'>
        {loggedIn ? (
          <Cell
            title='消息中心'
            extra={`${unread.data ? `${unread.data.unreadCount} 条未读` : '账单、办件、预约提醒'} ›`}
            clickable
            onClick={() => openPage(routes.messages.list())}
          />
        ) : null}
        <Cell title='长辈模式' extra={`${elderMode ? '已开启' : '已关闭'} ›`} clickable onClick={() => preferences.update({ elderMode: !elderMode })} />
        <Cell title='隐私政策' extra='收集什么、保存多久 ›' clickable onClick={() => openPage(routes.more.privacy())} />
        <Cell title='设置' extra='城市、删除数据、退出登录 ›' clickable onClick={() => openPage(routes.more.settings())} />
      </CellGroup>
    </PageShell>
  )
}
