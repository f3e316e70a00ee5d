import Taro from '@tarojs/taro'
import { QueryClient, focusManager, onlineManager } from '@tanstack/react-query'
import { platform } from '@/platform'
import { isApiError } from './errors'

// react-query's default managers listen to window events, which mini-programs
// lack: feed them from Taro's network status and the app's show/hide instead.
onlineManager.setEventListener((setOnline) => {
  const handler = (result: { isConnected: boolean }) => setOnline(result.isConnected)
  try {
    Taro.onNetworkStatusChange(handler)
    return () => Taro.offNetworkStatusChange?.(handler)
  } catch {
    return () => undefined
  }
})

/** Call from the App's onShow/onHide. */
export function setAppFocused(focused: boolean): void {
  focusManager.setFocused(focused)
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 60_000,
      gcTime: 10 * 60_000,
      // 4xx answers are final; retry only network trouble and 5xx.
      retry: (failureCount, error) => failureCount < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: true,
    },
    mutations: { retry: false },
  },
})

// Back from the cashier page (or any other site) the browser may restore this page
// from its back/forward cache with data from before the payment: refetch everything.
platform.onPageRestored(() => void queryClient.invalidateQueries())
