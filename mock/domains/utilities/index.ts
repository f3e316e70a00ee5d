import type { DomainModule } from '../../http/types'
import { utilityAdminRoutes } from './admin-routes'
import { billInboxSource } from './inbox'
import { billPayable } from './payable'
import { utilityRoutes } from './routes'
import { migrate } from './schema'
import { seed } from './seed'

export const utilitiesDomain: DomainModule = {
  name: 'utilities',
  migrate,
  seed,
  routes: utilityRoutes,
  admin: utilityAdminRoutes,
  payables: { bill: billPayable },
  inboxSources: { bill: billInboxSource },
  erasures: [{ item: '生活缴费户号', tables: ['utility_bindings'] }],
}
