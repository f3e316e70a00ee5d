import type { DomainModule } from '../../http/types'
import { eraseRows, registerErasure, registerKeptRecord } from './erasure'
import { privacyRoutes } from './routes'

// What the shell's domains let a user erase. Feature domains register theirs from their own index.
registerErasure({ item: '生活缴费户号', erase: eraseRows('utility_bindings') })
registerErasure({ item: '绑定的车辆', erase: eraseRows('fine_vehicle_bindings') })
registerErasure({ item: '查询过的决定书和缴款码', erase: (db, userId) => eraseRows('fine_decision_lookups')(db, userId) + eraseRows('fee_lookups')(db, userId) })
registerErasure({ item: '收件地址', erase: eraseRows('addresses') })
registerErasure({ item: '消息和订阅', erase: (db, userId) => eraseRows('messages')(db, userId) + eraseRows('message_subscription_quota')(db, userId) })
registerKeptRecord('缴费记录和电子票据：财务凭证，依法保存，不能删除')
registerKeptRecord('已提交的办件和预约记录：政务服务档案，依法保存，不能删除')

export const privacyDomain: DomainModule = { name: 'privacy', migrate: () => {}, seed: () => {}, routes: privacyRoutes }
