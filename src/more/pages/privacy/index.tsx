import { Text, View } from '@tarojs/components'
import { PageShell } from '@/components/page-shell'
import { openPage } from '@/lib/navigation'
import { platform } from '@/platform'
import { routes } from '@/routes'
import { ON_DEVICE, POLICY } from './policy'
import './index.scss'

export default function PrivacyPage() {
  return (
    <PageShell>
      <View className='privacy'>
        <Text className='privacy__heading'>城市服务隐私政策</Text>
        <Text className='privacy__lead'>我们只收集办事必需的信息。下面逐项说明收集什么、为什么收集、保存多久。</Text>
        {POLICY.map((row) => (
          <View key={row.item} className='privacy__item card'>
            <Text className='privacy__item-name'>{row.item}</Text>
            <Text className='privacy__line'>用途：{row.why}</Text>
            <Text className='privacy__line'>保存：{row.kept}</Text>
          </View>
        ))}
        <Text className='privacy__device card'>{ON_DEVICE}</Text>
        <View className='privacy__links'>
          <View className='privacy__link' role='link' onClick={() => openPage(routes.more.agreement())}>
            <Text>查看《用户协议》 ›</Text>
          </View>
          <View className='privacy__link' role='link' onClick={() => openPage(routes.more.settings())}>
            <Text>删除我的数据、退出登录，请到“设置” ›</Text>
          </View>
          {platform.privacy.usesAgreeButton ? (
            <View className='privacy__link' role='link' onClick={() => void platform.privacy.openContract()}>
              <Text>查看微信小程序隐私保护指引 ›</Text>
            </View>
          ) : null}
        </View>
      </View>
    </PageShell>
  )
}
