import type { DomainModule } from '../../http/types'
import { privacyRoutes } from './routes'

// 删除我的数据. No tables of its own: each domain declares what of its own it erases and what it keeps
// by law (DomainModule.erasures / keptByLaw); this route runs them in one transaction.
export const privacyDomain: DomainModule = { name: 'privacy', migrate: () => {}, seed: () => {}, routes: privacyRoutes }
