import { PageShell } from '@/components/page-shell'
import { CityPicker } from '@/components/city-picker'
import { goBackOr } from '@/lib/navigation'
import { preferences } from '@/lib/preferences'
import { routes } from '@/routes'

export default function CityPage() {
  return (
    <PageShell>
      <CityPicker
        onChosen={(city) => {
          preferences.update({ cityCode: city.code })
          goBackOr(routes.home())
        }}
      />
    </PageShell>
  )
}
