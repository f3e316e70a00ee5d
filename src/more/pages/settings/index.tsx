import type { DataErasure } from '@contract'
import { Button, Cell, CellGroup } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/css'
import { Text, View } from '@tarojs/components'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { http } from '@/api/client'
import { messageOf } from '@/api/errors'
import { useLoggedIn } from '@/api/use-logged-in'
import { useCities } from '@/lib/shared-api'
import { session } from '@/api/session'
import { PageShell } from '@/components/page-shell'
import { openPage } from '@/lib/navigation'
import { preferences } from '@/lib/preferences'
import { usePreferences } from '@/lib/use-preferences'
import { routes } from '@/routes'
import { confirmAction, notify } from '@/lib/dialogs'
import { logOut } from './api'
import './index.scss'

export default function SettingsPage() {
  const loggedIn = useLoggedIn()
  const { cityCode, elderMode } = usePreferences()
  const cities = useCities()
  const queryClient = useQueryClient()
  const cityName = cities.data?.find((c) => c.code === cityCode)?.name ?? '未选择'
  const [erased, setErased] = useState<DataErasure | null>(null)
  const [erasing, setErasing] = useState(false)
  const [erasureError, setErasureError] = useState<string | null>(null)

  async function askLogOut() {
    // The platform's own modal: no extra UI-kit weight in the main package.
    const confirm = await confirmAction({
      title: '退出登录',
      content: '退出后，需要重新登录才能缴费和查看办件。',
      confirmText: '退出',
      cancelText: '取消',
      destructive: true,
    })
    if (!confirm) return
    await logOut().catch(() => undefined)
    // Nothing of the previous user may stay in memory either.
    queryClient.clear()
    notify('已退出登录')
    openPage(routes.me())
  }

  async function askErase() {
    const confirm = await confirmAction({
      title: '删除我的数据',
      content: '将解绑全部缴费户号和车辆，删除查询记录、收件地址和消息，并在所有设备上退出登录。缴费记录和办件记录依法保留。确定删除吗？',
      confirmText: '删除',
      cancelText: '取消',
      destructive: true,
    })
    if (!confirm) return
    setErasing(true)
    setErasureError(null)
    try {
      const { data } = await http.post<DataErasure>('/me/data-erasure', {})
      // The server ended every session; this device forgets its token and everything cached.
      session.clear()
      queryClient.clear()
      setErased(data)
    } catch (error) {
      setErasureError(`${messageOf(error)}。您的数据没有被删除，可以稍后重试。`)
    } finally {
      setErasing(false)
    }
  }

  return (
    <PageShell>
      <CellGroup title='通用'>
        <Cell title='所在城市' extra={`${cityName} ›`} clickable onClick={() => openPage(routes.city())} />
      </CellGroup>

      <View
        className='settings__switch card'
        role='switch'
        aria-checked={elderMode}
        onClick={() => preferences.update({ elderMode: !elderMode })}
      >
        <View className='settings__switch-text'>
          <Text className='settings__switch-title'>长辈模式</Text>
          <Text className='settings__switch-hint'>字更大、按钮更大、首页更简单</Text>
        </View>
        <Text className={`settings__switch-state${elderMode ? ' settings__switch-state--on' : ''}`}>{elderMode ? '已开启' : '已关闭'}</Text>
      </View>

      <CellGroup title='消息与隐私'>
        {loggedIn ? <Cell title='消息中心' extra='账单、办件、预约提醒 ›' clickable onClick={() => openPage(routes.messages.list())} /> : null}
        <Cell title='隐私政策' extra='收集哪些信息、为什么、保存多久 ›' clickable onClick={() => openPage(routes.more.privacy())} />
      </CellGroup>

      {erased ? (
        <View className='settings__erased card' role='status'>
          <Text className='settings__erased-title'>您的数据已删除，已在所有设备上退出登录</Text>
          {erased.removed.map((row) => (
            <Text key={row.item} className='settings__erased-row'>
              {row.item}：{row.count} 项
            </Text>
          ))}
          {erased.kept.map((line) => (
            <Text key={line} className='settings__erased-kept'>
              保留：{line}
            </Text>
          ))}
        </View>
      ) : null}

      {loggedIn ? (
        <View className='settings__actions'>
          {erasureError ? (
            <View className='settings__error' role='alert'>
              <Text>{erasureError}</Text>
            </View>
          ) : null}
          <Button type='danger' fill='outline' block size='large' loading={erasing} onClick={() => void askErase()}>
            删除我的数据
          </Button>
          <Button type='danger' fill='outline' block size='large' onClick={() => void askLogOut()}>
            退出登录
          </Button>
        </View>
      ) : null}
    </PageShell>
  )
}
