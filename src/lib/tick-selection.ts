import { useCallback, useEffect, useState } from 'react'

// One selection model for every tick-list that leads to a payment (bills of a 户号, fines of a
// vehicle, the next payable list): the payable rows start ticked (most people pay all they owe),
// a tap toggles one, and only rows that are still payable count, in the order shown.

/** The payable rows that are ticked, in the order shown. */
export function tickedRows<T extends { id: string }>(payable: readonly T[], selected: ReadonlySet<string>): T[] {
  return payable.filter((row) => selected.has(row.id))
}

/** The sum of the ticked payable rows, integer 分. */
export function tickedTotalFen<T extends { id: string }>(payable: readonly T[], selected: ReadonlySet<string>, amountFen: (row: T) => number): number {
  return tickedRows(payable, selected).reduce((sum, row) => sum + amountFen(row), 0)
}

export function toggled(selected: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(selected)
  if (next.has(id)) next.delete(id)
  else next.add(id)
  return next
}

/** The selection state of a tick-list; `payable` must be memoized (a new array re-ticks everything). */
export function useTickSelection<T extends { id: string }>(payable: readonly T[]) {
  const [selected, setSelected] = useState<Set<string>>(() => new Set(payable.map((row) => row.id)))
  useEffect(() => setSelected(new Set(payable.map((row) => row.id))), [payable])
  const toggle = useCallback((id: string) => setSelected((current) => toggled(current, id)), [])
  return { selected, toggle }
}
