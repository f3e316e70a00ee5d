import type { DomainRoutes } from '../../http/types'

// The 消息中心 routes (list, read, subscriptions) land with issue 9; notify() already stores messages.
export const messageRoutes: DomainRoutes = async () => {}
