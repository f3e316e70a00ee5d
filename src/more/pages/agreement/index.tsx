import { Text, View } from '@tarojs/components'
import { PageShell } from '@/components/page-shell'
import { openPage } from '@/lib/navigation'
import { routes } from '@/routes'
import { EFFECTIVE_DATE, OPERATOR, TERMS } from './terms'
import './index.scss'

/** 城市服务用户协议, opened from the login page's consent line and from the privacy policy. */
export default function AgreementPage() {
  return (
    <PageShell>
      <View className='agreement'>
        <Text className='agreement__heading'>城市服务用户协议</Text>
        <Text className='agreement__meta'>运营方：{OPERATOR}</Text>
        <Text className='agreement__meta'>生效日期：{EFFECTIVE_DATE}</Text>
        {TERMS.map((section) => (
          <View key={section.title} className='agreement__section card'>
            <Text className='agreement__title'>{section.title}</Text>
            {section.paragraphs.map((paragraph) => (
              <Text key={paragraph} className='agreement__paragraph'>
                {paragraph}
              </Text>
            ))}
          </View>
        ))}
        <View className='agreement__link' role='link' onClick={() => openPage(routes.more.privacy())}>
          <Text>查看《隐私政策》 ›</Text>
        </View>
      </View>
    </PageShell>
  )
}
