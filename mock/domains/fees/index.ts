import type { DomainModule } from '../../http/types'
import { feeInboxSource } from './inbox'
import { feePayable } from './payable'
import { feeRoutes } from './routes'
import { migrate } from './schema'
import { seed } from './seed'

export const feesDomain: DomainModule = {
  name: 'fees',
  migrate,
  seed,
  routes: feeRoutes,
  payables: { fee: feePayable },
  inboxSources: { fee: feeInboxSource },
  erasures: [{ item: '查询过的缴款码', tables: ['fee_lookups'] }],
}
