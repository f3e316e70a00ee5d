import type { ApplicationReceipt } from '@contract'

// The query password is shown once, on the result page: it is handed over in memory only (never
// in the URL or device storage); a reloaded result page shows the case without it.
const receipts = new Map<string, ApplicationReceipt>()

export const rememberReceipt = (receipt: ApplicationReceipt) => void receipts.set(receipt.id, receipt)
export const takeReceipt = (id: string): ApplicationReceipt | undefined => receipts.get(id)
