import type { DomainModule } from '../../http/types'
// Registers non-tax fees as payable kind 'fee' with the payment service.
import './payable'
// Contributes its open items to the to-do inbox.
import './inbox'
import { feeRoutes } from './routes'
import { migrate } from './schema'
import { seed } from './seed'

export const feesDomain: DomainModule = { name: 'fees', migrate, seed, routes: feeRoutes }
