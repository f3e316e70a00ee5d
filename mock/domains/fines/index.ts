import type { DomainModule } from '../../http/types'
import { fineAdminRoutes } from './admin-routes'
import { fineInboxSource } from './inbox'
import { finePayable } from './payable'
import { fineRoutes } from './routes'
import { migrate } from './schema'
import { seed } from './seed'

export const finesDomain: DomainModule = {
  name: 'fines',
  migrate,
  seed,
  routes: fineRoutes,
  admin: fineAdminRoutes,
  payables: { fine: finePayable },
  inboxSources: { fine: fineInboxSource },
  erasures: [
    { item: '绑定的车辆', tables: ['fine_vehicle_bindings'] },
    { item: '查询过的处罚决定书', tables: ['fine_decision_lookups'] },
  ],
}
