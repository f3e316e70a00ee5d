import type { DomainModule } from '../../http/types'
import { appointmentAdminRoutes } from './admin-routes'
// Registers the 'appointment' source of the to-do inbox.
import './inbox-source'
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
}
