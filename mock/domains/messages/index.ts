import type { DomainModule } from '../../http/types'
import { messageRoutes } from './routes'
import { migrate } from './schema'

export const messagesDomain: DomainModule = { name: 'messages', migrate, seed: () => {}, routes: messageRoutes }
