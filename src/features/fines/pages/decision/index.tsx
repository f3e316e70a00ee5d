import type { DecisionLookup } from '@contract'
import { Button } from '@nutui/nutui-react-taro'
import { Input, Text, View } from '@tarojs/components'
import { useMutation } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { CodeText } from '@/components/code-text'
import { isApiError, messageOf } from '@/api/errors'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { formatFen } from '@contract/rules/money'
import { openPage } from '@/lib/navigation'
import { checkDecisionNumber } from '@contract/rules/validators'
import { routes } from '@/routes'
import { formatDateTime } from '@/lib/dates'
import { fetchDecision } from '../../api'
import { ChargeBreakdown } from '../../components/charge-breakdown'
import { VIOLATION_STATUS_TEXT } from '../../model/charge'
import './index.scss'

/** Pay a fine by the 16-digit 处罚决定书编号 without binding the vehicle. */
export default function DecisionPage() {
  const [number, setNumber] = useState('')
  const [numberError, setNumberError] = useState<string | null>(null)
  const [decision, setDecision] = useState<DecisionLookup | null>(null)
  const leaving = useRef(false)

  const lookup = useMutation({
    mutationFn: () => fetchDecision(number.replace(/\s/g, '')),
    onSuccess: (found) => {
      leaving.current = false
      setDecision(found)
    },
    // Keep the typed number; say what is wrong next to the field.
    onError: (error) => setNumberError(isApiError(error) ? error.fieldErrors.number ?? error.userMessage : messageOf(error)),
  })

  function submit() {
    const problem = checkDecisionNumber(number)
    setNumberError(problem)
    setDecision(null)
    if (!problem) lookup.mutate()
  }

  function pay(found: DecisionLookup) {
    if (leaving.current) return
    leaving.current = true
    openPage(routes.payments.checkout([{ kind: 'fine', id: found.violationId }]))
  }

  return (
    <PageShell>
      <LoginRequired reason='登录后可按决定书编号缴纳交通违法罚款'>
        <View className='decision'>
          <Text className='section-title'>输入处罚决定书编号</Text>
          <View className='decision__field card'>
            <Input
              className={`decision__input${numberError ? ' decision__input--error' : ''}`}
              type='number'
              value={number}
              placeholder='16 位数字'
              maxlength={24}
              aria-label='处罚决定书编号'
              onInput={(event) => {
                setNumber(event.detail.value)
                setNumberError(null)
                setDecision(null)
              }}
              onConfirm={submit}
            />
            <Text className='decision__hint'>编号见《公安交通管理简易程序处罚决定书》右上角，共 16 位数字；无需绑定车辆</Text>
            {numberError ? (
              <View className='decision__error' role='alert'>
                <Text>⚠ {numberError}</Text>
              </View>
            ) : null}
            <Button type='primary' block loading={lookup.isPending} onClick={submit}>
              查询
            </Button>
          </View>

          {decision ? (
            <>
              <Text className='section-title'>核对处罚信息</Text>
              <View className='decision__rows card' aria-label='处罚信息'>
                <Text>
                  决定书编号：<CodeText code={decision.decisionNumber} />
                </Text>
                <Text>车牌号码：{decision.plate}</Text>
                <Text>违法行为：{decision.act}</Text>
                {decision.occurredAt !== undefined ? <Text>违法时间：{formatDateTime(decision.occurredAt)}</Text> : null}
                {decision.place !== undefined ? <Text>违法地点：{decision.place}</Text> : null}
                <Text>记分：{decision.points} 分</Text>
                <Text className={`decision__status decision__status--${decision.status}`}>状态：{VIOLATION_STATUS_TEXT[decision.status]}</Text>
                {decision.occurredAt === undefined || decision.place === undefined ? (
                  <Text className='decision__privacy'>违法时间和地点仅向已绑定该车辆的车主显示</Text>
                ) : null}
              </View>
              <ChargeBreakdown charge={decision.charge} showNote={decision.status === 'awaiting_payment'} />
              {decision.status === 'awaiting_payment' ? (
                <View className='decision__submit'>
                  <Button type='primary' block size='large' onClick={() => pay(decision)}>
                    缴纳 {formatFen(decision.charge.totalFen)}
                  </Button>
                </View>
              ) : null}
            </>
          ) : null}
        </View>
      </LoginRequired>
    </PageShell>
  )
}
