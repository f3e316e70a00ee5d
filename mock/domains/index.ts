// The domain registry. Adding a domain = adding a folder under domains/ and one line here.
// Order matters: migrations and seeds run in this order (later domains reference personas;
// utilities references payments, and seeds earlier payments through the payment service).
import type { DomainModule } from '../http/types'
import { addressesDomain } from './addresses'
import { authDomain } from './auth'
import { catalogueDomain } from './catalogue'
import { paymentsDomain } from './payments'
import { utilitiesDomain } from './utilities'

export const domains: DomainModule[] = [authDomain, catalogueDomain, addressesDomain, paymentsDomain, utilitiesDomain]
