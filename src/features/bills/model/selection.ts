// Which unpaid bills the user ticked, and what they add up to (integer 分).

export interface PayableBill {
  id: string
  amountFen: number
  status: string
}

export function payable(bills: readonly PayableBill[]): PayableBill[] {
  return bills.filter((bill) => bill.status === 'unpaid')
}

export function selectedTotalFen(bills: readonly PayableBill[], selected: ReadonlySet<string>): number {
  return payable(bills)
    .filter((bill) => selected.has(bill.id))
    .reduce((sum, bill) => sum + bill.amountFen, 0)
}

/** Items for POST /payments, in the order shown. */
export function paymentItems(bills: readonly PayableBill[], selected: ReadonlySet<string>): string {
  return payable(bills)
    .filter((bill) => selected.has(bill.id))
    .map((bill) => `bill:${bill.id}`)
    .join(',')
}
