import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { messageOf } from '@/api/errors'
import { queryKeys } from '@/lib/shared-api'
import { PageShell } from '@/components/page-shell'
import { QueryState } from '@/components/query-state'
import { goBackOr, openPage } from '@/lib/navigation'
import { platform } from '@/platform'
import { routes } from '@/routes'
import { notify } from '@/lib/dialogs'
import { fetchPersonas, logIn } from './api'
import './index.scss'

const CHANNEL_BUTTON: Record<string, string> = {
  weapp: '微信一键登录',
  alipay: '支付宝一键登录',
  h5: '登录',
}

/** Shown when login is tapped before the agreement is ticked. */
export const CONSENT_REQUIRED = '请先阅读《用户协议》和《隐私政策》，勾选“我已阅读并同意”后再登录。'

/**
 * 统一认证: one login for every service. Mini-programs exchange the platform's
 * login code; the H5 sandbox lets the user pick a persona instead.
 * Consent is an explicit choice, unticked by default (个人信息保护法 art. 14; both platforms'
 * review rules refuse implied consent): no login of any channel starts without the tick.
 */
export default function LoginPage() {
  const queryClient = useQueryClient()
  const isH5 = platform.channel === 'h5'
  const personas = useQuery({ queryKey: ['personas'], queryFn: fetchPersonas, enabled: isH5 })
  const [personaId, setPersonaId] = useState<string | null>(null)
  const [agreed, setAgreed] = useState(false)
  // The tap handlers read the tick from a ref: a quick tick-then-login on a slow phone can reach the
  // button before React has re-rendered it with the new state.
  const agreedRef = useRef(false)
  const [consentMissing, setConsentMissing] = useState(false)

  const login = useMutation({
    mutationFn: () => logIn(isH5 ? personaId ?? undefined : undefined),
    onSuccess: (user) => {
      queryClient.setQueryData(queryKeys.me, user)
      notify('登录成功', 'done')
      goBackOr(routes.me())
    },
  })

  const canSubmit = !isH5 || personaId !== null

  const submit = () => {
    if (!agreedRef.current) {
      // Explain, keep what was chosen, start nothing (no platform login code either).
      setConsentMissing(true)
      return
    }
    login.mutate()
  }

  const toggleAgreed = () => {
    agreedRef.current = !agreedRef.current
    setAgreed(agreedRef.current)
    setConsentMissing(false)
  }

  return (
    <PageShell>
      <View className='login'>
        <Text className='login__title'>浙江政务服务网 统一身份认证</Text>
        <Text className='login__text'>一次登录，即可办理本应用内的所有服务。</Text>

        {isH5 ? (
          <QueryState query={personas}>
            <Text className='login__label'>演示环境：请选择登录身份</Text>
            <View className='login__personas' role='radiogroup' aria-label='登录身份'>
              {(personas.data ?? []).map((persona) => {
                const selected = persona.id === personaId
                return (
                  <View
                    key={persona.id}
                    className={`login__persona${selected ? ' login__persona--selected' : ''}`}
                    role='radio'
                    aria-checked={selected}
                    aria-label={persona.label}
                    onClick={() => setPersonaId(persona.id)}
                  >
                    <Text className='login__persona-label'>
                      {selected ? '◉ ' : '○ '}
                      {persona.label}
                    </Text>
                    <Text className='login__persona-desc'>{persona.description}</Text>
                  </View>
                )
              })}
            </View>
          </QueryState>
        ) : null}

        {login.isError ? (
          <View className='login__error' role='alert'>
            {messageOf(login.error)}
          </View>
        ) : null}

        <View className='login__consent'>
          <View
            className={`login__check${agreed ? ' login__check--on' : ''}`}
            role='checkbox'
            aria-checked={agreed}
            aria-label='我已阅读并同意《用户协议》和《隐私政策》'
            onClick={toggleAgreed}
          >
            <Text className='login__box'>{agreed ? '✓' : ''}</Text>
            <Text className='login__consent-text'>我已阅读并同意</Text>
          </View>
          <View className='login__doc' role='link' onClick={() => openPage(routes.more.agreement())}>
            <Text>《用户协议》</Text>
          </View>
          <Text className='login__consent-text'>和</Text>
          <View className='login__doc' role='link' onClick={() => openPage(routes.more.privacy())}>
            <Text>《隐私政策》</Text>
          </View>
        </View>

        {consentMissing ? (
          <View className='login__error' role='alert'>
            {CONSENT_REQUIRED}
          </View>
        ) : null}

        <Button type='primary' block size='large' disabled={!canSubmit} loading={login.isPending} onClick={submit}>
          {isH5 && !personaId ? '请先选择登录身份' : CHANNEL_BUTTON[platform.channel]}
        </Button>
        <Text className='login__note'>我们只在办理服务需要时使用您的信息。</Text>
      </View>
    </PageShell>
  )
}
