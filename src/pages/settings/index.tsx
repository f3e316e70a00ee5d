import { Button, Cell, CellGroup } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useQueryClient } from '@tanstack/react-query'
import { logOut } from '@/api/auth'
import { useCities, useLoggedIn } from '@/api/queries'
import { PageShell } from '@/components/page-shell'
import { openPage } from '@/lib/navigation'
import { usePreferences } from '@/lib/use-preferences'
import './index.scss'

export default function SettingsPage() {
  const loggedIn = useLoggedIn()
  const { cityCode } = usePreferences()
  const cities = useCities()
  const queryClient = useQueryClient()
  const cityName = cities.data?.find((c) => c.code === cityCode)?.name ?? '未选择'

  async function askLogOut() {
    // The platform's own modal: no extra UI-kit weight in the main package.
    const { confirm } = await Taro.showModal({
      title: '退出登录',
      content: '退出后，需要重新登录才能缴费和查看办件。',
      confirmText: '退出',
      cancelText: '取消',
    })
    if (!confirm) return
    await logOut().catch(() => undefined)
    // Nothing of the previous user may stay in memory either.
    queryClient.clear()
    void Taro.showToast({ title: '已退出登录', icon: 'none' })
    openPage('/pages/me/index')
  }

  return (
    <PageShell>
      <CellGroup title='通用'>
        <Cell title='所在城市' extra={`${cityName} ›`} clickable onClick={() => openPage('/pages/city/index')} />
      </CellGroup>
      {loggedIn ? (
        <View className='settings__logout'>
          <Button type='danger' fill='outline' block size='large' onClick={() => void askLogOut()}>
            退出登录
          </Button>
        </View>
      ) : null}
    </PageShell>
  )
}
