// What the domains contribute to the shared services (payables, inbox sources, erasures, records
// kept by law), collected from the domain list by server.ts and attached to the server's database.
// Consumers (the payment service, GET /inbox, POST /me/data-erasure) read them through the `db`
// they already hold, so one process may run several servers (tests do) with their own lists.
import type { InboxKind, PayableKind } from '../../contract'
import type { Db } from '../db/database'
import type { DomainModule } from '../http/types'
import type { InboxSource } from './inbox/sources'
import type { Payable } from './payments/payables'
import type { Erasure } from './privacy/erasure'

export interface Declarations {
  payables: ReadonlyMap<PayableKind, Payable>
  /** In the order of the domain list. */
  inboxSources: readonly (readonly [InboxKind, InboxSource])[]
  /** In the order of the domain list. */
  erasures: readonly Erasure[]
  /** The reasons shown to the user, in the order of the domain list, each once. */
  keptByLaw: readonly string[]
}

function entries<K extends string, V>(record: { readonly [key in K]?: V } | undefined): [K, V][] {
  return Object.entries(record ?? {}) as [K, V][]
}

/** Collects every domain's declarations; a kind or an erasure item declared twice is a startup error. */
export function collectDeclarations(domains: readonly DomainModule[]): Declarations {
  const payables = new Map<PayableKind, Payable>()
  const payableOwner = new Map<PayableKind, string>()
  const inboxSources: [InboxKind, InboxSource][] = []
  const inboxOwner = new Map<InboxKind, string>()
  const erasures: Erasure[] = []
  const keptByLaw: string[] = []
  for (const domain of domains) {
    for (const [kind, payable] of entries(domain.payables)) {
      const owner = payableOwner.get(kind)
      if (owner !== undefined) throw new Error(`payable kind '${kind}' is declared by both ${owner} and ${domain.name}`)
      payableOwner.set(kind, domain.name)
      payables.set(kind, payable)
    }
    for (const [kind, source] of entries(domain.inboxSources)) {
      const owner = inboxOwner.get(kind)
      if (owner !== undefined) throw new Error(`inbox source '${kind}' is declared by both ${owner} and ${domain.name}`)
      inboxOwner.set(kind, domain.name)
      inboxSources.push([kind, source])
    }
    for (const erasure of domain.erasures ?? []) {
      if (erasures.some((e) => e.item === erasure.item)) throw new Error(`erasure item '${erasure.item}' is declared twice (${domain.name})`)
      erasures.push(erasure)
    }
    for (const kept of domain.keptByLaw ?? []) if (!keptByLaw.includes(kept.reason)) keptByLaw.push(kept.reason)
  }
  return { payables, inboxSources, erasures, keptByLaw }
}

const attached = new WeakMap<Db, Declarations>()

export function attachDeclarations(db: Db, declarations: Declarations): void {
  attached.set(db, declarations)
}

/** The declarations of the server that opened `db` (buildServer attaches them before any request). */
export function declarationsOf(db: Db): Declarations {
  const declarations = attached.get(db)
  if (declarations === undefined) throw new Error('no domain declarations attached to this database: open it through buildServer()')
  return declarations
}
