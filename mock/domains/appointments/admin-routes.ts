// /__admin/appointments (sandbox only, loopback only): set one slot's capacity (a counter opens or
// closes); new places go to the slot's waitlist at once.
import { AdminSlotCapacityBodySchema, SlotSchema } from '../../../contract'
import { hallById } from '../../data/halls'
import { BODY_PROBLEMS, responses } from '../../http/responses'
import type { DomainRoutes } from '../../http/types'
import { toIso } from '../../lib/clock'
import { appointmentProblems } from './problems'
import { appointmentsRepo } from './repo'
import { instantOf } from './rules'

export const appointmentAdminRoutes: DomainRoutes = async (app, { ctx }) => {
  const repo = appointmentsRepo(ctx.db)

  app.put(
    '/appointments/slot-capacity',
    {
      schema: {
        tags: ['sandbox-admin'],
        summary: "Set one slot's capacity (any date); freed places go to its waitlist (sandbox)",
        body: AdminSlotCapacityBodySchema,
        response: responses({ 200: SlotSchema }, ...BODY_PROBLEMS),
      },
    },
    async (request) => {
      const body = request.body
      const now = ctx.clock.now()
      repo.sweep(now)
      const hall = hallById(body.hallId)
      if (!hall) throw appointmentProblems.unknownHall()
      const service = repo.hallService(hall.id, body.serviceCode)
      if (!service) throw appointmentProblems.serviceNotHandled()
      const day = repo.dayOf(hall, service, body.date)
      const slot = day.find((s) => s.time.start === body.start)
      if (!slot) throw appointmentProblems.noSuchSlot()
      repo.setCapacity({ hall, service, date: body.date, time: slot.time }, body.capacity, now)
      const after = repo.dayOf(hall, service, body.date).find((s) => s.time.start === body.start) as typeof slot
      return {
        date: body.date,
        start: after.time.start,
        end: after.time.end,
        startsAt: toIso(instantOf(body.date, after.time.start)),
        capacity: after.capacity,
        remaining: after.remaining,
        waitlisted: after.waitlisted,
      }
    },
  )
}
