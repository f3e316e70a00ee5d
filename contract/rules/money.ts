/** Money is integer 分 end to end; this is the only place it becomes text. ¥12.30 */
export function formatFen(fen: number): string {
  if (!Number.isInteger(fen)) throw new TypeError(`amount must be integer 分, got ${fen}`)
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  const yuan = Math.floor(abs / 100)
  const cents = String(abs % 100).padStart(2, '0')
  return `${sign}¥${yuan.toLocaleString('en-US')}.${cents}`
}
