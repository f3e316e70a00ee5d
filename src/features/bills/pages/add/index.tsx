import type { AccountPreview, Provider } from '@contract'
import { Button } from '@nutui/nutui-react-taro'
import { Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { isApiError, messageOf } from '@/api/errors'
import { AlreadyBound } from '@/components/already-bound'
import { FieldError } from '@/components/field-error'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { QueryState } from '@/components/query-state'
import { SubmitBar } from '@/components/submit-bar'
import { formatFen } from '@contract/rules/money'
import { askForSubscriptions } from '@/lib/subscriptions'
import { usePreferences } from '@/lib/use-preferences'
import { UTILITY_TYPES, type UtilityType } from '@contract/rules/utility-types'
import { routes } from '@/routes'
import { notify } from '@/lib/dialogs'
import { billKeys, bindAccount, lookupAccount, useProviders } from '../../api'
import { checkAccountNumber, normaliseAccountNumber } from '@contract/rules/account-number'
import './index.scss'

const LABELS = ['家里', '父母家', '公司']

/** 水/电/燃气 → provider of the current city → 户号 → masked holder and arrears → label → bind. */
export default function AddAccountPage() {
  const { cityCode } = usePreferences()
  const queryClient = useQueryClient()
  const [type, setType] = useState<UtilityType | null>(null)
  const [provider, setProvider] = useState<Provider | null>(null)
  const [accountNumber, setAccountNumber] = useState('')
  const [numberError, setNumberError] = useState<string | null>(null)
  const [preview, setPreview] = useState<AccountPreview | null>(null)
  const [label, setLabel] = useState('家里')
  const providers = useProviders(cityCode, type)

  const lookup = useMutation({
    mutationFn: () => lookupAccount(provider!.id, normaliseAccountNumber(accountNumber)),
    onSuccess: setPreview,
    onError: (error) => {
      // Keep what the user typed; say what to do next to the field.
      setNumberError(isApiError(error) ? error.fieldErrors.accountNumber ?? error.userMessage : messageOf(error))
    },
  })

  const bind = useMutation({
    mutationFn: () => bindAccount(provider!.id, normaliseAccountNumber(accountNumber), label),
    onSuccess: (account) => {
      void queryClient.invalidateQueries({ queryKey: billKeys.accounts })
      notify('绑定成功', 'done')
      void Taro.redirectTo({ url: routes.bills.account(account.id) })
    },
  })

  function chooseType(next: UtilityType) {
    setType(next)
    setProvider(null)
    setPreview(null)
    setNumberError(null)
  }

  function submitNumber() {
    if (!provider) return
    const problem = checkAccountNumber(accountNumber, provider.accountFormat)
    setNumberError(problem)
    setPreview(null)
    if (!problem) lookup.mutate()
  }

  return (
    <PageShell>
      <LoginRequired reason='登录后才能绑定户号'>
        <View className='add'>
          <Text className='section-title'>1. 选择缴费类型</Text>
          <View className='add__types' role='radiogroup' aria-label='缴费类型'>
            {UTILITY_TYPES.map((item) => (
              <View
                key={item.type}
                role='radio'
                aria-checked={type === item.type}
                aria-label={item.bill}
                className={`add__type${type === item.type ? ' add__type--selected' : ''}`}
                onClick={() => chooseType(item.type)}
              >
                <Text>{type === item.type ? '✓ ' : ''}{item.bill}</Text>
              </View>
            ))}
          </View>

          {type ? (
            <>
              <Text className='section-title'>2. 选择缴费单位</Text>
              <QueryState query={providers}>
                <View className='add__providers' role='radiogroup' aria-label='缴费单位'>
                  {(providers.data ?? []).map((item) => (
                    <View
                      key={item.id}
                      role='radio'
                      aria-checked={provider?.id === item.id}
                      aria-label={item.name}
                      className={`add__provider${provider?.id === item.id ? ' add__provider--selected' : ''}`}
                      onClick={() => {
                        setProvider(item)
                        setPreview(null)
                        setNumberError(null)
                      }}
                    >
                      <Text>{provider?.id === item.id ? '◉ ' : '○ '}{item.name}</Text>
                    </View>
                  ))}
                </View>
              </QueryState>
            </>
          ) : null}

          {provider ? (
            <>
              <Text className='section-title'>3. 输入户号</Text>
              <View className='add__field card'>
                <Input
                  className={`add__input${numberError ? ' add__input--error' : ''}`}
                  // The numeric keyboard when the provider's 户号 are all digits (the server's format says).
                  type={/^[0-9]+$/.test(provider.accountFormat.example) ? 'number' : 'text'}
                  value={accountNumber}
                  placeholder={`例如 ${provider.accountFormat.example}`}
                  maxlength={provider.accountFormat.length + 6}
                  aria-label='户号'
                  onInput={(event) => {
                    setAccountNumber(event.detail.value)
                    setNumberError(null)
                    setPreview(null)
                  }}
                  onConfirm={submitNumber}
                />
                <Text className='add__hint'>{provider.accountFormat.hint}</Text>
                <FieldError message={numberError} />
                <Button type='primary' block loading={lookup.isPending} onClick={submitNumber}>
                  查询户号
                </Button>
              </View>
            </>
          ) : null}

          {preview ? (
            <>
              <Text className='section-title'>4. 核对户主信息</Text>
              <View className='add__preview card' aria-label='户号信息'>
                <Text>缴费单位：{preview.providerName}</Text>
                <Text>户号：{preview.accountNumber}</Text>
                <Text>户主：{preview.holderName}</Text>
                <Text>地址：{preview.address}</Text>
                <Text className={preview.arrearsFen > 0 ? 'add__arrears' : ''}>
                  {preview.arrearsFen > 0 ? `当前欠费：${formatFen(preview.arrearsFen)}（${preview.unpaidCount} 笔）` : '当前无欠费'}
                </Text>
              </View>
              {preview.boundId ? (
                <AlreadyBound
                  message='您已绑定过这个户号，无需重复绑定。'
                  action='查看该户号'
                  onOpen={() => void Taro.redirectTo({ url: routes.bills.account(preview.boundId!) })}
                />
              ) : (
                <>
                  <Text className='section-title'>5. 给这个户号起个名字</Text>
                  <View className='add__labels' role='radiogroup' aria-label='户号标签'>
                    {LABELS.map((item) => (
                      <View
                        key={item}
                        role='radio'
                        aria-checked={label === item}
                        className={`add__label${label === item ? ' add__label--selected' : ''}`}
                        onClick={() => setLabel(item)}
                      >
                        <Text>{label === item ? '✓ ' : ''}{item}</Text>
                      </View>
                    ))}
                  </View>
                  <FieldError message={bind.isError ? messageOf(bind.error) : null} />
                  <SubmitBar
                    loading={bind.isPending}
                    onClick={() => {
                      // Binding is when new bills become worth a message (WeChat allows asking only in a tap).
                      void askForSubscriptions(['bill_issued'])
                      bind.mutate()
                    }}
                  >
                    确认绑定
                  </SubmitBar>
                </>
              )}
            </>
          ) : null}
        </View>
      </LoginRequired>
    </PageShell>
  )
}
