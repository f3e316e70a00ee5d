import type { ItemAction, ServiceItemDetail } from '@contract'
import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect } from 'react'
import { PageShell } from '@/components/page-shell'
import { QueryState } from '@/components/query-state'
import { formatFen } from '@contract/rules/money'
import { onlineDepthLabel, starLabel, starMeaning, visitsLabel } from '@/lib/service-levels'
import { openPage, usePageParams } from '@/lib/navigation'
import { platform } from '@/platform'
import { routes } from '@/routes'
import { useServiceItem } from './api'
import './index.scss'

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <View className='guide__section card'>
      <Text className='guide__section-title'>{title}</Text>
      {children}
    </View>
  )
}

const PAY_TARGETS: Record<Extract<ItemAction, { kind: 'pay' }>['payable'], string> = {
  fine: routes.fines.vehicles(),
  bill: routes.bills.accounts(),
  fee: routes.fees.pay(),
}

/** The button text and page of an action the app can do itself (issue 15.10). */
function actionButton(action: ItemAction): { label: string; url: string } {
  switch (action.kind) {
    case 'apply':
      return { label: '在线办理', url: routes.certificates.apply(action.formType) }
    case 'book':
      return { label: '预约办理', url: routes.appointments.halls(action.serviceCode) }
    case 'pay':
      return { label: '去缴费', url: PAY_TARGETS[action.payable] }
  }
}

function showFailure(what: string) {
  void Taro.showToast({ title: `${what}失败，请稍后再试`, icon: 'none' })
}

/**
 * The guide's last word: what to do next. The app's own ways first (form, appointment, payment);
 * an item the app cannot do leaves the phone and the way to the hall, never a dead end.
 */
function ActionBar({ item }: { item: ServiceItemDetail }) {
  if (item.actions.length > 0) {
    return (
      <View className='guide__actions'>
        {item.actions.map((action, index) => {
          const { label, url } = actionButton(action)
          return (
            <Button key={label} className='guide__action' type='primary' fill={index === 0 ? 'solid' : 'outline'} onClick={() => openPage(url)}>
              {label}
            </Button>
          )
        })}
      </View>
    )
  }
  return (
    <View className='guide__actions'>
      <Button
        className='guide__action'
        type='primary'
        fill='outline'
        onClick={() => void platform.makePhoneCall(item.guide.phone).catch(() => showFailure('拨号'))}
      >
        电话咨询
      </Button>
      <Button className='guide__action' type='primary' onClick={() => void platform.openLocation(item.place).catch(() => showFailure('打开地图'))}>
        导航到大厅
      </Button>
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

            <Section title='办理地点与咨询'>
              <Text className='guide__list-item'>
                {item.data.place.name}：{item.data.place.address}
              </Text>
              <Text className='guide__list-item'>咨询电话：{item.data.guide.phone}</Text>
            </Section>
            <ActionBar item={item.data} />
          </View>
        ) : null}
      </QueryState>
    </PageShell>
  )
}
