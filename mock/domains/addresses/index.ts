import type { DomainModule } from '../../http/types'
import { addressRoutes } from './routes'
import { migrate } from './schema'
import { seed } from './seed'

export const addressesDomain: DomainModule = {
  name: 'addresses',
  migrate,
  seed,
  routes: addressRoutes,
  erasures: [{ item: '收件地址', tables: ['addresses'] }],
}
