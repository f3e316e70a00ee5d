import type { DomainModule } from '../../http/types'
import { advanceDeliveries } from './delivery'
import { messageRoutes } from './routes'
import { migrate } from './schema'

// The 消息中心. Other domains add messages with notify() (notify.ts); pushes move through their
// states in advanceDeliveries (lazily on every message route, and in the sweep).
export const messagesDomain: DomainModule = {
  name: 'messages',
  migrate,
  seed: () => {},
  routes: messageRoutes,
  sweep: (db, nowMs) => advanceDeliveries(db, nowMs),
  erasures: [{ item: '消息和订阅', tables: ['messages', 'message_subscription_quota'] }],
}
