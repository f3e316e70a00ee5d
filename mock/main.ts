// `npm run sandbox`: the sandbox on a file database (state survives restarts).
//   SANDBOX_PORT (8787)  SANDBOX_HOST (127.0.0.1)  SANDBOX_DB (mock/.data/sandbox.sqlite; `:memory:` = in memory)
//   SANDBOX_ADMIN=1 enables /__admin   SANDBOX_STATIC=<dir> serves a built H5 app at /
//   SANDBOX_FAULT_SEED seeds the fault-injection PRNG
//   SANDBOX_NOTIFY_DELAY_MS (2000) how long payment rails take to report a result
//   SANDBOX_TRUSTED_PROXIES comma-separated addresses/CIDRs of reverse proxies (X-Forwarded-For); none by default
import { resolve } from 'node:path'
import { sandboxDbFile } from './lib/db-file'
import { buildServer } from './server'

async function main(): Promise<void> {
  const port = Number(process.env.SANDBOX_PORT ?? 8787)
  const host = process.env.SANDBOX_HOST ?? '127.0.0.1'
  const dbFile = sandboxDbFile(process.env.SANDBOX_DB, resolve(__dirname, '.data', 'sandbox.sqlite'))
  const staticDir = process.env.SANDBOX_STATIC ? resolve(process.env.SANDBOX_STATIC) : undefined
  const admin = process.env.SANDBOX_ADMIN === '1'
  const notifyDelay = Number(process.env.SANDBOX_NOTIFY_DELAY_MS)
  const trustedProxies = (process.env.SANDBOX_TRUSTED_PROXIES ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')

  const app = await buildServer({
    dbFile,
    admin,
    staticDir,
    logger: { level: process.env.SANDBOX_LOG_LEVEL ?? 'info' },
    paymentNotifyDelayMs: Number.isInteger(notifyDelay) && notifyDelay >= 0 ? notifyDelay : undefined,
    trustedProxies,
    // Expire abandoned payments and apply due rail notifications even when nobody asks.
    sweepIntervalMs: 10_000,
  })
  const url = await app.listen({ port, host })
  const lines = [
    `城市服务 sandbox listening at ${url}`,
    `  API      ${url}/api/v1`,
    `  OpenAPI  ${url}/openapi.json`,
    `  DB       ${dbFile}`,
  ]
  lines.push(`  Rails    ${url}/rails (simulated WeChat Pay / Alipay / cashier, loopback only)`)
  if (admin) lines.push(`  Admin    ${url}/__admin (loopback only)`)
  if (trustedProxies.length > 0) lines.push(`  Proxies  X-Forwarded-For believed from ${trustedProxies.join(', ')}`)
  if (staticDir) lines.push(`  H5 app   ${url}/ (from ${staticDir})`)
  process.stdout.write(`${lines.join('\n')}\n`)

  const shutdown = (signal: string) => {
    app.log.info({ signal }, 'shutting down')
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.once('SIGINT', () => shutdown('SIGINT'))
  process.once('SIGTERM', () => shutdown('SIGTERM'))
}

main().catch((error: unknown) => {
  process.stderr.write(`sandbox failed to start: ${error instanceof Error ? error.stack : String(error)}\n`)
  process.exit(1)
})
