// Per-platform adjustments of the built app.json and of the developer-tool project file. Pure
// functions, applied by the Taro plugin in config/release-plugin.ts and tested in
// config/platform-app-config.test.ts. src/app.config.ts is written in WeChat's vocabulary (Taro's
// canonical one) and may not know the target (DESIGN.md §4), so the Alipay build drops here what
// only WeChat defines.

type Json = Record<string, unknown>

/**
 * Top-level app.json fields that only WeChat defines (developers.weixin.qq.com 全局配置):
 * permission (接口权限说明), requiredPrivateInfos (地理位置接口声明), lazyCodeLoading (按需注入).
 * Alipay's app.json (opendocs.alipay.com 全局配置 app.json) has none of them.
 */
export const WECHAT_ONLY_APP_FIELDS = ['permission', 'requiredPrivateInfos', 'lazyCodeLoading'] as const

/**
 * WeChat window fields Alipay's window does not define and Taro 4.2 passes through unmapped
 * (it maps navigationBarTitleText → defaultTitle and navigationBarBackgroundColor → titleBarColor;
 * Alipay picks the title colour itself from titleBarColor).
 */
export const WECHAT_ONLY_WINDOW_FIELDS = ['navigationBarTextStyle', 'backgroundTextStyle'] as const

/** The app config as the target platform accepts it (a new object; the input is not changed). */
export function appConfigFor(target: string, config: Json): Json {
  if (target !== 'alipay') return config
  const out: Json = { ...config }
  for (const field of WECHAT_ONLY_APP_FIELDS) delete out[field]
  if (out.window && typeof out.window === 'object') {
    const window: Json = { ...(out.window as Json) }
    for (const field of WECHAT_ONLY_WINDOW_FIELDS) delete window[field]
    out.window = window
  }
  return out
}

/** The developer-tool project file with the configured appid ('' leaves the file's own). */
export function projectConfigFor(target: string, project: Json, appId: string): Json {
  const out: Json = { ...project }
  if (appId) out.appid = appId
  // Alipay's IDE reads compileType "mini" for a mini-program (mini.project.json).
  if (target === 'alipay') out.compileType = 'mini'
  return out
}

/** Where Taro writes the developer-tool project file of each target (DESIGN.md §1). */
export const PROJECT_FILE: Record<string, string> = { weapp: 'project.config.json', alipay: 'mini.project.json' }
