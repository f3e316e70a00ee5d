import Taro from '@tarojs/taro'
import { PlatformError, type Coordinates, type KeyValueStorage, type MapPoint } from './types'

// Building blocks shared by the three implementations. Taro's own API layer maps
// these calls to wx.* / my.* / browser APIs; platform-specific calls live in the
// per-target files.

export const taroStorage: KeyValueStorage = {
  get(key) {
    try {
      const value: unknown = Taro.getStorageSync(key)
      return typeof value === 'string' && value !== '' ? value : null
    } catch {
      return null
    }
  },
  set(key, value) {
    Taro.setStorageSync(key, value)
  },
  remove(key) {
    Taro.removeStorageSync(key)
  },
}

function errMsgOf(error: unknown): string {
  if (error && typeof error === 'object') {
    // WeChat: { errMsg }; Alipay: { error: 2001, errorMessage }.
    const { errMsg, error: code, errorMessage } = error as { errMsg?: unknown; error?: unknown; errorMessage?: unknown }
    if (errMsg !== undefined) return String(errMsg)
    if (code !== undefined || errorMessage !== undefined) return `${String(code ?? '')} ${String(errorMessage ?? '')}`
  }
  if (error instanceof Error) return error.message
  return String(error)
}

/** Maps the platform's errMsg conventions ("…:fail auth deny", "…:fail cancel") to a reason. */
export function toPlatformError(error: unknown): PlatformError {
  const message = errMsgOf(error)
  if (/auth|deny|denied|permission|authorize|11\b|2001/i.test(message)) return new PlatformError('denied', message)
  if (/cancel/i.test(message)) return new PlatformError('cancelled', message)
  if (/not support|unsupported|not available/i.test(message)) return new PlatformError('unavailable', message)
  return new PlatformError('failed', message)
}

/**
 * Coordinates from a platform answer: Alipay's my.getLocation returns latitude/longitude as
 * strings (@mini-types/alipay: `longitude: string`), WeChat as numbers. Anything that is not a
 * finite number in range is a failure, never NaN handed on.
 */
export function toCoordinates(result: { latitude?: unknown; longitude?: unknown }): Coordinates {
  const numeric = (value: unknown) => (typeof value === 'string' ? (value.trim() === '' ? NaN : Number(value)) : value)
  const latitude = numeric(result.latitude)
  const longitude = numeric(result.longitude)
  if (typeof latitude !== 'number' || typeof longitude !== 'number' || !Number.isFinite(latitude) || !Number.isFinite(longitude)) {
    throw new PlatformError('failed', `invalid coordinates: ${String(result.latitude)}, ${String(result.longitude)}`)
  }
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) throw new PlatformError('failed', `coordinates out of range: ${latitude}, ${longitude}`)
  return { latitude, longitude }
}

/** WeChat / H5 (Taro maps both): tapIndex on a pick, a "cancel" failure when the user closes it. */
export async function taroShowActionSheet(items: readonly string[]): Promise<number | null> {
  try {
    const { tapIndex } = await Taro.showActionSheet({ itemList: [...items] })
    return Number.isInteger(tapIndex) && tapIndex >= 0 && tapIndex < items.length ? tapIndex : null
  } catch (error) {
    const failure = toPlatformError(error)
    if (failure.reason === 'cancelled') return null
    throw failure
  }
}

export async function taroMakePhoneCall(phoneNumber: string): Promise<void> {
  try {
    await Taro.makePhoneCall({ phoneNumber })
  } catch (error) {
    const failure = toPlatformError(error)
    if (failure.reason !== 'cancelled') throw failure
  }
}

export async function taroOpenLocation(point: MapPoint): Promise<void> {
  try {
    await Taro.openLocation({ ...point, scale: 16 })
  } catch (error) {
    throw toPlatformError(error)
  }
}

/**
 * Screenshot events through Taro (wx.onUserCaptureScreen / my.onUserCaptureScreen). Each
 * subscriber gets its own callback so unsubscribing removes only that one.
 */
export function taroOnScreenshot(listener: () => void): () => void {
  const callback = () => listener()
  Taro.onUserCaptureScreen(callback)
  return () => Taro.offUserCaptureScreen(callback)
}

export async function taroCopyText(text: string): Promise<void> {
  await Taro.setClipboardData({ data: text })
}
