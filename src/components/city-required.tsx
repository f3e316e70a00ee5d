import { Button } from '@nutui/nutui-react-taro'
import { routes } from '@/routes'
import { openPage } from '@/lib/navigation'
import { EmptyState } from './empty-state'
import { PageShell } from './page-shell'

/** The page of a city-bound service before a city is chosen: why it matters, and the way to choose. */
export function CityRequired({ reason }: { reason: string }) {
  return (
    <PageShell>
      <EmptyState
        title='请先选择城市'
        description={reason}
        action={
          <Button type='primary' onClick={() => openPage(routes.city())}>
            选择城市
          </Button>
        }
      />
    </PageShell>
  )
}
