import type { DomainModule } from '../../http/types'
import { inboxRoutes } from './routes'

// No tables of its own: the items come from the sources other domains register (sources.ts).
export const inboxDomain: DomainModule = { name: 'inbox', migrate: () => {}, seed: () => {}, routes: inboxRoutes }
