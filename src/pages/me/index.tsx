import { Button, Cell, CellGroup } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/css'
import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useUnreadCount } from '@/api/messages'
import { useLoggedIn, useMe } from '@/api/queries'
import { PageShell } from '@/components/page-shell'
import { QueryState } from '@/components/query-state'
import { openPage } from '@/lib/navigation'
import { preferences } from '@/lib/preferences'
import { usePreferences } from '@/lib/use-preferences'
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
            <Button type='primary' className='me__login' onClick={() => openPage('/pages/login/index')}>
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
        <Cell title='生活缴费户号' extra='水 电 燃气 ›' clickable onClick={() => openPage('/features/bills/pages/accounts/index')} />
        <Cell title='我的车辆' extra='交通违法 罚款 ›' clickable onClick={() => openPage('/features/fines/pages/vehicles/index')} />
        <Cell title='非税缴费' extra='考试报名费等 ›' clickable onClick={() => openPage('/features/fees/pages/pay/index')} />
        <Cell title='缴费记录' extra='订单与电子票据 ›' clickable onClick={() => openPage('/features/payments/pages/history/index')} />
        <Cell title='我的证照' extra='亮证、用证记录 ›' clickable onClick={() => openPage('/features/certificates/pages/wallet/index')} />
        <Cell title='我的预约' extra='签到、取消、候补 ›' clickable onClick={() => openPage('/features/appointments/pages/mine/index')} />
        <Cell title='我的办件' extra='进度、补正、评价 ›' clickable onClick={() => openPage('/features/cases/pages/list/index')} />
      </CellGroup>
      <CellGroup title='更多'>
        {loggedIn ? (
          <Cell
            title='消息中心'
            extra={`${unread.data ? `${unread.data.unreadCount} 条未读` : '账单、办件、预约提醒'} ›`}
            clickable
            onClick={() => openPage('/features/messages/pages/list/index')}
          />
        ) : null}
        <Cell title='长辈模式' extra={`${elderMode ? '已开启' : '已关闭'} ›`} clickable onClick={() => preferences.update({ elderMode: !elderMode })} />
        <Cell title='隐私政策' extra='收集什么、保存多久 ›' clickable onClick={() => openPage('/more/pages/privacy/index')} />
        <Cell title='设置' extra='城市、删除数据、退出登录 ›' clickable onClick={() => openPage('/more/pages/settings/index')} />
      </CellGroup>
    </PageShell>
  )
}
