// The platform API sandbox: one Fastify instance, the domains in domains/index.ts under /api/v1,
// the OpenAPI 3.1 document at /openapi.json, optional admin routes and an optional static H5 app.
import Fastify, { type FastifyInstance } from 'fastify'
import cors from '@fastify/cors'
import fastifyStatic from '@fastify/static'
import swagger from '@fastify/swagger'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { resolve } from 'node:path'
import { isMemoryFile, openDatabase, openPreparedMemoryDatabase, seedOnce, type Db } from './db/database'
import { domains } from './domains'
import { attachDeclarations, collectDeclarations } from './domains/declarations'
import { createAuthRepo } from './domains/auth/repo'
import { createAuthenticate } from './domains/auth/authenticate'
import { adminRoutes, isLoopback } from './faults/admin-routes'
import { registerFaultHooks } from './faults/fault-hooks'
import { FaultInjector } from './faults/fault-injector'
import { registerContractHooks } from './http/contract-hooks'
import { handleError } from './http/error-handler'
import { registerJsonBodyParser } from './http/json-body'
import { registerNotFound } from './http/not-found'
import { finishOpenApiDocument, type OpenApiDocument } from './http/openapi'
import { REQUEST_BODY_EXAMPLES } from './http/openapi-examples'
import { ADMIN_PREFIX, API_PREFIX, RAILS_PREFIX } from './http/path'
import { genReqId, loggerOptions, registerRequestIdHeader, RequestLogController, REQUEST_ID_HEADER } from './http/request-log'
import { collectRoutes, type RouteIndex } from './http/route-index'
import { sharedSchemaController } from './http/schema-compilers'
import type { AppContext } from './http/types'
import { createOffsetClock, systemClock, type Clock, type OffsetClock } from './lib/clock'

export type { Clock } from './lib/clock'

export interface BuildServerOptions {
  /** SQLite file; default ':memory:'. */
  dbFile?: string
  /** Time source for everything time-dependent; default the system clock. */
  clock?: Clock
  /** Register /__admin (fault injection, clock offset); loopback clients only. */
  admin?: boolean
  /** Fastify/pino logger: false (default), true, or pino options (e.g. `{ level, stream }`). */
  logger?: boolean | object
  /** Serve a built H5 app from this directory at `/` with an SPA fallback to index.html. */
  staticDir?: string
  /** Seed of the fault-injection PRNG; default SANDBOX_FAULT_SEED or 42. */
  faultSeed?: number
  /** Check every response against its schema; default: on unless NODE_ENV=production. */
  validateResponses?: boolean
  /** Maximum request body in bytes; default 64 KiB. */
  bodyLimit?: number
  /**
   * Reverse proxies whose X-Forwarded-For is believed (addresses or CIDRs, Fastify `trustProxy`);
   * default none: the client address is the socket peer. Rate limits key on the resulting
   * `request.ip`; admin and rail routes refuse anything forwarded.
   */
  trustedProxies?: string[]
  /**
   * How long after a rail accepts a payment its result notification reaches the server (applied
   * by the injected clock, lazily on reads and in the sweep); default 2000.
   */
  paymentNotifyDelayMs?: number
  /** Run the domains' time-driven sweep (payment expiry, due notifications) every N ms; default off. */
  sweepIntervalMs?: number
}

export interface SandboxDecorations {
  sandbox: {
    /** The database (tests inspect what was stored). */
    db: Db
    clock: OffsetClock
    faults: FaultInjector
    routes: RouteIndex
    /** Runs every domain's sweep now (what the periodic sweep does). */
    sweep(): void
  }
}

export type SandboxServer = FastifyInstance & SandboxDecorations

/** A content hash in the file name (`app.1a2b3c4d.js`, `app.1a2b3c4d5e6f.css`), before any `.br`/`.gz`. */
const HASHED_ASSET = /\.[0-9a-f]{8,}\.[a-z0-9]+(\.(br|gz))?$/

/**
 * Hashed assets never change under their name: cached for a year without revalidation. Anything
 * else (index.html, which names the current hashes) is revalidated on every load.
 */
export function staticCacheControl(filePath: string): string {
  return HASHED_ASSET.test(filePath) ? 'public, max-age=31536000, immutable' : 'no-cache'
}

/** Origins of local dev servers (the H5 dev server runs on another port). */
const LOCAL_ORIGIN = /^http:\/\/(localhost|127\.0\.0\.1)(:[0-9]{1,5})?$/

export async function buildServer(opts: BuildServerOptions = {}): Promise<SandboxServer> {
  const clock = createOffsetClock(opts.clock ?? systemClock)
  // Migrations run on every start; seeds once per database. An in-memory database starts as a
  // copy of one prepared for the same start time earlier in this process (seeds depend on nothing
  // else), which spares each test its seeding.
  // What each domain contributes to the shared services (payables, inbox sources, erasures, records
  // kept by law), collected from the list: a duplicate kind fails here, at startup. Attached to the
  // database before seeding (seeds may use them) and to the copy the server then works on.
  const declarations = collectDeclarations(domains)
  const nowMs = clock.now()
  const prepare = (db: Db) => {
    attachDeclarations(db, declarations)
    for (const domain of domains) domain.migrate(db)
    for (const domain of domains) seedOnce(db, domain.name, nowMs, () => domain.seed(db, { nowMs }))
  }
  const dbFile = opts.dbFile ?? ':memory:'
  const db = isMemoryFile(dbFile) ? openPreparedMemoryDatabase(String(nowMs), prepare) : openDatabase(dbFile)
  if (!isMemoryFile(dbFile)) prepare(db)
  attachDeclarations(db, declarations)
  const envSeed = Number(process.env.SANDBOX_FAULT_SEED)
  const faults = new FaultInjector(opts.faultSeed ?? (Number.isInteger(envSeed) ? envSeed : 42))
  const adminAllowed = (request: Parameters<typeof isLoopback>[0]) => opts.admin === true && isLoopback(request)

  const app = Fastify({
    logger: loggerOptions(opts.logger),
    logController: new RequestLogController(),
    requestIdHeader: false,
    genReqId,
    // Validators and serializers compiled once per process, not per server (http/schema-compilers.ts).
    schemaController: sharedSchemaController,
    bodyLimit: opts.bodyLimit ?? 64 * 1024,
    trustProxy: opts.trustedProxies !== undefined && opts.trustedProxies.length > 0 ? opts.trustedProxies : false,
    ajv: {
      customOptions: {
        // Unknown fields are errors (UNKNOWN_FIELD), never silently dropped; bodies are never
        // coerced (query strings and params are converted by the contract hooks instead).
        removeAdditional: false,
        coerceTypes: false,
        useDefaults: true,
        // Report every field at once so forms can mark them all. Bodies are capped by bodyLimit.
        allErrors: true,
        // Errors carry their schema, for Chinese messages from `title` and `x-hint`.
        verbose: true,
        keywords: ['x-hint'],
      },
    },
    // Router-level failures (malformed URL, over-long params) become problems too.
    frameworkErrors: (error, request, reply) => {
      handleError(error, request, reply)
    },
  }).withTypeProvider<TypeBoxTypeProvider>()

  app.addHook('onClose', async () => {
    db.close()
  })

  const routes = collectRoutes(app)
  const sweep = () => {
    const now = clock.now()
    for (const domain of domains) domain.sweep?.(db, now)
  }
  app.decorate('sandbox', { db, clock, faults, routes, sweep })
  app.decorateRequest('user', null)

  // JSON only: without the text/plain parser, anything but application/json is a 415.
  app.removeContentTypeParser('text/plain')
  registerJsonBodyParser(app)

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: '城市服务 平台 API（沙箱）',
        description: 'Platform API of the city services network, as simulated by the sandbox. Errors are RFC 9457 problem+json.',
        version: '1.0.0',
      },
      components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } } },
      tags: [
        { name: 'auth', description: '统一认证' },
        { name: 'addresses', description: '收件地址' },
        { name: 'catalogue', description: '统一导航：城市、主题、部门、事项' },
        { name: 'utilities', description: '生活缴费：缴费单位、户号、账单' },
        { name: 'payments', description: '统一支付：支付、电子票据' },
        { name: 'appointments', description: '预约办事：办事大厅、时段、预约、候补、签到' },
        { name: 'cases', description: '办件查询与好差评' },
        { name: 'certificates', description: '电子证照：证照夹、亮证、核验、用证记录、证照申请' },
        { name: 'inbox', description: '统一待办' },
        { name: 'messages', description: '消息中心' },
        { name: 'sandbox-admin', description: 'Sandbox only: fault injection, clock, test data' },
        { name: 'sandbox-rails', description: 'Sandbox only: simulated payment rails (WeChat Pay, Alipay, cashier), loopback only' },
      ],
    },
    // Named component schemas, operationIds, declared security, body examples (mock/http/openapi.ts).
    transformObject: (document) =>
      finishOpenApiDocument(('openapiObject' in document ? document.openapiObject : document.swaggerObject) as OpenApiDocument, {
        servers: [{ url: 'http://127.0.0.1:8787', description: '本地沙箱（npm run sandbox；端口可由 SANDBOX_PORT 改）' }],
        examples: REQUEST_BODY_EXAMPLES,
      }),
  })

  await app.register(cors, {
    origin: (origin, callback) => callback(null, origin !== undefined && LOCAL_ORIGIN.test(origin)),
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    allowedHeaders: ['Authorization', 'Idempotency-Key', 'Content-Type', 'X-Request-Id'],
    exposedHeaders: [REQUEST_ID_HEADER, 'Location', 'Retry-After', 'Allow', 'WWW-Authenticate'],
    maxAge: 600,
  })

  registerRequestIdHeader(app)
  registerFaultHooks(app, faults)
  registerContractHooks(app, { validateResponses: opts.validateResponses ?? process.env.NODE_ENV !== 'production' })
  app.setErrorHandler((error, request, reply) => handleError(error, request, reply))
  registerNotFound(app, routes, { spaFallback: opts.staticDir !== undefined, adminAllowed })

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger())

  const ctx: AppContext = {
    db,
    clock,
    authenticate: createAuthenticate(createAuthRepo(db), clock),
    paymentNotifyDelayMs: opts.paymentNotifyDelayMs ?? 2000,
  }
  await app.register(
    async (api) => {
      for (const domain of domains) await api.register(domain.routes, { ctx })
    },
    { prefix: API_PREFIX },
  )

  await app.register(
    async (rails) => {
      for (const domain of domains) if (domain.rails) await rails.register(domain.rails, { ctx })
    },
    { prefix: RAILS_PREFIX },
  )

  if (opts.admin === true) {
    const domainAdmin = domains.flatMap((domain) => (domain.admin ? [domain.admin] : []))
    await app.register(adminRoutes, { prefix: ADMIN_PREFIX, faults, clock, ctx, domainAdmin })
  }

  if (opts.sweepIntervalMs !== undefined && opts.sweepIntervalMs > 0) {
    const timer = setInterval(() => {
      try {
        sweep()
      } catch (error) {
        app.log.error({ err: error }, 'sweep failed')
      }
    }, opts.sweepIntervalMs)
    timer.unref()
    app.addHook('onClose', async () => clearInterval(timer))
  }

  if (opts.staticDir !== undefined) {
    await app.register(fastifyStatic, {
      root: resolve(opts.staticDir),
      prefix: '/',
      index: ['index.html'],
      // The H5 build writes `.br` and `.gz` beside each text asset (config/precompress.ts); the
      // client gets the best one it accepts, or the plain file.
      preCompressed: true,
      cacheControl: false,
      setHeaders: (res, filePath) => {
        res.setHeader('cache-control', staticCacheControl(filePath))
        res.setHeader('vary', 'Accept-Encoding')
      },
    })
    // Headers set on the reply (CORS sets `vary: Origin`) replace those set on the raw response,
    // where setHeaders writes: keep both.
    app.addHook('onSend', async (_request, reply) => {
      const rawVary = reply.raw.getHeader('vary')
      const vary = reply.getHeader('vary')
      if (typeof rawVary === 'string' && typeof vary === 'string' && !vary.toLowerCase().includes('accept-encoding')) {
        reply.header('vary', `${vary}, ${rawVary}`)
      }
    })
  }

  return app as unknown as SandboxServer
}
