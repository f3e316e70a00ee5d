// The domain registry. Adding a domain = adding a folder under domains/ and one line here.
// Order matters: migrations and seeds run in this order (later domains reference personas).
import type { DomainModule } from '../http/types'
import { addressesDomain } from './addresses'
import { authDomain } from './auth'
import { catalogueDomain } from './catalogue'

export const domains: DomainModule[] = [authDomain, catalogueDomain, addressesDomain]
