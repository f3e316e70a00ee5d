// 行政处罚决定书编号: 16 digits = 6-digit issuing region + 4-digit year + 6-digit serial. The serial is
// drawn at random (crypto), never counted up: a number printed on one person's decision must not
// lead to the next person's (issue 14: 200 sequential numbers revealed 14 other people's fines).
import { randomInt } from 'node:crypto'

const SERIAL_SPACE = 1_000_000

/** A fresh decision number with this 10-digit prefix (region + year) that `taken` does not know. */
export function newDecisionNumber(prefix: string, taken: (number: string) => boolean): string {
  if (!/^[0-9]{10}$/.test(prefix)) throw new Error(`decision number prefix must be 10 digits: ${prefix}`)
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const candidate = `${prefix}${String(randomInt(SERIAL_SPACE)).padStart(6, '0')}`
    if (!taken(candidate)) return candidate
  }
  throw new Error(`no free decision number under ${prefix}`)
}
