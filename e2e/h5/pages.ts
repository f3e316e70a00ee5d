// Every H5 page of the app, with how to open it with real data (ids come from the sandbox),
// for the checks that must cover the whole app: axe in normal and elder mode.
import type { BookableDates, BookingList, BookingResult, CaseSummary, Payment, Vehicle, ViolationList } from '@contract'
import { routes, type Route } from '@/routes'
import { api, type H5Session } from './browser'

export interface AppPage {
  /** The route, for messages and screenshot names. */
  route: string
  /** The URL path with its query, given a logged-in resident. */
  open(h5: H5Session, token: string): Promise<string>
}

async function paidPayment(h5: H5Session, token: string): Promise<Payment> {
  const all = await api<{ items: Payment[] }>(h5, '/payments?status=all', token)
  const done = all.items.find((payment) => payment.status === 'success')
  if (done) return done
  // Pay one seeded bill through the cashier rail so the result and receipt pages have data.
  const accounts = await api<{ items: Array<{ id: string }> }>(h5, '/utilities/accounts', token)
  const bills = await api<{ items: Array<{ id: string }> }>(h5, `/utilities/accounts/${accounts.items[0].id}/bills?status=unpaid`, token)
  const created = await api<Payment>(h5, '/payments', token, {
    method: 'POST',
    headers: { 'idempotency-key': `pages-${Date.now()}` },
    body: JSON.stringify({ items: [{ kind: 'bill', id: bills.items[0].id }], channel: 'h5' }),
  })
  const params = created.channelParams as { cashierToken: string }
  await fetch(`${h5.origin}/rails/cashier/pay`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ cashierToken: params.cashierToken }),
  })
  for (let i = 0; i < 100; i += 1) {
    const now = await api<Payment>(h5, `/payments/${created.id}`, token)
    if (now.status === 'success') return now
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('payment did not succeed')
}

async function firstAccount(h5: H5Session, token: string): Promise<string> {
  return (await api<{ items: Array<{ id: string }> }>(h5, '/utilities/accounts', token)).items[0].id
}

async function firstVehicle(h5: H5Session, token: string): Promise<string> {
  return (await api<{ items: Vehicle[] }>(h5, '/fines/vehicles', token)).items[0].id
}

/** One of the resident's seeded cases: waiting for a correction or a rating, or (null) the one with the longest timeline. */
async function caseWaitingFor(h5: H5Session, token: string, waitingFor: CaseSummary['waitingFor']): Promise<string> {
  const { items } = await api<{ items: CaseSummary[] }>(h5, '/cases?filter=all', token)
  const found = waitingFor === null ? items.find((item) => item.stage === 'special') ?? items[0] : items.find((item) => item.waitingFor === waitingFor)
  if (!found) throw new Error(`no seeded case waiting for ${waitingFor}`)
  return found.id
}

const APPOINTMENT_HALL = 'hall-330100-1'

/** The resident's upcoming booking (made through the API when there is none yet). */
async function upcomingBooking(h5: H5Session, token: string): Promise<string> {
  const mine = await api<BookingList>(h5, '/appointments?status=upcoming', token)
  if (mine.items.length > 0) return mine.items[0].id
  const dates = await api<BookableDates>(h5, `/appointments/halls/${APPOINTMENT_HALL}/dates?service=id-card`, token)
  const result = await api<BookingResult>(h5, '/appointments', token, {
    method: 'POST',
    headers: { 'idempotency-key': `pages-${Date.now()}` },
    body: JSON.stringify({ hallId: APPOINTMENT_HALL, serviceCode: 'id-card', date: dates.items[dates.items.length - 1].date, start: '09:00' }),
  })
  return result.booking.id
}

/** An entry for a page of the routes table, opened at `url` (its URL without parameters by default). */
function entry(route: Pick<Route, 'path'>, open?: AppPage['open']): AppPage {
  return { route: route.path.slice(1), open: open ?? (async () => route.path) }
}

export const APP_PAGES: AppPage[] = [
  entry(routes.home),
  entry(routes.catalogue),
  entry(routes.more.catalogueItem, async (h5, token) => {
    const items = await api<{ items: Array<{ id: string }> }>(h5, '/catalogue/items?city=330100&page=1&pageSize=1', token)
    return routes.more.catalogueItem(items.items[0].id)
  }),
  entry(routes.me),
  entry(routes.city),
  entry(routes.more.settings),
  entry(routes.more.privacy),
  entry(routes.more.agreement),
  entry(routes.bills.accounts),
  entry(routes.bills.add),
  entry(routes.bills.account, async (h5, token) => routes.bills.account(await firstAccount(h5, token))),
  entry(routes.bills.bill, async (h5, token) => {
    const bills = await api<{ items: Array<{ id: string }> }>(h5, `/utilities/accounts/${await firstAccount(h5, token)}/bills?status=all`, token)
    return routes.bills.bill(bills.items[0].id)
  }),
  entry(routes.fines.vehicles),
  entry(routes.fines.bind),
  entry(routes.fines.violations, async (h5, token) => routes.fines.violations(await firstVehicle(h5, token))),
  entry(routes.fines.violation, async (h5, token) => {
    const list = await api<ViolationList>(h5, `/fines/vehicles/${await firstVehicle(h5, token)}/violations`, token)
    return routes.fines.violation(list.items[0].id)
  }),
  entry(routes.fines.decision),
  entry(routes.fees.pay),
  // Opening checkout creates a payment for the item (as tapping 缴费 would).
  entry(routes.payments.checkout, async (h5, token) => {
    const bills = await api<{ items: Array<{ id: string }> }>(h5, `/utilities/accounts/${await firstAccount(h5, token)}/bills?status=unpaid`, token)
    return routes.payments.checkout([{ kind: 'bill', id: bills.items[bills.items.length - 1].id }])
  }),
  entry(routes.payments.history),
  entry(routes.payments.result, async (h5, token) => routes.payments.result((await paidPayment(h5, token)).id)),
  entry(routes.payments.receipt, async (h5, token) => routes.payments.receipt((await paidPayment(h5, token)).id)),
  entry(routes.messages.list),
  entry(routes.cases.list),
  entry(routes.cases.lookup),
  entry(routes.cases.detail, async (h5, token) => routes.cases.detail(await caseWaitingFor(h5, token, null))),
  entry(routes.cases.correction, async (h5, token) => routes.cases.correction(await caseWaitingFor(h5, token, 'correction'))),
  entry(routes.cases.rate, async (h5, token) => routes.cases.rate(await caseWaitingFor(h5, token, 'rating'))),
  entry(routes.appointments.halls),
  entry(routes.appointments.book, async () => routes.appointments.book(APPOINTMENT_HALL, 'id-card')),
  entry(routes.appointments.confirm, async (h5, token) => {
    const dates = await api<BookableDates>(h5, `/appointments/halls/${APPOINTMENT_HALL}/dates?service=id-card`, token)
    return routes.appointments.confirm({ hallId: APPOINTMENT_HALL, service: 'id-card', date: dates.items[0].date, start: '10:00', mode: 'book' })
  }),
  entry(routes.appointments.mine, async (h5, token) => (await upcomingBooking(h5, token), routes.appointments.mine())),
  entry(routes.appointments.detail, async (h5, token) => routes.appointments.detail(await upcomingBooking(h5, token))),
  entry(routes.certificates.wallet),
  entry(routes.certificates.certificate, async () => routes.certificates.certificate('cert_resident_id')),
  entry(routes.certificates.usage, async () => routes.certificates.usage('cert_resident_id')),
  entry(routes.certificates.apply, async () => routes.certificates.apply('residence_permit_apply')),
  // An application submitted through the API (the result page of a reload: without the password).
  entry(routes.certificates.result, async (h5, token) => {
    const receipt = await api<{ id: string }>(h5, '/certificates/applications', token, {
      method: 'POST',
      body: JSON.stringify({
        typeId: 'driving_licence_renewal',
        cityCode: '330100',
        fields: [
          { name: 'fileNumber', value: '330100125821' },
          { name: 'healthCheck', value: 'hall' },
        ],
        delivery: { method: 'pickup', hallId: 'hall-330100-1' },
      }),
    })
    return routes.certificates.result(receipt.id)
  }),
]

/** Opened before logging in (the login page shows the persona picker only when logged out). */
export const LOGGED_OUT_PAGES: AppPage[] = [entry(routes.login)]

/** Every route of app.config.ts that no entry covers (the a11y test fails on any). */
export function uncoveredRoutes(configured: string[]): string[] {
  const covered = new Set([...APP_PAGES, ...LOGGED_OUT_PAGES].map((page) => page.route))
  return configured.filter((route) => !covered.has(route))
}
