import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { EmptyState } from '@/components/empty-state'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { QueryState } from '@/components/query-state'
import { goBackOr, usePageParams } from '@/lib/navigation'
import { routes } from '@/routes'
import { useCertificate, useUsages } from '../../api'
import './index.scss'
import { formatCst } from '../../model/time'

export default function UsagePage() {
  const id = usePageParams(routes.certificates.usage).id
  const certificate = useCertificate(id)
  const usages = useUsages(id)
  useDidShow(() => void usages.refetch())
  const back = () => goBackOr(routes.certificates.certificate(id))

  return (
    <PageShell>
      <LoginRequired reason='登录后可查看证照的使用记录'>
        <QueryState query={usages}>
          <View className='usage'>
            {certificate.data ? (
              <Text className='usage__title'>
                {certificate.data.typeName} · {certificate.data.number}
              </Text>
            ) : null}
            <Text className='usage__intro'>每次扫码核验都会记录核验单位和时间，最新的在最前。如有陌生记录，请拨打 12345 反映。</Text>
            {usages.data && usages.data.length === 0 ? (
              <EmptyState title='暂无用证记录' description='出示证照并被扫码核验后，记录会出现在这里' />
            ) : (
              (usages.data ?? []).map((usage) => (
                <View key={usage.id} className='usage__item card'>
                  <Text className='usage__org'>{usage.organisation}</Text>
                  <Text className='usage__time'>核验时间 {formatCst(usage.verifiedAt, 'YYYY-MM-DD HH:mm:ss')}</Text>
                </View>
              ))
            )}
            <View className='usage__back'>
              <Button fill='outline' type='primary' block onClick={back}>
                返回证照
              </Button>
            </View>
          </View>
        </QueryState>
      </LoginRequired>
    </PageShell>
  )
}
