// Storage, synchronous and asynchronous (WeChat `(key, data)`, Alipay `({ key, data })`).
import type { ApiOptions } from '../native-api'
import type { NativeKit } from './kit'

export function storageApis(kit: NativeKit): Record<string, unknown> {
  const { alipay, storage, succeed, failWith, clone } = kit
  const storageInfo = () => {
    const keys = [...storage.keys()]
    const currentSize = Math.ceil(keys.reduce((n, k) => n + k.length + JSON.stringify(storage.get(k) ?? '').length, 0) / 1024)
    return { keys, currentSize, limitSize: 10240 }
  }
  const keyOf = (arg: unknown): string => (alipay && arg && typeof arg === 'object' ? String((arg as { key: unknown }).key) : String(arg))

  return {
    // storage (sync)
    setStorageSync(keyOrOptions: unknown, data?: unknown) {
      if (alipay) {
        const o = keyOrOptions as { key: string; data: unknown }
        storage.set(String(o.key), clone(o.data))
        return { success: true }
      }
      storage.set(String(keyOrOptions), clone(data))
      return undefined
    },
    getStorageSync(keyOrOptions: unknown) {
      const key = keyOf(keyOrOptions)
      const value = storage.has(key) ? clone(storage.get(key)) : undefined
      if (alipay) return { data: value === undefined ? null : value }
      return value === undefined ? '' : value
    },
    removeStorageSync(keyOrOptions: unknown) {
      storage.delete(keyOf(keyOrOptions))
      return alipay ? { success: true } : undefined
    },
    clearStorageSync() {
      storage.clear()
    },
    getStorageInfoSync() {
      return storageInfo()
    },
    // storage (async)
    setStorage(o: ApiOptions) {
      storage.set(String(o.key), clone(o.data))
      succeed('setStorage', o, alipay ? { success: true } : {})
    },
    getStorage(o: ApiOptions) {
      const key = String(o.key)
      if (!storage.has(key)) {
        if (alipay) succeed('getStorage', o, { data: null })
        else failWith('getStorage', o, 'data not found')
        return
      }
      succeed('getStorage', o, { data: clone(storage.get(key)) })
    },
    removeStorage(o: ApiOptions) {
      storage.delete(String(o.key))
      succeed('removeStorage', o)
    },
    clearStorage(o: ApiOptions) {
      storage.clear()
      succeed('clearStorage', o)
    },
    getStorageInfo(o: ApiOptions) {
      succeed('getStorageInfo', o, storageInfo())
    },

  }
}
