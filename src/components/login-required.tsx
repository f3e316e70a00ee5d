import { Button } from '@nutui/nutui-react-taro'
import type { ReactNode } from 'react'
import { useLoggedIn } from '@/api/use-logged-in'
import { openPage } from '@/lib/navigation'
import { routes } from '@/routes'
import { EmptyState } from './empty-state'

/** Personal pages ask for the one unified login (统一认证) instead of failing. */
export function LoginRequired({ children, reason }: { children: ReactNode; reason: string }) {
  const loggedIn = useLoggedIn()
  if (loggedIn) return <>{children}</>
  return (
    <EmptyState
      title='请先登录'
      description={reason}
      action={
        <Button type='primary' onClick={() => openPage(routes.login())}>
          去登录
        </Button>
      }
    />
  )
}
