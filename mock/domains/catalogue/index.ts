import type { DomainModule } from '../../http/types'
import { catalogueRoutes } from './routes'
import { migrate } from './schema'
import { seed } from './seed'

export const catalogueDomain: DomainModule = { name: 'catalogue', migrate, seed, routes: catalogueRoutes }
