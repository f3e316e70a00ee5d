import type { CaseDetail } from '@contract'
import { Button } from '@nutui/nutui-react-taro'
import { Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { isApiError, messageOf } from '@/api/errors'
import { EmptyState } from '@/components/empty-state'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { QueryState } from '@/components/query-state'
import { usePageParams } from '@/lib/navigation'
import { askForSubscriptions } from '@/lib/subscriptions'
import { routes } from '@/routes'
import { notify } from '@/lib/dialogs'
import { DatedText } from '@/components/dated-text'
import { newIdempotencyKey, resubmitCorrection, useCase } from '../../api'
import { returnToDetail } from '../../navigation'
import './index.scss'

const MAX = 200

function CorrectionForm({ item, fromDetail }: { item: CaseDetail; fromDetail: boolean }) {
  const correction = item.correction!
  const queryClient = useQueryClient()
  const [texts, setTexts] = useState<Record<string, string>>({})
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState<string | null>(null)
  // One key per set of answers: a retry after a timeout resends the same key, an edit makes a new one.
  const key = useRef<string>(newIdempotencyKey())

  const submit = useMutation({
    mutationFn: () =>
      resubmitCorrection(
        item.id,
        correction.items.map((entry) => ({ itemId: entry.id, text: (texts[entry.id] ?? '').trim() })),
        key.current,
      ),
    onSuccess: (updated) => {
      queryClient.setQueryData(['cases', 'detail', item.id], updated)
      void queryClient.invalidateQueries({ queryKey: ['cases', 'list'] })
      void queryClient.invalidateQueries({ queryKey: ['inbox'] })
      notify('补正已提交', 'done')
      returnToDetail(item.id, fromDetail)
    },
    onError: (error) => {
      if (isApiError(error) && Object.keys(error.fieldErrors).length > 0) {
        const byItem: Record<string, string> = {}
        for (const [field, message] of Object.entries(error.fieldErrors)) {
          const index = /^answers\[(\d+)\]/.exec(field)?.[1]
          const entry = index === undefined ? undefined : correction.items[Number(index)]
          if (entry) byItem[entry.id] = message
        }
        setErrors(byItem)
        setFormError(Object.keys(byItem).length === 0 ? error.userMessage : null)
      } else setFormError(messageOf(error))
    },
  })

  function send() {
    // WeChat only lets a tap ask for subscriptions: before anything else.
    void askForSubscriptions(['case_stage'])
    const missing: Record<string, string> = {}
    for (const entry of correction.items) if (!(texts[entry.id] ?? '').trim()) missing[entry.id] = `请填写“${entry.title}”的补正说明`
    setErrors(missing)
    setFormError(null)
    if (Object.keys(missing).length === 0) submit.mutate()
  }

  return (
    <View className='correction'>
      <View className='correction__intro card'>
        <Text className='correction__title'>{item.serviceName}</Text>
        <DatedText className='correction__meta' text={`${item.department} 一次性告知需补正 ${correction.items.length} 项，请于 ${correction.dueDate} 前提交。`} />
      </View>
      {correction.items.map((entry, index) => (
        <View key={entry.id} className='correction__item card'>
          <Text className='correction__item-title'>
            {index + 1}. {entry.title}
          </Text>
          <Text className='correction__hint'>{entry.hint}</Text>
          <Textarea
            className={`correction__input${errors[entry.id] ? ' correction__input--error' : ''}`}
            value={texts[entry.id] ?? ''}
            maxlength={MAX}
            placeholder='请说明补正情况，如已补充的材料和提交方式'
            aria-label={`${entry.title} 补正说明`}
            onInput={(event) => {
              const value = event.detail.value
              setTexts((t) => ({ ...t, [entry.id]: value }))
              setErrors((e) => ({ ...e, [entry.id]: '' }))
              key.current = newIdempotencyKey()
            }}
          />
          <Text className='correction__count'>
            {(texts[entry.id] ?? '').length}/{MAX}
          </Text>
          {errors[entry.id] ? (
            <View className='correction__error' role='alert'>
              <Text>⚠ {errors[entry.id]}</Text>
            </View>
          ) : null}
        </View>
      ))}
      {formError ? (
        <View className='correction__error correction__error--form' role='alert'>
          <Text>⚠ {formError}</Text>
        </View>
      ) : null}
      <View className='correction__submit'>
        <Button type='primary' block size='large' loading={submit.isPending} onClick={send}>
          提交补正
        </Button>
      </View>
    </View>
  )
}

/** 补正: answer every item of the checklist; the case then goes back into 审查. */
export default function CorrectionPage() {
  const params = usePageParams(routes.cases.correction)
  const id = params.id
  const item = useCase(id)
  const open = item.data && item.data.stage === 'correction' && item.data.correction && item.data.correction.resubmittedAt === null

  return (
    <PageShell className='correction-page'>
      <LoginRequired reason='登录后提交补正材料'>
        <QueryState query={item} rows={5}>
          {item.data ? (
            open ? (
              <CorrectionForm item={item.data} fromDetail={params.from === 'detail'} />
            ) : (
              <EmptyState
                title='该办件当前无需补正'
                description='补正可能已经提交，请在办件详情中查看最新进度'
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
