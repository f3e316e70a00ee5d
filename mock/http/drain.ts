// Over-limit bodies: Fastify refuses a request whose body exceeds bodyLimit before reading it and
// closes the connection; a client still sending (one that writes the whole body before reading,
// as most do) then gets EPIPE / ECONNRESET instead of the 413 (issue 14). Reading the rest of the
// body and discarding it first lets every client see the answer. Bounded: past DRAIN_MAX_BYTES or
// DRAIN_MAX_MS the answer goes out anyway and the connection is closed.
import type { IncomingMessage } from 'node:http'
import type { Readable } from 'node:stream'

export const DRAIN_MAX_BYTES = 32 * 1024 * 1024
export const DRAIN_MAX_MS = 15_000

/** Reads and discards what is left of the body; true when it ended within the bounds. */
export function drainRequestBody(raw: IncomingMessage | Readable, maxBytes = DRAIN_MAX_BYTES, maxMs = DRAIN_MAX_MS): Promise<boolean> {
  if (raw.readableEnded || (raw as Partial<IncomingMessage>).complete === true) return Promise.resolve(true)
  if (raw.destroyed) return Promise.resolve(false)
  return new Promise<boolean>((resolve) => {
    let seen = 0
    let settled = false
    const finish = (complete: boolean) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      raw.removeListener('data', onData)
      raw.removeListener('end', onEnd)
      raw.removeListener('error', onFail)
      raw.removeListener('close', onClose)
      resolve(complete)
    }
    const onData = (chunk: Buffer | string) => {
      seen += chunk.length
      if (seen > maxBytes) finish(false)
    }
    const onEnd = () => finish(true)
    const onFail = () => finish(false)
    const onClose = () => finish(raw.readableEnded)
    const timer = setTimeout(() => finish(false), maxMs)
    timer.unref()
    raw.on('data', onData)
    raw.once('end', onEnd)
    raw.once('error', onFail)
    raw.once('close', onClose)
    raw.resume()
  })
}
