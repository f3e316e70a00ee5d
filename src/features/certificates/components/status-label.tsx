import type { Certificate } from '@contract'
import { Text } from '@tarojs/components'
import './status-label.scss'

/** 正常 / 异常 with an icon and the reason in words: the colour is never the only signal. */
export function StatusLabel({ certificate }: { certificate: Certificate }) {
  const normal = certificate.status === 'normal'
  return (
    <Text className={`cert-status cert-status--${certificate.status}`}>
      {normal ? '✓ 正常' : `⚠ 异常${certificate.statusReason ? `：${certificate.statusReason}` : ''}`}
    </Text>
  )
}
