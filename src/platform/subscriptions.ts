import Taro from '@tarojs/taro'
import type { SubscriptionDecision } from './types'

// Subscription-message template ids per message kind, configured in each platform's console
// (WeChat 公众平台 → 订阅消息; Alipay 开放平台 → 消息模板). Public configuration, not secrets:
// injected at build time per environment and target (config/env.ts, SUBSCRIPTION_TEMPLATES).
// Kinds without a template are never asked for.
declare const SUBSCRIPTION_TEMPLATES: Partial<Record<'weapp' | 'alipay', Record<string, string>>>
const TEMPLATES: Partial<Record<'weapp' | 'alipay', Record<string, string>>> = typeof SUBSCRIPTION_TEMPLATES === 'object' ? SUBSCRIPTION_TEMPLATES : {}

/**
 * Both platforms answer `{ [templateId]: 'accept' | 'reject' | 'ban' | 'filter' }`; only 'accept'
 * grants a (one-time) subscription. At most 3 templates per request (both platforms' limit).
 */
export function taroRequestSubscriptions(channel: 'weapp' | 'alipay', kinds: readonly string[]): Promise<SubscriptionDecision[] | null> {
  const templates = TEMPLATES[channel] ?? {}
  const asked = kinds.filter((kind) => templates[kind] !== undefined).slice(0, 3)
  if (asked.length === 0) return Promise.resolve([])
  const ids = asked.map((kind) => templates[kind])
  return new Promise((resolve) => {
    try {
      const options = {
        ...(channel === 'weapp' ? { tmplIds: ids } : { entityIds: ids }),
        success: (result: Record<string, unknown>) => resolve(asked.map((kind, i) => ({ kind, accepted: result[ids[i]] === 'accept' }))),
        fail: () => resolve(asked.map((kind) => ({ kind, accepted: false }))),
      } as unknown as Parameters<typeof Taro.requestSubscribeMessage>[0]
      void Promise.resolve(Taro.requestSubscribeMessage(options)).catch(() => resolve(asked.map((kind) => ({ kind, accepted: false }))))
    } catch {
      // An old base library without the API: nothing was granted.
      resolve(asked.map((kind) => ({ kind, accepted: false })))
    }
  })
}
