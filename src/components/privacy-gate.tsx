import { Button, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { platform, type PrivacyRequest } from '@/platform'
import './privacy-gate.scss'

const AGREE_BUTTON_ID = 'privacy-agree'

/**
 * WeChat's privacy agreement (wx.onNeedPrivacyAuthorization): shown only when a
 * protected API is about to run, never on launch. Other platforms have no such flow.
 */
export function PrivacyGate() {
  const [request, setRequest] = useState<PrivacyRequest | null>(null)

  useEffect(() => {
    if (!platform.privacy.usesAgreeButton) return undefined
    return platform.privacy.onRequest(setRequest)
  }, [])

  if (!request) return null
  return (
    <View className='privacy-gate' role='dialog' aria-label='隐私保护提示'>
      <View className='privacy-gate__panel'>
        <Text className='privacy-gate__title'>隐私保护提示</Text>
        <Text className='privacy-gate__body'>
          为向您提供此项服务，我们需要使用您的相关信息。请阅读《城市服务隐私保护指引》，同意后继续；不同意不影响其他功能的使用。
        </Text>
        <Text className='privacy-gate__link' onClick={() => void platform.privacy.openContract()}>
          查看《城市服务隐私保护指引》
        </Text>
        <View className='privacy-gate__actions'>
          <Button
            className='privacy-gate__decline'
            onClick={() => {
              request.decline()
              setRequest(null)
            }}
          >
            不同意
          </Button>
          <Button
            id={AGREE_BUTTON_ID}
            className='privacy-gate__agree'
            openType='agreePrivacyAuthorization'
            onAgreePrivacyAuthorization={() => {
              request.agree(AGREE_BUTTON_ID)
              setRequest(null)
            }}
          >
            同意并继续
          </Button>
        </View>
      </View>
    </View>
  )
}
