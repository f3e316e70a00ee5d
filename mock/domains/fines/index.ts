import type { DomainModule } from '../../http/types'
import { fineAdminRoutes } from './admin-routes'
// Registers traffic fines as payable kind 'fine' with the payment service.
import './payable'
// Contributes its open items to the to-do inbox.
import './inbox'
import { fineRoutes } from './routes'
import { migrate } from './schema'
import { seed } from './seed'

export const finesDomain: DomainModule = { name: 'fines', migrate, seed, routes: fineRoutes, admin: fineAdminRoutes }
