import type { CaseDetail } from '@contract'
import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { CodeText } from '@/components/code-text'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { QueryState } from '@/components/query-state'
import { goBackOr, openPage, usePageParams } from '@/lib/navigation'
import { routes } from '@/routes'
import { formatDateTime } from '@/lib/dates'
import { DatedText } from '@/components/dated-text'
import { useCase } from '../../api'
import { CaseTimeline } from '../../components/case-timeline'
import { DeadlineLine } from '../../components/deadline-line'
import { RectificationStatus } from '../../components/rectification-status'
import { StageBadge } from '../../components/stage-badge'
import { DELIVERY_TEXT, RATING_LEVELS, STAGE_TEXT, STANDARD_STAGES, reachedStages } from '../../model/case-text'
import './index.scss'


function Progress({ item }: { item: CaseDetail }) {
  const reached = reachedStages(item.timeline)
  return (
    <View className='case-progress' aria-label={`办理环节：已到 ${[...reached].map((s) => STAGE_TEXT[s]).join('、')}`}>
      {STANDARD_STAGES.map((stage) => (
        <Text key={stage} className={`case-progress__step${reached.has(stage) ? ' case-progress__step--reached' : ''}`}>
          {reached.has(stage) ? '✓' : '○'} {STAGE_TEXT[stage]}
        </Text>
      ))}
    </View>
  )
}

function Detail({ item }: { item: CaseDetail }) {
  const openCorrection = item.correction && item.correction.resubmittedAt === null && item.stage === 'correction' ? item.correction : null
  return (
    <View className='case-detail'>
      <View className='case-detail__head card'>
        <View className='case-detail__title-row'>
          <Text className='case-detail__title'>{item.serviceName}</Text>
          <StageBadge stage={item.stage} />
        </View>
        <Text className='case-detail__meta'>
          办件编号 <CodeText code={item.caseNumber} />
        </Text>
        <Text className='case-detail__meta'>
          申请人 {item.applicantName} · {item.department}
        </Text>
        <Text className='case-detail__meta'>提交于 {formatDateTime(item.submittedAt)}</Text>
        <Progress item={item} />
        <DeadlineLine deadline={item.deadline} stage={item.stage} kind={item.kind} />
      </View>

      {openCorrection ? (
        <View className='case-detail__attention card' role='region' aria-label='需要补正'>
          <DatedText className='case-detail__section' text={`需要补正 ${openCorrection.items.length} 项材料（${openCorrection.dueDate} 前）`} />
          {openCorrection.items.map((entry) => (
            <Text key={entry.id} className='case-detail__line'>
              · {entry.title}：{entry.hint}
            </Text>
          ))}
          <Button type='primary' block onClick={() => openPage(routes.cases.correction(item.id, 'detail'))}>
            去补正
          </Button>
        </View>
      ) : item.correction?.answers ? (
        <View className='case-detail__block card' aria-label='补正记录'>
          <Text className='case-detail__section'>已提交补正（{item.correction.resubmittedAt ? formatDateTime(item.correction.resubmittedAt) : ''}）</Text>
          {item.correction.items.map((entry) => (
            <Text key={entry.id} className='case-detail__line'>
              · {entry.title}：{item.correction!.answers!.find((a) => a.itemId === entry.id)?.text ?? ''}
            </Text>
          ))}
        </View>
      ) : null}

      {item.special && item.special.endedOn === null ? (
        <View className='case-detail__attention card' aria-label='特别程序'>
          <Text className='case-detail__section'>⏸ 特别程序中，暂停计时</Text>
          <Text className='case-detail__line'>原因：{item.special.reason}</Text>
          <Text className='case-detail__line'>
            {item.special.startedOn} 开始，预计 {item.special.until} 结束；期间不计入承诺时限
          </Text>
        </View>
      ) : null}

      {item.outcomeReason ? (
        <View className='case-detail__block card' aria-label={STAGE_TEXT[item.stage]}>
          <Text className='case-detail__section'>{item.stage === 'rejected' ? '不予受理的理由' : '退回的理由'}</Text>
          <Text className='case-detail__line'>{item.outcomeReason}</Text>
        </View>
      ) : null}

      <View className='case-detail__block card' aria-label='送达方式'>
        <Text className='case-detail__section'>送达：{item.delivery.method === 'ems' ? 'EMS 寄递' : '窗口领取'} · {DELIVERY_TEXT[item.delivery.status]}</Text>
        <Text className='case-detail__line'>{item.delivery.method === 'ems' ? `收件地址 ${item.delivery.place}` : `领取地点 ${item.delivery.place}`}</Text>
        {item.delivery.trackingNumber ? <Text className='case-detail__line'>EMS 运单号 {item.delivery.trackingNumber}</Text> : null}
      </View>

      {item.ratings.length > 0 || item.ratable ? (
        <View className='case-detail__block card' aria-label='评价'>
          <Text className='case-detail__section'>好差评</Text>
          {item.ratings.map((rating) => (
            <Text key={rating.round} className='case-detail__line'>
              {rating.round === 'initial' ? '我的评价' : '再次评价'}：{RATING_LEVELS.find((l) => l.key === rating.level)!.label}
              {rating.comment ? `（${rating.comment}）` : ''}
            </Text>
          ))}
          {item.rectification ? <RectificationStatus rectification={item.rectification} /> : null}
          {item.ratable ? (
            <Button type='primary' block onClick={() => openPage(routes.cases.rate(item.id, 'detail'))}>
              {item.ratable === 'initial' ? '去评价' : '整改已完成，去再次评价'}
            </Button>
          ) : null}
        </View>
      ) : null}

      <Text className='section-title'>办理进度</Text>
      <View className='card'>
        <CaseTimeline events={item.timeline} />
      </View>
    </View>
  )
}

export default function CaseDetailPage() {
  const id = usePageParams(routes.cases.detail).id
  const item = useCase(id)
  useDidShow(() => void item.refetch())

  return (
    <PageShell className='case-detail-page'>
      <LoginRequired reason='登录后查看您的办件详情；未登录可用办件编号和查询密码查询'>
        <QueryState query={item} rows={6}>
          {item.data ? <Detail item={item.data} /> : null}
        </QueryState>
        <View className='case-detail__back'>
          <Button fill='none' type='primary' onClick={() => goBackOr(routes.cases.list())}>
            返回我的办件
          </Button>
        </View>
      </LoginRequired>
    </PageShell>
  )
}
