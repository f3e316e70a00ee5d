// Shared server types: the context every domain receives and the domain module shape.
import type { FastifyPluginAsync, FastifyRequest } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { RawServerDefault } from 'fastify'
import type { Db } from '../db/database'
import type { OffsetClock } from '../lib/clock'
import type { UserKind } from '../../contract'

/** The authenticated caller, set by the bearer preHandler. */
export interface AuthUser {
  userId: string
  personaId: string
  kind: UserKind
  sessionId: string
}

declare module 'fastify' {
  interface FastifyRequest {
    user: AuthUser | null
  }
}

export interface AppContext {
  db: Db
  clock: OffsetClock
  /**
   * Bearer-token check, used as an onRequest hook (so 401 comes before any body validation):
   * TOKEN_MISSING / TOKEN_INVALID / TOKEN_EXPIRED, sets `request.user`.
   */
  authenticate: (request: FastifyRequest) => Promise<void>
  /** How long a payment rail takes to notify the server of a result (buildServer option). */
  paymentNotifyDelayMs: number
}

export interface DomainPluginOptions {
  ctx: AppContext
}

export type DomainRoutes = FastifyPluginAsync<DomainPluginOptions, RawServerDefault, TypeBoxTypeProvider>

export interface SeedContext {
  /** "Now" from the injected clock when the database is seeded for the first time. */
  nowMs: number
}

/** Adding a domain = adding a folder that exports one of these and listing it in domains/index.ts. */
export interface DomainModule {
  name: string
  /** Idempotent schema setup (CREATE TABLE IF NOT EXISTS ...). Runs on every start. */
  migrate(db: Db): void
  /** Fictional seed data. Runs once per database (recorded in the meta table). */
  seed(db: Db, ctx: SeedContext): void
  routes: DomainRoutes
  /** Sandbox-only routes under /__admin (registered with `admin: true`, loopback clients only). */
  admin?: DomainRoutes
  /** Simulated third-party systems under /rails (e.g. payment rails); the plugin guards itself. */
  rails?: DomainRoutes
  /**
   * Time-driven work done lazily on requests (e.g. expiring payments), also run by the server's
   * periodic sweep (`sweepIntervalMs`) and by `app.sandbox.sweep()`.
   */
  sweep?(db: Db, nowMs: number): void
}

/** The caller of a route behind `ctx.authenticate`. */
export function currentUser(request: FastifyRequest): AuthUser {
  if (request.user === null) throw new Error('currentUser() used on a route without ctx.authenticate')
  return request.user
}
