import type { Certificate, Presentation } from '@contract'
import { Button } from '@nutui/nutui-react-taro'
import { Image, Input, Text, View } from '@tarojs/components'
import Taro, { useDidHide } from '@tarojs/taro'
import { useMutation } from '@tanstack/react-query'
import { useEffect, useMemo, useState } from 'react'
import { isApiError, messageOf } from '@/api/errors'
import { platform } from '@/platform'
import { createPresentation } from '../api'
import { qrDataUrl } from '../model/qr'
import { formatCountdown, nextStep, secondsLeft, showingClock, type ShowingClock } from '../model/showing'
import './showing.scss'
import { formatCst } from '../model/time'

type Mode = 'idle' | 'pin' | 'showing'

const SCREENSHOT_WARNING = { title: '请勿截屏外传', content: '电子证照仅供办理政务服务事项时使用，请勿外传。', showCancel: false, confirmText: '知道了' }

/**
 * 亮证: PIN → QR code of a 300 s token with a countdown; a new token is fetched before the old one
 * expires, without the PIN while the showing window (10 minutes) lasts; then the PIN again.
 */
export function Showing({ certificate }: { certificate: Certificate }) {
  const [mode, setMode] = useState<Mode>('idle')
  const [pin, setPin] = useState('')
  const [pinError, setPinError] = useState<string | undefined>()
  const [notice, setNotice] = useState<string | undefined>()
  const [presentation, setPresentation] = useState<Presentation | null>(null)
  const [clock, setClock] = useState<ShowingClock | null>(null)
  const [now, setNow] = useState(() => Date.now())

  const stop = (message?: string) => {
    setPresentation(null)
    setClock(null)
    setNotice(message)
  }

  const present = useMutation({
    mutationFn: (body: { pin: string } | { showingId: string }) => createPresentation(certificate.id, body),
    onSuccess: (next) => {
      setPresentation(next)
      setClock(showingClock(next, Date.now()))
      setNow(Date.now())
      setPin('')
      setPinError(undefined)
      setNotice(undefined)
      setMode('showing')
    },
    onError: (error) => {
      if (isApiError(error) && (error.code === 'PIN_INCORRECT' || error.code === 'VALIDATION_FAILED')) {
        setPinError(error.fieldErrors.pin ?? error.userMessage)
      } else if (isApiError(error) && error.code === 'PIN_LOCKED') {
        setPinError(error.userMessage)
      } else if (isApiError(error) && error.code === 'FRESH_CHECK_REQUIRED') {
        stop(error.userMessage)
        setMode('pin')
      } else {
        // Network trouble while refreshing: keep the current code until it expires, say why.
        setNotice(messageOf(error))
        if (mode !== 'showing') setMode('pin')
      }
    },
  })

  // One tick a second while showing: countdown, refresh ahead of expiry, PIN again after the window.
  useEffect(() => {
    if (mode !== 'showing') return undefined
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [mode])

  useEffect(() => {
    if (mode !== 'showing' || !clock || !presentation) return
    const step = nextStep(clock, now)
    if (step === 'refresh' && !present.isPending && !present.isError) present.mutate({ showingId: presentation.showingId })
    const failedRefresh = step === 'refresh' && present.isError && clock.tokenExpiresAt <= now
    if (step === 'pin' || failedRefresh) {
      stop('二维码已失效，请重新输入亮证密码')
      setMode('pin')
    }
  }, [mode, clock, now, presentation, present])

  // While the code is on screen, a screenshot gets a warning (WeChat / Alipay; nothing on H5).
  useEffect(() => {
    if (mode !== 'showing') return undefined
    return platform.onScreenshot(() => void Taro.showModal(SCREENSHOT_WARNING))
  }, [mode])

  // Leaving the page hides the code.
  useDidHide(() => {
    stop()
    setMode('idle')
  })

  const qr = useMemo(() => (presentation ? qrDataUrl(presentation.qrPayload) : null), [presentation])

  function submitPin() {
    if (present.isPending) return
    if (!/^[0-9]{6}$/.test(pin)) {
      setPinError('亮证密码为 6 位数字')
      return
    }
    present.mutate({ pin })
  }

  if (mode === 'idle') {
    return (
      <View className='showing'>
        <Button type='primary' block size='large' onClick={() => setMode('pin')}>
          亮证
        </Button>
      </View>
    )
  }

  if (mode === 'pin' || !presentation || !clock) {
    return (
      <View className='showing card'>
        <Text className='showing__title'>请输入亮证密码</Text>
        {notice ? (
          <View className='showing__notice' role='status'>
<Text>
            {notice}
          </Text>
</View>
        ) : null}
        <Input
          className={`showing__pin${pinError ? ' showing__pin--error' : ''}`}
          type='number'
          password
          maxlength={6}
          value={pin}
          placeholder='6 位数字'
          aria-label='亮证密码'
          onInput={(event) => {
            setPin(event.detail.value)
            setPinError(undefined)
          }}
          onConfirm={submitPin}
        />
        {pinError ? (
          <View className='showing__error' role='alert'>
            <Text>⚠ {pinError}</Text>
          </View>
        ) : (
          <Text className='showing__hint'>为保护您的证照安全，亮证前需验证密码；连续输错 5 次将锁定 15 分钟</Text>
        )}
        <Button type='primary' block size='large' loading={present.isPending} onClick={submitPin}>
          确认亮证
        </Button>
      </View>
    )
  }

  const left = secondsLeft(clock.tokenExpiresAt, now)
  return (
    <View className='showing showing--on card'>
      <View className='showing__qr-box' role='img' aria-label={`${certificate.typeName}亮证二维码，生成于 ${formatCst(presentation.generatedAt, 'HH:mm:ss')}`}>
        <Image className='showing__qr' src={qr ?? ''} mode='aspectFit' aria-hidden='true' />
      </View>
      <View className='showing__countdown' role='timer' aria-live='off'>
<Text>
        有效期 {formatCountdown(left)} · 到期前自动刷新
      </Text>
</View>
      <Text className='showing__hint'>生成时间 {formatCst(presentation.generatedAt, 'HH:mm:ss')} · 请出示给工作人员扫码核验</Text>
      {notice ? (
        <View className='showing__notice' role='status'>
<Text>
          {notice}
        </Text>
</View>
      ) : null}
      <Text className='showing__warning'>⚠ 仅供办理政务服务事项时使用，请勿截屏外传</Text>
      <Button
        fill='outline'
        type='primary'
        block
        onClick={() => {
          stop()
          setMode('idle')
        }}
      >
        结束亮证
      </Button>
    </View>
  )
}
