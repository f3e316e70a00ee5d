// Must run before React Query loads (mini-program runtimes lack AbortController).
import '@/platform/abort-controller'
import { QueryClientProvider } from '@tanstack/react-query'
import { useDidHide, useDidShow } from '@tarojs/taro'
import type { PropsWithChildren } from 'react'
import { queryClient, setAppFocused } from '@/api/query-client'
import '@/styles/nutui'
import './app.scss'

// Pages render inside this component (Taro mounts them as its children), so the
// query cache is shared by every page of every package.
function App({ children }: PropsWithChildren) {
  useDidShow(() => setAppFocused(true))
  useDidHide(() => setAppFocused(false))
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
}

export default App
