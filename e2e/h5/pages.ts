// Every H5 page of the app, with how to open it with real data (ids come from the sandbox),
// for the checks that must cover the whole app: axe in normal and elder mode.
import type { BookableDates, BookingList, BookingResult, CaseSummary, Payment, Vehicle, ViolationList } from '@contract'
import { encodeItems } from '@/api/payable-ref'
import { api, type H5Session } from './browser'

export interface AppPage {
  /** The route, for messages and screenshot names. */
  route: string
  /** The URL path with its query, given a logged-in resident. */
  open(h5: H5Session, token: string): Promise<string>
}

const at = (path: string) => async () => path

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
  return encodeURIComponent(found.id)
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

export const APP_PAGES: AppPage[] = [
  { route: 'pages/home/index', open: at('/pages/home/index') },
  { route: 'pages/catalogue/index', open: at('/pages/catalogue/index') },
  {
    route: 'more/pages/catalogue-item/index',
    open: async (h5, token) => {
      const items = await api<{ items: Array<{ id: string }> }>(h5, '/catalogue/items?city=330100&page=1&pageSize=1', token)
      return `/more/pages/catalogue-item/index?id=${encodeURIComponent(items.items[0].id)}`
    },
  },
  { route: 'pages/me/index', open: at('/pages/me/index') },
  { route: 'pages/city/index', open: at('/pages/city/index') },
  { route: 'more/pages/settings/index', open: at('/more/pages/settings/index') },
  { route: 'more/pages/privacy/index', open: at('/more/pages/privacy/index') },
  { route: 'more/pages/agreement/index', open: at('/more/pages/agreement/index') },
  { route: 'features/bills/pages/accounts/index', open: at('/features/bills/pages/accounts/index') },
  { route: 'features/bills/pages/add/index', open: at('/features/bills/pages/add/index') },
  { route: 'features/bills/pages/account/index', open: async (h5, token) => `/features/bills/pages/account/index?id=${encodeURIComponent(await firstAccount(h5, token))}` },
  {
    route: 'features/bills/pages/bill/index',
    open: async (h5, token) => {
      const bills = await api<{ items: Array<{ id: string }> }>(h5, `/utilities/accounts/${await firstAccount(h5, token)}/bills?status=all`, token)
      return `/features/bills/pages/bill/index?id=${encodeURIComponent(bills.items[0].id)}`
    },
  },
  { route: 'features/fines/pages/vehicles/index', open: at('/features/fines/pages/vehicles/index') },
  { route: 'features/fines/pages/bind/index', open: at('/features/fines/pages/bind/index') },
  {
    route: 'features/fines/pages/violations/index',
    open: async (h5, token) => `/features/fines/pages/violations/index?vehicleId=${encodeURIComponent(await firstVehicle(h5, token))}`,
  },
  {
    route: 'features/fines/pages/violation/index',
    open: async (h5, token) => {
      const list = await api<ViolationList>(h5, `/fines/vehicles/${await firstVehicle(h5, token)}/violations`, token)
      return `/features/fines/pages/violation/index?id=${encodeURIComponent(list.items[0].id)}`
    },
  },
  { route: 'features/fines/pages/decision/index', open: at('/features/fines/pages/decision/index') },
  { route: 'features/fees/pages/pay/index', open: at('/features/fees/pages/pay/index') },
  {
    // Opening checkout creates a payment for the item (as tapping 缴费 would).
    route: 'features/payments/pages/checkout/index',
    open: async (h5, token) => {
      const bills = await api<{ items: Array<{ id: string }> }>(h5, `/utilities/accounts/${await firstAccount(h5, token)}/bills?status=unpaid`, token)
      return `/features/payments/pages/checkout/index?items=${encodeURIComponent(encodeItems([{ kind: 'bill', id: bills.items[bills.items.length - 1].id }]))}`
    },
  },
  { route: 'features/payments/pages/history/index', open: at('/features/payments/pages/history/index') },
  {
    route: 'features/payments/pages/result/index',
    open: async (h5, token) => `/features/payments/pages/result/index?id=${encodeURIComponent((await paidPayment(h5, token)).id)}`,
  },
  {
    route: 'features/payments/pages/receipt/index',
    open: async (h5, token) => `/features/payments/pages/receipt/index?paymentId=${encodeURIComponent((await paidPayment(h5, token)).id)}`,
  },
  { route: 'features/messages/pages/list/index', open: at('/features/messages/pages/list/index') },
  { route: 'features/cases/pages/list/index', open: at('/features/cases/pages/list/index') },
  { route: 'features/cases/pages/lookup/index', open: at('/features/cases/pages/lookup/index') },
  { route: 'features/cases/pages/detail/index', open: async (h5, token) => `/features/cases/pages/detail/index?id=${await caseWaitingFor(h5, token, null)}` },
  { route: 'features/cases/pages/correction/index', open: async (h5, token) => `/features/cases/pages/correction/index?id=${await caseWaitingFor(h5, token, 'correction')}` },
  { route: 'features/cases/pages/rate/index', open: async (h5, token) => `/features/cases/pages/rate/index?id=${await caseWaitingFor(h5, token, 'rating')}` },
  { route: 'features/appointments/pages/halls/index', open: at('/features/appointments/pages/halls/index') },
  { route: 'features/appointments/pages/book/index', open: at(`/features/appointments/pages/book/index?hallId=${APPOINTMENT_HALL}&service=id-card`) },
  {
    route: 'features/appointments/pages/confirm/index',
    open: async (h5, token) => {
      const dates = await api<BookableDates>(h5, `/appointments/halls/${APPOINTMENT_HALL}/dates?service=id-card`, token)
      return `/features/appointments/pages/confirm/index?hallId=${APPOINTMENT_HALL}&service=id-card&date=${dates.items[0].date}&start=10:00&mode=book`
    },
  },
  { route: 'features/appointments/pages/mine/index', open: async (h5, token) => (await upcomingBooking(h5, token), '/features/appointments/pages/mine/index') },
  {
    route: 'features/appointments/pages/detail/index',
    open: async (h5, token) => `/features/appointments/pages/detail/index?id=${encodeURIComponent(await upcomingBooking(h5, token))}`,
  },
  { route: 'features/certificates/pages/wallet/index', open: at('/features/certificates/pages/wallet/index') },
  { route: 'features/certificates/pages/certificate/index', open: at('/features/certificates/pages/certificate/index?id=cert_resident_id') },
  { route: 'features/certificates/pages/usage/index', open: at('/features/certificates/pages/usage/index?id=cert_resident_id') },
  { route: 'features/certificates/pages/apply/index', open: at('/features/certificates/pages/apply/index?type=residence_permit_apply') },
  {
    // An application submitted through the API (the result page of a reload: without the password).
    route: 'features/certificates/pages/result/index',
    open: async (h5, token) => {
      const receipt = await api<{ id: string }>(h5, '/certificates/applications', token, {
        method: 'POST',
        body: JSON.stringify({
          typeId: 'driving_licence_renewal',
          cityCode: '330100',
          fields: [
            { name: 'name', value: '王大友' },
            { name: 'idNumber', value: '11010519491231002X' },
            { name: 'mobile', value: '13757179050' },
            { name: 'fileNumber', value: '330100125821' },
            { name: 'healthCheck', value: 'hall' },
          ],
          delivery: { method: 'pickup', hallId: 'hall-330100-1' },
        }),
      })
      return `/features/certificates/pages/result/index?id=${encodeURIComponent(receipt.id)}`
    },
  },
]

/** Opened before logging in (the login page shows the persona picker only when logged out). */
export const LOGGED_OUT_PAGES: AppPage[] = [{ route: 'pages/login/index', open: at('/pages/login/index') }]

/** Every route of app.config.ts that no entry covers (the a11y test fails on any). */
export function uncoveredRoutes(configured: string[]): string[] {
  const covered = new Set([...APP_PAGES, ...LOGGED_OUT_PAGES].map((page) => page.route))
  return configured.filter((route) => !covered.has(route))
}
