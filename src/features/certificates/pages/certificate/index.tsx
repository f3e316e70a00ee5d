import type { Certificate } from '@contract'
import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { QueryState } from '@/components/query-state'
import { openPage, usePageParams } from '@/lib/navigation'
import { routes } from '@/routes'
import { DatedText } from '@/components/dated-text'
import { useCertificate } from '../../api'
import { Showing } from '../../components/showing'
import { StatusLabel } from '../../components/status-label'
import './index.scss'

const WATERMARK = '仅供办理政务服务事项时使用'

function CertificateCard({ certificate }: { certificate: Certificate }) {
  const rows: [string, string][] = [
    ['持证人', certificate.holderName],
    ['证照号码', certificate.number],
    ['发证机关', certificate.issuer],
    ['有效期', `${certificate.validFrom} 至 ${certificate.validTo ?? '长期'}`],
    ...certificate.fields.map((f): [string, string] => [f.label, f.value]),
  ]
  return (
    <View className={`cert card cert--${certificate.status}`}>
      <View className='cert__head'>
        <Text className='cert__name'>{certificate.typeName}</Text>
        <StatusLabel certificate={certificate} />
      </View>
      {rows.map(([label, value]) => (
        <View key={label} className='cert__row'>
          <Text className='cert__label'>{label}</Text>
          <DatedText className='cert__value' text={value} />
        </View>
      ))}
      <Text className='cert__trust'>可信等级：{certificate.trustLevel} 级 · {certificate.trustLabel}</Text>
      {certificate.expiringInDays !== null ? <Text className='cert__expiring'>即将到期：{certificate.expiringInDays} 天后到期，请及时换领</Text> : null}
      {/* The faint diagonal watermark is drawn by CSS (decoration); its words follow as readable text. */}
      <View className='cert__watermark' aria-hidden='true'>
        <View className='cert__watermark-line' />
        <View className='cert__watermark-line' />
      </View>
      <Text className='cert__watermark-caption'>{WATERMARK}</Text>
    </View>
  )
}

export default function CertificatePage() {
  const id = usePageParams(routes.certificates.certificate).id
  const certificate = useCertificate(id)

  return (
    <PageShell>
      <LoginRequired reason='登录后可查看并出示您的电子证照'>
        <QueryState query={certificate}>
          {certificate.data ? (
            <View className='cert-page'>
              <CertificateCard certificate={certificate.data} />
              {certificate.data.statusReason === '已过期' ? (
                <View className='cert-page__note' role='status'>
<Text>
                  该证照已过期，不能亮证，请办理换领或续签。
                </Text>
</View>
              ) : (
                <Showing certificate={certificate.data} />
              )}
              <View className='cert-page__actions'>
                <Button fill='outline' type='primary' block onClick={() => openPage(routes.certificates.usage(id))}>
                  用证记录
                </Button>
                {certificate.data.type === 'driving_licence' && certificate.data.expiringInDays !== null ? (
                  <Button fill='outline' type='primary' block onClick={() => openPage(routes.certificates.apply('driving_licence_renewal'))}>
                    申请期满换证
                  </Button>
                ) : null}
                <Button fill='none' block onClick={() => openPage(routes.certificates.wallet())}>
                  返回证照夹
                </Button>
              </View>
            </View>
          ) : null}
        </QueryState>
      </LoginRequired>
    </PageShell>
  )
}
