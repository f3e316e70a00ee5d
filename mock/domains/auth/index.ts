import type { DomainModule } from '../../http/types'
import { authRoutes } from './routes'
import { migrate } from './schema'
import { seed } from './seed'

export const authDomain: DomainModule = {
  name: 'auth',
  migrate,
  seed,
  routes: authRoutes,
  // 删除我的数据 ends every session (privacy/routes.ts) but keeps the account and its login records.
  keptByLaw: [{ reason: '账号和登录记录：网络安全法要求留存网络日志不少于六个月；所有设备已退出登录', tables: ['personas', 'auth_sessions'] }],
}
