// What a checkout pays for, and how it travels in a page URL (pure, no I/O).
import type { PayableKind } from '@contract'

export type { PayableKind }
export interface PayableRef {
  kind: PayableKind
  id: string
}

/** "bill:1,bill:2" — how items travel in a checkout URL. */
export function encodeItems(items: readonly PayableRef[]): string {
  return items.map((item) => `${item.kind}:${item.id}`).join(',')
}

export function decodeItems(text: string | undefined): PayableRef[] {
  if (!text) return []
  return decodeURIComponent(text)
    .split(',')
    .map((part) => part.split(':'))
    .filter((pair): pair is [PayableKind, string] => pair.length === 2 && ['bill', 'fine', 'fee'].includes(pair[0]) && !!pair[1])
    .map(([kind, id]) => ({ kind, id }))
}
