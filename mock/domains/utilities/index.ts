import type { DomainModule } from '../../http/types'
import { utilityAdminRoutes } from './admin-routes'
// Registers utility bills as payable kind 'bill' with the payment service.
import './payable'
// Contributes its open items to the to-do inbox.
import './inbox'
import { utilityRoutes } from './routes'
import { migrate } from './schema'
import { seed } from './seed'

export const utilitiesDomain: DomainModule = { name: 'utilities', migrate, seed, routes: utilityRoutes, admin: utilityAdminRoutes }
