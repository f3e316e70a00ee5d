// The one documented exception to "undocumented parameter = violation": Taro 4.2's Alipay
// runtime (@tarojs/plugin-platform-alipay/dist/runtime.js, `apiDiff` + `transformMeta`) turns a
// WeChat-style call into the Alipay one by COPYING options to their Alipay names and leaving the
// WeChat names in place, e.g. Taro.showToast({ title, icon }) reaches my.showToast as
// { title, icon, content, type }, and Taro.showModal reaches my.confirm / my.alert with the
// WeChat keys (title, content, showCancel, cancelText, confirmText…) next to
// cancelButtonText / confirmButtonText / buttonText. Alipay ignores keys it does not know, so
// these leftovers are harmless; they are allowed ONLY when the Alipay key Taro copied them to
// is present (i.e. the call really came through Taro's transform). Read from Taro's own file,
// so a Taro upgrade that changes the mapping changes the exception with it.

import fs from 'node:fs'

export interface Leftover {
  /** The WeChat key Taro leaves behind. */
  key: string
  /** The Alipay key Taro copied it to: the leftover is allowed only when this one is present. */
  copiedTo: string
}

let cached: Map<string, Leftover[]> | null = null

/** Alipay API name → the WeChat keys Taro's transform leaves in its options. */
export function taroAlipayLeftovers(): Map<string, Leftover[]> {
  if (cached) return cached
  const source = fs.readFileSync(require.resolve('@tarojs/plugin-platform-alipay/dist/runtime.js'), 'utf8')
  const start = source.indexOf('const apiDiff = {')
  const end = source.indexOf('\n};', start)
  if (start < 0 || end < 0) throw new Error('Taro Alipay runtime: apiDiff not found (Taro changed: review contracts/taro-alipay.ts)')
  const block = source.slice(start, end)
  const map = new Map<string, Leftover[]>()
  const entries = [...block.matchAll(/\n {4}(\w+): \{/g)]
  entries.forEach((entry, i) => {
    const text = block.slice(entry.index, entries[i + 1]?.index ?? block.length)
    const target = /alias: '(\w+)'/.exec(text)?.[1] ?? entry[1]
    const pairs = [...text.matchAll(/old: '(\w+)',\s*new: '(\w+)'/g)].map((m) => ({ key: m[1], copiedTo: m[2] }))
    if (pairs.length > 0) map.set(target, [...(map.get(target) ?? []), ...pairs])
  })
  // transformMeta's showModal branch (not in apiDiff): sets cancelButtonText/confirmButtonText
  // (my.confirm) or buttonText (my.alert) and leaves the wx.showModal keys.
  if (!/apiAlias = 'confirm'/.test(source) || !/apiAlias = 'alert'/.test(source)) {
    throw new Error('Taro Alipay runtime: showModal mapping changed (review contracts/taro-alipay.ts)')
  }
  const modalKeys = ['title', 'content', 'showCancel', 'cancelText', 'cancelColor', 'confirmText', 'confirmColor', 'editable', 'placeholderText']
  map.set('confirm', [...(map.get('confirm') ?? []), ...modalKeys.map((key) => ({ key, copiedTo: 'confirmButtonText' }))])
  // For alert, transformMeta has set the confirm names before switching to alert: they stay too.
  const alertKeys = [...modalKeys, 'cancelButtonText', 'confirmButtonText']
  map.set('alert', [...(map.get('alert') ?? []), ...alertKeys.map((key) => ({ key, copiedTo: 'buttonText' }))])
  cached = map
  return map
}
