import type { MessageKind, SubscriptionDecisionsBody } from '@contract'
import { http } from '@/api/client'
import { platform } from '@/platform'

/**
 * Asks the user to allow the subscription messages that the action they just took warrants
 * (e.g. 'appointment_reminder' when confirming a booking, 'case_stage' when submitting an
 * application), then tells the server what they accepted (each acceptance lets one push through).
 * WeChat only allows the dialog inside a tap: call it synchronously at the start of the tap
 * handler, before any await, and do not wait for it. Never throws; on H5 it does nothing.
 */
export function askForSubscriptions(kinds: MessageKind[]): Promise<void> {
  const channel = platform.channel
  if (channel === 'h5' || kinds.length === 0) return Promise.resolve()
  return platform
    .requestSubscriptions(kinds)
    .then(async (decisions) => {
      if (!decisions || decisions.length === 0) return
      const body: SubscriptionDecisionsBody = {
        channel,
        decisions: decisions.map((decision) => ({ kind: decision.kind as MessageKind, accepted: decision.accepted })),
      }
      await http.post('/messages/subscriptions', body)
    })
    .catch(() => undefined)
}
