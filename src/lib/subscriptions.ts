import type { MessageKind } from '@contract'

/**
 * Asks the user to allow the subscription messages that the action they just took warrants
 * (e.g. 'appointment_reminder' when confirming a booking, 'case_stage' when submitting an
 * application). WeChat only allows the request inside a tap: call it synchronously at the start of
 * the tap handler, before any await, and do not wait for it. Never throws; on H5 it does nothing.
 */
export function askForSubscriptions(kinds: MessageKind[]): Promise<void> {
  // Wired to the platform's subscription API and the message centre with the notifications work.
  void kinds
  return Promise.resolve()
}
