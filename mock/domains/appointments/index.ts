import type { DomainModule } from '../../http/types'
import { appointmentAdminRoutes } from './admin-routes'
import { appointmentInboxItems } from './inbox'
import { sweepAppointments } from './repo'
import { appointmentRoutes } from './routes'
import { migrate } from './schema'
import { seed } from './seed'

export const appointmentsDomain: DomainModule = {
  name: 'appointments',
  migrate,
  seed: (db) => seed(db),
  routes: appointmentRoutes,
  admin: appointmentAdminRoutes,
  sweep: sweepAppointments,
  inboxSources: { appointment: appointmentInboxItems },
  // 删除我的数据: waiting waitlist entries are the user's own wish and go; bookings, no-show blocks
  // and finished waitlist entries are the hall's records.
  erasures: [
    {
      item: '预约候补登记',
      tables: ['appt_waitlist'],
      erase: (db, userId) => db.prepare("DELETE FROM appt_waitlist WHERE user_id = ? AND status = 'waiting'").run(userId).changes,
    },
  ],
  keptByLaw: [{ reason: '预约记录：政务服务档案，依法保存，不能删除', tables: ['appt_bookings', 'appt_blocks', 'appt_waitlist'] }],
}
