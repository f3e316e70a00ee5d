// Which bills can be ticked for payment and what they add up to (integer 分); the tick-list's
// state is the shared model (src/lib/tick-selection.ts).
import { tickedRows, tickedTotalFen } from '@/lib/tick-selection'

export interface PayableBill {
  id: string
  amountFen: number
  status: string
}

export function payable<T extends PayableBill>(bills: readonly T[]): T[] {
  return bills.filter((bill) => bill.status === 'unpaid')
}

export function selectedTotalFen(bills: readonly PayableBill[], selected: ReadonlySet<string>): number {
  return tickedTotalFen(payable(bills), selected, (bill) => bill.amountFen)
}

/** Items for POST /payments, in the order shown. */
export function paymentItems(bills: readonly PayableBill[], selected: ReadonlySet<string>): string {
  return tickedRows(payable(bills), selected)
    .map((bill) => `bill:${bill.id}`)
    .join(',')
}
