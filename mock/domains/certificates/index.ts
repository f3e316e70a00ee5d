import type { DomainModule } from '../../http/types'
// Registers the inbox source 'certificate' (certificates expiring within 90 days).
import { sweepExpiring } from './expiry'
import { certificateRoutes } from './routes'
import { migrate } from './schema'
import { seed } from './seed'

export const certificatesDomain: DomainModule = { name: 'certificates', migrate, seed, routes: certificateRoutes, sweep: sweepExpiring }
