// The shape of one deployment environment's public configuration (config/env/<name>.ts).
// Nothing here is a secret: appids, template ids and the API address all end up in the
// client bundle or the project files. Secrets (AppSecret, private keys) live on the server only.

/** The subscription-message kinds the app asks for (contract/messages.ts MESSAGE_KINDS). */
export const SUBSCRIPTION_KINDS = [
  'bill_issued',
  'payment_succeeded',
  'case_stage',
  'case_rectification',
  'appointment_reminder',
  'appointment_waitlist',
  'certificate_expiring',
] as const
export type SubscriptionKind = (typeof SUBSCRIPTION_KINDS)[number]

export type MiniPlatform = 'weapp' | 'alipay'
export type AppEnvName = 'development' | 'staging' | 'production'

export interface EnvironmentFile {
  /**
   * Absolute base of the platform API the mini-programs call, ending in /api/v1
   * (H5 calls a same-origin relative path unless H5_API_BASE says otherwise).
   * Empty: must come from the API_BASE variable.
   */
  apiBase: string
  /** WeChat appid (wx + 16 hex) and Alipay appid (16 digits). Empty: from WEAPP_APPID / ALIPAY_APPID. */
  appIds: Record<MiniPlatform, string>
  /** Subscription-message template ids per kind, from each platform's console. */
  templates: Record<MiniPlatform, Partial<Record<SubscriptionKind, string>>>
}
