import type { CasePublicView } from '@contract'
import { Button } from '@nutui/nutui-react-taro'
import { Input, Text, View } from '@tarojs/components'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { isApiError, messageOf } from '@/api/errors'
import { PageShell } from '@/components/page-shell'
import { formatDateTime } from '@/lib/dates'
import { lookupCase } from '../../api'
import { CaseTimeline } from '../../components/case-timeline'
import { DeadlineLine } from '../../components/deadline-line'
import { StageBadge } from '../../components/stage-badge'
import { DELIVERY_TEXT, checkCaseNumber, checkQueryPassword } from '../../model/case-text'
import './index.scss'

/** 办件查询 without login: 办件编号 + 查询密码 from the acceptance receipt; the answer is masked. */
export default function CaseLookupPage() {
  const [caseNumber, setCaseNumber] = useState('')
  const [password, setPassword] = useState('')
  const [errors, setErrors] = useState<{ caseNumber?: string | null; password?: string | null; form?: string | null }>({})
  const [found, setFound] = useState<CasePublicView | null>(null)

  const lookup = useMutation({
    mutationFn: () => lookupCase(caseNumber.replace(/\s/g, ''), password.trim()),
    onSuccess: (view) => setFound(view),
    // The typed values stay; the refusal (wrong, or too many tries and when to retry) is shown as is.
    onError: (error) => {
      if (isApiError(error) && (error.fieldErrors.caseNumber || error.fieldErrors.password)) {
        setErrors({ caseNumber: error.fieldErrors.caseNumber, password: error.fieldErrors.password })
      } else setErrors({ form: messageOf(error) })
    },
  })

  function submit() {
    const next = { caseNumber: checkCaseNumber(caseNumber), password: checkQueryPassword(password) }
    setErrors(next)
    setFound(null)
    if (!next.caseNumber && !next.password) lookup.mutate()
  }

  return (
    <PageShell className='lookup-page'>
      <View className='lookup card'>
        <Text className='lookup__intro'>凭受理回执上的办件编号和查询密码查询办理进度，无需登录。</Text>
        <Text className='lookup__label'>办件编号</Text>
        <Input
          className={`lookup__input${errors.caseNumber ? ' lookup__input--error' : ''}`}
          type='number'
          value={caseNumber}
          placeholder='24 位数字'
          maxlength={32}
          aria-label='办件编号'
          onInput={(event) => {
            setCaseNumber(event.detail.value)
            setErrors((e) => ({ ...e, caseNumber: null, form: null }))
          }}
        />
        {errors.caseNumber ? (
          <View className='lookup__error' role='alert'>
            <Text>⚠ {errors.caseNumber}</Text>
          </View>
        ) : null}
        <Text className='lookup__label'>查询密码</Text>
        <Input
          className={`lookup__input${errors.password ? ' lookup__input--error' : ''}`}
          type='number'
          password
          value={password}
          placeholder='6 位数字'
          maxlength={6}
          aria-label='查询密码'
          onInput={(event) => {
            setPassword(event.detail.value)
            setErrors((e) => ({ ...e, password: null, form: null }))
          }}
          onConfirm={submit}
        />
        {errors.password ? (
          <View className='lookup__error' role='alert'>
            <Text>⚠ {errors.password}</Text>
          </View>
        ) : null}
        {errors.form ? (
          <View className='lookup__error' role='alert'>
            <Text>⚠ {errors.form}</Text>
          </View>
        ) : null}
        <Button type='primary' block size='large' loading={lookup.isPending} onClick={submit}>
          查询
        </Button>
      </View>

      {found ? (
        <View aria-label='查询结果'>
          <View className='lookup__result card'>
            <View className='lookup__head'>
              <Text className='lookup__name'>{found.serviceName}</Text>
              <StageBadge stage={found.stage} />
            </View>
            <Text className='lookup__meta'>申请人 {found.applicantName}</Text>
            <Text className='lookup__meta'>{found.department}</Text>
            <Text className='lookup__meta'>提交于 {formatDateTime(found.submittedAt)}</Text>
            <DeadlineLine deadline={found.deadline} stage={found.stage} kind={found.kind} />
            <Text className='lookup__meta'>
              {found.delivery.method === 'ems' ? 'EMS 寄递' : '窗口领取'} · {DELIVERY_TEXT[found.delivery.status]}
              {found.delivery.trackingNumber ? ` · 运单号 ${found.delivery.trackingNumber}` : ''}
            </Text>
          </View>
          <Text className='section-title'>办理进度</Text>
          <View className='card'>
            <CaseTimeline events={found.timeline} />
          </View>
        </View>
      ) : null}
    </PageShell>
  )
}
