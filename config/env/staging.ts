import type { EnvironmentFile } from './types'

// staging: the values are issued when the operator (主体) registers the mini-programs: the appids by
// 微信公众平台 and 支付宝开放平台, the template ids by each console's 订阅消息 / 消息模板 page, the
// API domain by the platform team (it must be on both consoles' 合法域名 / 服务器域名 whitelist).
// Commit them here once known (they are public), or give them to the release pipeline as
// variables (README "Environments and release"). A staging build refuses to start while any is missing.
const staging: EnvironmentFile = {
  apiBase: '',
  appIds: { weapp: '', alipay: '' },
  templates: { weapp: {}, alipay: {} },
}

export default staging
