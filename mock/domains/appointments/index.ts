import type { DomainModule } from '../../http/types'
import { registerErasure } from '../privacy/erasure'
import { appointmentAdminRoutes } from './admin-routes'
// Registers the 'appointment' source of the to-do inbox.
import './inbox-source'
import { sweepAppointments } from './repo'
import { appointmentRoutes } from './routes'
import { migrate } from './schema'
import { seed } from './seed'

// 删除我的数据: waiting waitlist entries are the user's own wish and go; bookings are kept (the
// privacy domain names appointment history among the records kept by law).
registerErasure({
  item: '预约候补登记',
  erase: (db, userId) => db.prepare("DELETE FROM appt_waitlist WHERE user_id = ? AND status = 'waiting'").run(userId).changes,
})

export const appointmentsDomain: DomainModule = {
  name: 'appointments',
  migrate,
  seed: (db) => seed(db),
  routes: appointmentRoutes,
  admin: appointmentAdminRoutes,
  sweep: sweepAppointments,
}
