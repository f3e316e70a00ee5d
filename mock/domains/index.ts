// The domain registry. Adding a domain = adding a folder under domains/ and one line here.
// Order matters: migrations and seeds run in this order (later domains reference personas;
// utilities, fines and fees reference payments; messages come before every domain that notifies).
import type { DomainModule } from '../http/types'
import { addressesDomain } from './addresses'
import { appointmentsDomain } from './appointments'
import { authDomain } from './auth'
import { casesDomain } from './cases'
import { catalogueDomain } from './catalogue'
import { certificatesDomain } from './certificates'
import { feesDomain } from './fees'
import { finesDomain } from './fines'
import { inboxDomain } from './inbox'
import { messagesDomain } from './messages'
import { paymentsDomain } from './payments'
import { privacyDomain } from './privacy'
import { utilitiesDomain } from './utilities'

export const domains: DomainModule[] = [
  authDomain,
  catalogueDomain,
  addressesDomain,
  messagesDomain,
  paymentsDomain,
  utilitiesDomain,
  finesDomain,
  feesDomain,
  casesDomain,
  appointmentsDomain,
  certificatesDomain,
  // New domains go here, one per line (appointments, cases, certificates …); inbox and privacy stay last.
  inboxDomain,
  privacyDomain,
]
