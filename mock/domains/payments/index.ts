import type { DomainModule } from '../../http/types'
import { railRoutes } from './rails'
import { settlePayments } from './repo'
import { paymentRoutes } from './routes'
import { migrate } from './schema'
import { seed } from './seed'

export const paymentsDomain: DomainModule = {
  name: 'payments',
  migrate,
  seed,
  routes: paymentRoutes,
  rails: railRoutes,
  sweep: (db, nowMs) => {
    settlePayments(db, nowMs)
  },
  keptByLaw: [{ reason: '缴费记录和电子票据：财务凭证，依法保存，不能删除', tables: ['payments'] }],
}
