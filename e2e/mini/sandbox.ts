// The real platform API sandbox (mock/server.ts) on a random loopback port.

import type { AddressInfo } from 'node:net'
import { buildServer, type BuildServerOptions, type SandboxServer } from '../../mock/server'

export interface RunningSandbox {
  app: SandboxServer
  /** e.g. http://127.0.0.1:40123 */
  origin: string
  close(): Promise<void>
}

export async function startSandbox(options: BuildServerOptions = {}): Promise<RunningSandbox> {
  const app = await buildServer({ logger: false, ...options })
  await app.listen({ host: '127.0.0.1', port: 0 })
  const { port } = app.server.address() as AddressInfo
  return { app, origin: `http://127.0.0.1:${port}`, close: () => app.close() }
}
