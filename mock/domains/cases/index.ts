import type { DomainModule } from '../../http/types'
import { caseAdminRoutes } from './admin-routes'
import { caseInboxItems } from './inbox'
import { caseRoutes } from './routes'
import { migrate } from './schema'
import { seed } from './seed'
import { sweepCases } from './workflow'

// 办件查询 and 好差评: my cases, the public lookup, resubmission after 补正, ratings and their
// rectification; cases waiting for the applicant show in the to-do inbox.
export const casesDomain: DomainModule = {
  name: 'cases',
  migrate,
  seed,
  routes: caseRoutes,
  admin: caseAdminRoutes,
  sweep: sweepCases,
  inboxSources: { case: caseInboxItems },
  keptByLaw: [{ reason: '已提交的办件：政务服务档案，依法保存，不能删除', tables: ['cases'] }],
}
