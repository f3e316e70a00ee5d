// Shared server types: the context every domain receives and the domain module shape.
import type { FastifyPluginAsync, FastifyRequest } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { RawServerDefault } from 'fastify'
import type { Db } from '../db/database'
import type { OffsetClock } from '../lib/clock'
import type { InboxKind, PayableKind, UserKind } from '../../contract'
import type { InboxSource } from '../domains/inbox/sources'
import type { Payable } from '../domains/payments/payables'
import type { Erasure, KeptByLaw } from '../domains/privacy/erasure'

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

/**
 * Adding a domain = adding a folder that exports one of these and listing it in domains/index.ts.
 * Everything a domain contributes to the shared services is a field here; server.ts registers the
 * fields of every listed domain (domains/declarations.ts), so nothing is registered by importing a
 * module for its side effects. `domains/declarations.test.ts` checks that every payable and inbox
 * kind of the contract has exactly one owner and that every table holding a user's rows is declared
 * erasable or kept by the domain that created it.
 */
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
  /** Payable kinds this domain owns (contract PAYABLE_KINDS): what the payment service charges. */
  payables?: { readonly [K in PayableKind]?: Payable }
  /** To-do inbox sources this domain owns (contract INBOX_KINDS), conventionally in `inbox.ts`. */
  inboxSources?: { readonly [K in InboxKind]?: InboxSource }
  /** 删除我的数据: the user's rows in this domain's own tables that go. */
  erasures?: readonly Erasure[]
  /** The user's rows in this domain's own tables that stay, and why (shown to the user). */
  keptByLaw?: readonly KeptByLaw[]
}

/** The caller of a route behind `ctx.authenticate`. */
export function currentUser(request: FastifyRequest): AuthUser {
  if (request.user === null) throw new Error('currentUser() used on a route without ctx.authenticate')
  return request.user
}
