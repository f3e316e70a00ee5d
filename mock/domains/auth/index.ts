import type { DomainModule } from '../../http/types'
import { authRoutes } from './routes'
import { migrate } from './schema'
import { seed } from './seed'

export const authDomain: DomainModule = { name: 'auth', migrate, seed, routes: authRoutes }
