import type { CaseDetail, RatingIndicators, RatingLevel } from '@contract'
import { Button } from '@nutui/nutui-react-taro'
import { Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { isApiError, messageOf } from '@/api/errors'
import { EmptyState } from '@/components/empty-state'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { QueryState } from '@/components/query-state'
import { usePageParams } from '@/lib/navigation'
import { askForSubscriptions } from '@/lib/subscriptions'
import { routes } from '@/routes'
import { notify } from '@/lib/dialogs'
import { rateCase, useCase } from '../../api'
import { RectificationStatus } from '../../components/rectification-status'
import { INDICATORS, RATING_LEVELS, isBadRating } from '../../model/case-text'
import { returnToDetail } from '../../navigation'
import './index.scss'

const MAX = 300

function RatingForm({ item, fromDetail }: { item: CaseDetail; fromDetail: boolean }) {
  const queryClient = useQueryClient()
  const [level, setLevel] = useState<RatingLevel | null>(null)
  const [scores, setScores] = useState<RatingIndicators>({})
  const [comment, setComment] = useState('')
  const [error, setError] = useState<string | null>(null)
  const followUp = item.ratable === 'follow_up'

  const submit = useMutation({
    mutationFn: () => rateCase(item.id, { level: level!, ...(comment.trim() ? { comment: comment.trim() } : {}), indicators: scores }),
    onSuccess: (updated) => {
      queryClient.setQueryData(['cases', 'detail', item.id], updated)
      void queryClient.invalidateQueries({ queryKey: ['cases', 'list'] })
      void queryClient.invalidateQueries({ queryKey: ['inbox'] })
      notify('感谢您的评价', 'done')
      returnToDetail(item.id, fromDetail)
    },
    onError: (e) => setError(isApiError(e) ? Object.values(e.fieldErrors)[0] ?? e.userMessage : messageOf(e)),
  })

  function send() {
    // A bad first rating starts a rectification the user hears about: ask inside the tap (WeChat rule).
    if (level !== null && isBadRating(level) && !followUp) void askForSubscriptions(['case_rectification'])
    if (level === null) {
      setError('请选择满意程度')
      return
    }
    setError(null)
    submit.mutate()
  }

  return (
    <View className='rate'>
      <View className='rate__intro card'>
        <Text className='rate__title'>{item.serviceName}</Text>
        <Text className='rate__meta'>{item.department}</Text>
        {followUp ? <Text className='rate__meta'>差评已整改，您可以再评价一次（仅此一次）。</Text> : <Text className='rate__meta'>每个办件只能评价一次。</Text>}
        {followUp && item.rectification ? <RectificationStatus rectification={item.rectification} /> : null}
      </View>

      <Text className='section-title'>满意程度</Text>
      <View className='rate__levels' role='radiogroup' aria-label='满意程度'>
        {RATING_LEVELS.map((option) => (
          <View
            key={option.key}
            className={`rate__level${level === option.key ? ' rate__level--selected' : ''}`}
            role='radio'
            aria-checked={level === option.key}
            aria-label={option.label}
            onClick={() => {
              setLevel(option.key)
              setError(null)
            }}
          >
            <Text>
              {level === option.key ? '✓ ' : ''}
              {option.label}
            </Text>
          </View>
        ))}
      </View>
      {level && isBadRating(level) && !followUp ? (
        <Text className='rate__note'>提交后将转交承办部门整改：1 个工作日内回访您，15 个工作日内完成整改，整改后可再评价一次。</Text>
      ) : null}

      <Text className='section-title'>评价指标（可选）</Text>
      <View className='rate__indicators card'>
        {INDICATORS.map((indicator) => (
          <View key={indicator.key} className='rate__indicator' role='radiogroup' aria-label={indicator.label}>
            <Text className='rate__indicator-label'>{indicator.label}</Text>
            <View className='rate__stars'>
              {[1, 2, 3, 4, 5].map((score) => {
                const on = (scores[indicator.key] ?? 0) >= score
                return (
                  <View
                    key={score}
                    className={`rate__star${on ? ' rate__star--on' : ''}`}
                    role='radio'
                    aria-checked={scores[indicator.key] === score}
                    aria-label={`${indicator.label} ${score} 星`}
                    onClick={() => setScores((s) => ({ ...s, [indicator.key]: score }))}
                  >
                    <Text>{on ? '★' : '☆'}</Text>
                  </View>
                )
              })}
            </View>
            <Text className='rate__score'>{scores[indicator.key] ? `${scores[indicator.key]} 星` : '未选'}</Text>
          </View>
        ))}
      </View>

      <Text className='section-title'>评价内容（可选）</Text>
      <View className='card'>
        <Textarea
          className='rate__comment'
          value={comment}
          maxlength={MAX}
          placeholder='说说办理过程中的感受或建议'
          aria-label='评价内容'
          onInput={(event) => setComment(event.detail.value)}
        />
        <Text className='rate__count'>
          {comment.length}/{MAX}
        </Text>
      </View>

      {error ? (
        <View className='rate__error' role='alert'>
          <Text>⚠ {error}</Text>
        </View>
      ) : null}
      <View className='rate__submit'>
        <Button type='primary' block size='large' loading={submit.isPending} onClick={send}>
          提交评价
        </Button>
      </View>
    </View>
  )
}

/** 好差评: five levels, the online indicators, an optional comment; once (plus one follow-up after 已整改). */
export default function RatePage() {
  const params = usePageParams(routes.cases.rate)
  const id = params.id
  const item = useCase(id)

  return (
    <PageShell className='rate-page'>
      <LoginRequired reason='登录后评价您的办件'>
        <QueryState query={item} rows={5}>
          {item.data ? (
            item.data.ratable ? (
              <RatingForm item={item.data} fromDetail={params.from === 'detail'} />
            ) : (
              <EmptyState
                title={item.data.ratings.length > 0 ? '您已评价过该办件' : '办结后才能评价'}
                description={item.data.rectification && item.data.rectification.status !== 'rectified' ? '差评正在整改中，整改完成后可再评价一次' : '可在办件详情中查看评价和办理进度'}
                action={
                  <Button type='primary' onClick={() => void Taro.redirectTo({ url: routes.cases.detail(id) })}>
                    查看办件详情
                  </Button>
                }
              />
            )
          ) : null}
        </QueryState>
      </LoginRequired>
    </PageShell>
  )
}
