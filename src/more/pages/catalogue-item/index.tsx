import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect } from 'react'
import { useServiceItem } from '@/api/queries'
import { PageShell } from '@/components/page-shell'
import { QueryState } from '@/components/query-state'
import { formatFen } from '@/lib/money'
import { onlineDepthLabel, starLabel, starMeaning, visitsLabel } from '@/lib/service-levels'
import { platform } from '@/platform'
import { usePageParams } from '@/lib/navigation'
import { routes } from '@/routes'
import './index.scss'

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <View className='guide__section card'>
      <Text className='guide__section-title'>{title}</Text>
      {children}
    </View>
  )
}

export default function CatalogueItemPage() {
  const id = usePageParams(routes.more.catalogueItem).id
  const item = useServiceItem(id)

  useEffect(() => {
    if (item.data) void Taro.setNavigationBarTitle({ title: item.data.name })
  }, [item.data])

  return (
    <PageShell>
      <QueryState query={item} rows={6}>
        {item.data ? (
          <View className='guide'>
            <View className='guide__head'>
              <Text className='guide__name'>{item.data.name}</Text>
              <Text className='guide__dept'>{item.data.department.name}</Text>
              <View className='guide__levels'>
                <Text className='guide__star'>
                  {'★'.repeat(item.data.starLevel)} {starLabel(item.data.starLevel)}：{starMeaning(item.data.starLevel)}
                </Text>
                <Text className='guide__level'>{onlineDepthLabel(item.data.onlineDepth)}</Text>
                <Text className='guide__level'>{visitsLabel(item.data.visits)}</Text>
              </View>
            </View>

            <Section title='事项简介'>
              <Text className='guide__text'>{item.data.guide.summary}</Text>
            </Section>

            <Section title='受理条件'>
              {item.data.guide.conditions.map((condition, index) => (
                <Text key={index} className='guide__list-item'>
                  {index + 1}. {condition}
                </Text>
              ))}
            </Section>

            <Section title='申请材料'>
              {item.data.guide.materials.map((material, index) => (
                <View key={index} className='guide__material'>
                  <Text className='guide__material-name'>
                    {index + 1}. {material.name}
                  </Text>
                  <Text className='guide__material-meta'>
                    {material.required ? '必需' : '视情况提供'} · {material.copies === 0 ? '原件核验' : `${material.copies} 份`}{material.note ? ` · ${material.note}` : ''}
                  </Text>
                </View>
              ))}
            </Section>

            <Section title='收费与时限'>
              <Text className='guide__list-item'>
                收费标准：{item.data.guide.feeFen === 0 ? '不收费' : formatFen(item.data.guide.feeFen)}
                {item.data.guide.feeNote ? `（${item.data.guide.feeNote}）` : ''}
              </Text>
              <Text className='guide__list-item'>法定办结时限：{item.data.guide.legalDays} 个工作日</Text>
              <Text className='guide__list-item'>承诺办结时限：{item.data.guide.promisedDays === 0 ? '即办' : `${item.data.guide.promisedDays} 个工作日`}</Text>
            </Section>

            <Section title='办理流程'>
              {item.data.guide.steps.map((step, index) => (
                <Text key={index} className='guide__list-item'>
                  第{index + 1}步：{step}
                </Text>
              ))}
            </Section>

            <Section title='设定依据'>
              {item.data.guide.basis.map((basis, index) => (
                <Text key={index} className='guide__list-item'>
                  {basis}
                </Text>
              ))}
            </Section>

            <Section title='咨询电话'>
              <Button type='primary' fill='outline' block onClick={() => void platform.makePhoneCall(item.data.guide.phone)}>
                拨打 {item.data.guide.phone}
              </Button>
            </Section>
          </View>
        ) : null}
      </QueryState>
    </PageShell>
  )
}
