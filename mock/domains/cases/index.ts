import type { DomainModule } from '../../http/types'
import { registerInboxSource } from '../inbox/sources'
import { caseAdminRoutes } from './admin-routes'
import { caseInboxItems } from './inbox-source'
import { caseRoutes } from './routes'
import { migrate } from './schema'
import { seed } from './seed'
import { sweepCases } from './workflow'

// 办件查询 and 好差评: my cases, the public lookup, resubmission after 补正, ratings and their
// rectification; cases waiting for the applicant show in the to-do inbox.
registerInboxSource('case', caseInboxItems)

export const casesDomain: DomainModule = {
  name: 'cases',
  migrate,
  seed,
  routes: caseRoutes,
  admin: caseAdminRoutes,
  sweep: sweepCases,
}
