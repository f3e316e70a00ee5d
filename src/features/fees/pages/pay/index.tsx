import type { FeeNotice } from '@contract'
import { Button } from '@nutui/nutui-react-taro'
import { Input, Text, View } from '@tarojs/components'
import { useMutation } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { CodeText } from '@/components/code-text'
import { isApiError, messageOf } from '@/api/errors'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { formatFen } from '@contract/rules/money'
import { openPage, usePageParams } from '@/lib/navigation'
import { checkPaymentCode } from '@contract/rules/validators'
import { routes } from '@/routes'
import { formatDateTime } from '@/lib/dates'
import { fetchNotice } from '../../api'
import './index.scss'

const STATUS_TEXT: Record<FeeNotice['status'], string> = { unpaid: '未缴', paid: '已缴' }

/** 非税缴费 (exam fees, administrative charges) by the 20-digit 缴款码 on the payment notice. */
export default function FeePayPage() {
  // Opened from the to-do inbox with ?code=…: the notice is looked up at once.
  const params = usePageParams(routes.fees.pay)
  const [code, setCode] = useState(params.code)
  const [codeError, setCodeError] = useState<string | null>(null)
  const [notice, setNotice] = useState<FeeNotice | null>(null)
  const leaving = useRef(false)

  const lookup = useMutation({
    mutationFn: (value: string) => fetchNotice(value.replace(/\s/g, '')),
    onSuccess: (found) => {
      leaving.current = false
      setNotice(found)
    },
    // Keep the typed code; say what is wrong next to the field (not found, 已超过缴款期限…).
    onError: (error) => setCodeError(isApiError(error) ? error.fieldErrors.code ?? error.userMessage : messageOf(error)),
  })

  function submit() {
    const problem = checkPaymentCode(code)
    setCodeError(problem)
    setNotice(null)
    if (!problem) lookup.mutate(code)
  }

  useEffect(() => {
    if (params.code && checkPaymentCode(params.code) === null) lookup.mutate(params.code)
    // Only on opening the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  function pay(found: FeeNotice) {
    if (leaving.current) return
    leaving.current = true
    openPage(routes.payments.checkout([{ kind: 'fee', id: found.code }]))
  }

  return (
    <PageShell>
      <LoginRequired reason='登录后可凭缴款码缴纳考试报名费等非税收入'>
        <View className='fee'>
          <Text className='section-title'>输入缴款码</Text>
          <View className='fee__field card'>
            <Input
              className={`fee__input${codeError ? ' fee__input--error' : ''}`}
              type='number'
              value={code}
              placeholder='20 位数字'
              maxlength={30}
              aria-label='缴款码'
              onInput={(event) => {
                setCode(event.detail.value)
                setCodeError(null)
                setNotice(null)
              }}
              onConfirm={submit}
            />
            <Text className='fee__hint'>缴款码见执收单位开具的《非税收入缴款通知书》，共 20 位数字</Text>
            {codeError ? (
              <View className='fee__error' role='alert'>
                <Text>⚠ {codeError}</Text>
              </View>
            ) : null}
            <Button type='primary' block loading={lookup.isPending} onClick={submit}>
              查询
            </Button>
          </View>

          {notice ? (
            <>
              <Text className='section-title'>核对缴款信息</Text>
              <View className='fee__rows card' aria-label='缴款信息'>
                <Text>
                  缴款码：<CodeText code={notice.code} />
                </Text>
                <Text>缴款人：{notice.payerName}</Text>
                <Text>缴费项目：{notice.item}</Text>
                <Text>执收单位：{notice.department}</Text>
                <Text>缴款期限：{notice.deadline.slice(0, 10)}</Text>
                <Text className='fee__amount'>应缴金额：{formatFen(notice.amountFen)}</Text>
                <Text className={`fee__status fee__status--${notice.status}`}>状态：{STATUS_TEXT[notice.status]}</Text>
                {notice.paidAt ? <Text>缴款时间：{formatDateTime(notice.paidAt)}</Text> : null}
              </View>
              <View className='fee__submit'>
                {notice.status === 'unpaid' ? (
                  <Button type='primary' block size='large' onClick={() => pay(notice)}>
                    立即缴费 {formatFen(notice.amountFen)}
                  </Button>
                ) : null}
                {notice.status === 'paid' && notice.paymentId ? (
                  <Button type='primary' fill='outline' block size='large' onClick={() => openPage(routes.payments.receipt(notice.paymentId!))}>
                    查看电子票据
                  </Button>
                ) : null}
              </View>
            </>
          ) : null}
        </View>
      </LoginRequired>
    </PageShell>
  )
}
