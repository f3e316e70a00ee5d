import Taro, { useRouter } from '@tarojs/taro'
import { TAB_PATHS, readPageParams, type Route } from '@/routes'

/**
 * Opens a page by URL (features never import each other, DESIGN.md §2).
 * Tab pages need switchTab, which drops the query string, so tab-page
 * parameters go through `pendingTabParams`.
 */
export function openPage(url: string): void {
  const [path, query = ''] = url.split('?')
  if (TAB_PATHS.includes(path)) {
    pendingTabParams.set(path, Object.fromEntries(query.split('&').filter(Boolean).map((pair) => {
      const [key, value = ''] = pair.split('=')
      return [key, decodeURIComponent(value)]
    })))
    void Taro.switchTab({ url: path }).catch(() => navigationFailed())
    return
  }
  navigateForward(url)
}

/** Both platforms keep at most 10 pages; navigateTo beyond that fails ("webview count limit exceed"). */
export const MAX_PAGE_STACK = 10

/**
 * navigateTo, or redirectTo (replacing the top page) when the stack is full: the user gets the
 * page either way, only "back" skips the replaced one. A refusal we could not foresee (e.g. a
 * navigation racing this one filled the stack) also falls back; if that fails too the user is told.
 */
function navigateForward(url: string): void {
  const redirect = () => void Taro.redirectTo({ url }).catch(() => navigationFailed())
  if (Taro.getCurrentPages().length >= MAX_PAGE_STACK) {
    redirect()
    return
  }
  Taro.navigateTo({ url }).catch(redirect)
}

function navigationFailed(): void {
  void Taro.showToast({ title: '页面打开失败，请返回后重试', icon: 'none' })
}

/** Parameters handed to a tab page by openPage(), read once by that page. */
export const pendingTabParams = new Map<string, Record<string, string>>()

export function takeTabParams(path: string): Record<string, string> | undefined {
  const params = pendingTabParams.get(path)
  pendingTabParams.delete(path)
  return params
}

export function goBackOr(url: string): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack()
  else openPage(url)
}

/**
 * A page's parameters, decoded (H5 hands them over still percent-encoded, the mini-programs
 * decoded); '' when absent. The one way a page reads its query: `usePageParams(routes.bills.account).id`.
 */
export function usePageParams<K extends string>(route: Pick<Route<never, K>, 'params'>): Record<K, string> {
  return readPageParams(route, useRouter().params)
}
