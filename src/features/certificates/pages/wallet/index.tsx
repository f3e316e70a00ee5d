import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useMe } from '@/lib/shared-api'
import { EmptyState } from '@/components/empty-state'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { QueryState } from '@/components/query-state'
import { openPage } from '@/lib/navigation'
import { usePreferences } from '@/lib/use-preferences'
import { routes } from '@/routes'
import { useApplicationTypes, useWallet } from '../../api'
import { StatusLabel } from '../../components/status-label'
import './index.scss'


function Applications() {
  const { cityCode } = usePreferences()
  const me = useMe()
  const types = useApplicationTypes(cityCode)
  // Residence permits and driving licences are for people, not for a legal person's account.
  if (me.data?.kind === 'legal' || !cityCode) return null
  return (
    <View className='wallet__apply'>
      <Text className='section-title'>证照办理</Text>
      <QueryState query={types} rows={2}>
        {(types.data ?? []).map((type) => (
          <View key={type.id} className='wallet__type card' role='link' onClick={() => openPage(routes.certificates.apply(type.id))}>
            <Text className='wallet__type-name'>{type.name} ›</Text>
            <Text className='wallet__type-desc'>{type.description}</Text>
          </View>
        ))}
      </QueryState>
    </View>
  )
}

export default function WalletPage() {
  const wallet = useWallet()
  useDidShow(() => void wallet.refetch())

  return (
    <PageShell>
      <LoginRequired reason='登录后可查看您的电子证照，办事时出示'>
        <QueryState query={wallet}>
          {wallet.data && wallet.data.length === 0 ? (
            <EmptyState
              title='证照夹还是空的'
              description='办理证照后，电子证照会自动出现在这里；刚到本市居住的，可申领居住证'
              action={
                <Button type='primary' onClick={() => openPage(routes.certificates.apply('residence_permit_apply'))}>
                  申领居住证
                </Button>
              }
            />
          ) : (
            <View className='wallet'>
              {(wallet.data ?? []).map((cert) => (
                <View
                  key={cert.id}
                  className={`wallet__item card wallet__item--${cert.type}`}
                  role='link'
                  onClick={() => openPage(routes.certificates.certificate(cert.id))}
                >
                  <View className='wallet__head'>
                    <Text className='wallet__name'>{cert.typeName}</Text>
                    <StatusLabel certificate={cert} />
                  </View>
                  <Text className='wallet__line'>
                    {cert.holderName} · {cert.number}
                  </Text>
                  <Text className='wallet__line'>有效期至 {cert.validTo ?? '长期'}</Text>
                  {cert.expiringInDays !== null ? <Text className='wallet__expiring'>即将到期：{cert.expiringInDays} 天后到期，请及时换领</Text> : null}
                </View>
              ))}
            </View>
          )}
        </QueryState>
        <Applications />
      </LoginRequired>
    </PageShell>
  )
}
