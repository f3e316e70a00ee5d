import type { CaseFilter } from '@contract'
import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { groupCode } from '@/lib/code-groups'
import { EmptyState } from '@/components/empty-state'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { QueryState } from '@/components/query-state'
import { openPage, usePageParams } from '@/lib/navigation'
import { routes } from '@/routes'
import { formatDateTime } from '@/lib/dates'
import { DatedText } from '@/components/dated-text'
import { useCases } from '../../api'
import { DeadlineLine } from '../../components/deadline-line'
import { StageBadge } from '../../components/stage-badge'
import { FILTERS, WAITING_TEXT } from '../../model/case-text'
import './index.scss'

const EMPTY_TEXT: Record<Exclude<CaseFilter, 'all'>, string> = {
  active: '没有进行中的办件',
  waiting: '没有需要您处理的办件',
  done: '没有已办结的办件',
}

function MyCases() {
  const params = usePageParams(routes.cases.list)
  const initial = FILTERS.find((f) => f.key === params.filter)?.key ?? 'active'
  const [filter, setFilter] = useState<Exclude<CaseFilter, 'all'>>(initial)
  const cases = useCases(filter)
  // Back from a resubmission or a rating: the lists change.
  useDidShow(() => void cases.refetch())
  const counts = cases.data?.counts

  return (
    <>
      <View className='cases-tabs' role='tablist' aria-label='办件筛选'>
        {FILTERS.map((f) => (
          <View
            key={f.key}
            className={`cases-tabs__tab${filter === f.key ? ' cases-tabs__tab--selected' : ''}`}
            role='tab'
            aria-selected={filter === f.key}
            aria-label={`${f.label}${counts ? ` ${counts[f.key]} 件` : ''}`}
            onClick={() => setFilter(f.key)}
          >
            <Text>
              {filter === f.key ? '✓ ' : ''}
              {f.label}
              {counts ? ` ${counts[f.key]}` : ''}
            </Text>
          </View>
        ))}
      </View>
      <QueryState query={cases} rows={4}>
        {cases.data && cases.data.items.length === 0 ? (
          <EmptyState title={EMPTY_TEXT[filter]} description='在网上或大厅提交的申请都会在这里显示办理进度' />
        ) : (
          <View className='cases-list'>
            {(cases.data?.items ?? []).map((item) => (
              <View
                key={item.id}
                className='cases-list__item card'
                role='link'
                onClick={() => openPage(routes.cases.detail(item.id))}
              >
                <View className='cases-list__head'>
                  <Text className='cases-list__name'>{item.serviceName}</Text>
                  <StageBadge stage={item.stage} />
                </View>
                <Text className='cases-list__meta'>{item.department}</Text>
                <DatedText className='cases-list__meta' text={`办件编号 ${groupCode(item.caseNumber)} · 提交于 ${formatDateTime(item.submittedAt)}`} />
                <DeadlineLine deadline={item.deadline} stage={item.stage} kind={item.kind} compact />
                {item.waitingFor ? <Text className='cases-list__waiting'>● {WAITING_TEXT[item.waitingFor]}</Text> : null}
              </View>
            ))}
          </View>
        )}
      </QueryState>
    </>
  )
}

/** 我的办件 (login) and the way to the public lookup (no login). */
export default function CaseListPage() {
  return (
    <PageShell className='cases-page'>
      <View className='cases-lookup-link'>
        <Button type='primary' fill='outline' block onClick={() => openPage(routes.cases.lookup())}>
          按办件编号和查询密码查询（免登录）
        </Button>
      </View>
      <LoginRequired reason='登录后查看您在网上和大厅提交的全部办件'>
        <MyCases />
      </LoginRequired>
    </PageShell>
  )
}
