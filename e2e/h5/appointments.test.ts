import type { BookableDates, Booking, BookingList, Inbox } from '@contract'
import type { SandboxServer } from '../../mock/server'
import { api, appToken, expectNoPersonalDataOnDevice, type H5Session, screenshot, startAsResident, startH5 } from './browser'

// 预约办事 (issue 7): book a slot at a 杭州 hall, see it in 我的预约 and in the home to-do inbox,
// cancel it, book again, then (with the sandbox clock moved to the day, 20 minutes before the slot)
// check in and get a queue number. A full slot offers the waitlist.
jest.setTimeout(240_000)

const HALL = { id: 'hall-330100-1', name: '杭州市民中心行政服务大厅' }
const SLOT = { start: '10:00', end: '10:30' }

let h5: H5Session
let firstDate: string
/** The second bookable date (the first one already has the resident's booking: one per day). */
let secondDate: string

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']
/** 2026-11-30 → 11月30日 周一, as the app writes dates. */
const dayLabel = (date: string) => {
  const d = new Date(`${date}T00:00:00Z`)
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${WEEKDAYS[d.getUTCDay()]}`
}
const monthDay = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8))}日`

beforeAll(async () => {
  h5 = await startH5()
  await startAsResident(h5)
  const dates = await api<BookableDates>(h5, `/appointments/halls/${HALL.id}/dates?service=id-card`, await appToken(h5))
  firstDate = dates.items[0].date
  secondDate = dates.items[1].date
})

afterAll(async () => {
  await h5?.close()
})

/** From the book page of the hall: 身份证办理 → the first bookable date → 10:00 → confirm. */
async function pickAndConfirm(chooseService: boolean) {
  const { page } = h5
  if (chooseService) await page.getByRole('radio', { name: '身份证办理' }).click()
  await page.getByRole('radio', { name: new RegExp(`^${dayLabel(firstDate)}`) }).click()
  await page.getByRole('radio', { name: new RegExp(`^${SLOT.start}–${SLOT.end}，余 \\d+ 个`) }).click()
  await page.locator('.nut-button', { hasText: '下一步：确认预约' }).click()
  await page.waitForURL(/\/features\/appointments\/pages\/confirm\/index/)
  // The masked name comes from the server.
  await page.locator('.confirm__value', { hasText: '*大友' }).waitFor()
  await page.locator('.confirm__value', { hasText: `${dayLabel(firstDate)} ${SLOT.start}–${SLOT.end}` }).waitFor()
  await page.locator('.nut-button', { hasText: /^确认预约$/ }).click()
  await page.waitForURL(/\/features\/appointments\/pages\/detail\/index\?id=apt_/)
  await page.locator('.detail__status', { hasText: '已预约' }).waitFor()
  return new URL(page.url()).searchParams.get('id') as string
}

test('book a slot: halls of 杭州, item, date, slot with places left, confirm with the masked name', async () => {
  const { page, origin } = h5
  await page.goto(`${origin}/pages/home/index`)
  await page.getByRole('button', { name: '预约办事', exact: true }).click()
  await page.waitForURL(/\/features\/appointments\/pages\/halls\/index/)
  await page.getByText('拱墅区政务服务中心').waitFor()
  await screenshot(page, '40-appointments-halls')
  await page.getByRole('link', { name: new RegExp(`^${HALL.name}`) }).click()
  await page.waitForURL(/\/features\/appointments\/pages\/book\/index/)
  await page.getByRole('radio', { name: '身份证办理' }).click()
  // Five working days, none of them today.
  const dateRadios = page.getByRole('radiogroup', { name: '预约日期' }).getByRole('radio')
  await dateRadios.first().waitFor()
  expect(await dateRadios.count()).toBe(5)
  await page.getByRole('radio', { name: new RegExp(`^${dayLabel(firstDate)}`) }).click()
  await page.getByRole('radio', { name: /^10:00–10:30，余 4 个$/ }).waitFor()
  await screenshot(page, '41-appointments-slots')
  await page.goBack()
  await page.getByRole('link', { name: new RegExp(`^${HALL.name}`) }).click()

  const id = await pickAndConfirm(true)
  await screenshot(page, '42-appointments-booked')
  const stored = await api<Booking>(h5, `/appointments/${id}`, await appToken(h5))
  expect(stored).toMatchObject({ status: 'booked', date: firstDate, start: SLOT.start, name: '*大友', hallName: HALL.name })
})

test('it shows in 我的预约 and in the home to-do inbox, which leads back to it', async () => {
  const { page, origin } = h5
  await page.goto(`${origin}/features/appointments/pages/mine/index`)
  const card = page.getByRole('link').filter({ hasText: `${dayLabel(firstDate)} 10:00–10:30` })
  await card.filter({ hasText: '身份证办理' }).filter({ hasText: HALL.name }).filter({ hasText: '已预约' }).waitFor()

  await page.goto(`${origin}/pages/home/index`)
  const todo = page.getByText(`身份证办理 ${monthDay(firstDate)} 10:00`)
  await todo.waitFor()
  await page.locator('.todo-inbox__item', { hasText: `身份证办理 ${monthDay(firstDate)} 10:00` }).getByText('查看预约 ›').waitFor()
  await todo.click()
  await page.waitForURL(/\/features\/appointments\/pages\/detail\/index\?id=apt_/)
  await page.locator('.detail__status', { hasText: '已预约' }).waitFor()
})

test('cancel it (the place is freed), then book the same slot again', async () => {
  const { page } = h5
  // On the detail page from the previous test.
  const id = new URL(page.url()).searchParams.get('id') as string
  await page.locator('.nut-button', { hasText: '取消预约' }).click()
  await page.locator('.taro-modal__foot').getByText('取消预约').click()
  await page.locator('.detail__status', { hasText: '已取消' }).waitFor()
  expect((await api<Booking>(h5, `/appointments/${id}`, await appToken(h5))).status).toBe('cancelled')
  const cancelled = await api<BookingList>(h5, '/appointments?status=cancelled', await appToken(h5))
  expect(cancelled.items.map((b) => b.id)).toEqual([id])

  // Rebook from the cancelled booking: same hall and item are preselected.
  await page.locator('.nut-button', { hasText: '重新预约' }).click()
  await page.waitForURL(/\/features\/appointments\/pages\/book\/index\?hallId=hall-330100-1&service=id-card/)
  await page.getByRole('radio', { name: '身份证办理', checked: true }).waitFor()
  const again = await pickAndConfirm(false)
  expect(again).not.toBe(id)
  const upcoming = await api<BookingList>(h5, '/appointments?status=upcoming', await appToken(h5))
  expect(upcoming.items.map((b) => b.id)).toEqual([again])
})

test('on the day: check in from 30 minutes before the slot and get a queue number', async () => {
  const { page } = h5
  const id = new URL(page.url()).searchParams.get('id') as string
  const booking = await api<Booking>(h5, `/appointments/${id}`, await appToken(h5))
  // Issue 15.16: before it opens, 签到取号 is disabled and says from when (server clock).
  const early = page.locator('.nut-button', { hasText: '签到取号' })
  await early.filter({ hasText: /起）$/ }).waitFor()
  expect(await early.evaluate((el) => el.classList.contains('nut-button-disabled') || el.hasAttribute('disabled'))).toBe(true)
  // Move the sandbox clock to 20 minutes before the slot.
  const sandbox = (h5.server as SandboxServer).sandbox
  sandbox.clock.setOffset(Date.parse(booking.startsAt) - 20 * 60_000 - Date.now())
  await page.reload()
  await page.locator('.detail__status', { hasText: '已预约' }).waitFor()
  // The inbox now says 去签到.
  const inbox = await api<Inbox>(h5, '/inbox', await appToken(h5))
  expect(inbox.items.find((item) => item.id === `appointment:${id}`)?.action).toBe('去签到')

  await page.locator('.nut-button', { hasText: /^签到取号$/ }).click()
  await page.locator('.detail__queue-number', { hasText: /^A\d{3}$/ }).waitFor()
  const number = await page.locator('.detail__queue-number').textContent()
  expect(number).toMatch(/^A\d{3}$/)
  await page.locator('.detail__status', { hasText: '已签到' }).waitFor()
  await screenshot(page, '43-appointments-checked-in')
  const stored = await api<Booking>(h5, `/appointments/${id}`, await appToken(h5))
  expect(stored).toMatchObject({ status: 'checked_in', queueNumber: number })
  sandbox.clock.setOffset(0)
})

test('a full slot offers the waitlist; joining shows the position; no personal data on the device', async () => {
  const { page, origin } = h5
  // Close the 14:00 slot of the first date (admin), then try to book it.
  const res = await fetch(`${origin}/__admin/appointments/slot-capacity`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ hallId: HALL.id, serviceCode: 'id-card', date: secondDate, start: '14:00', capacity: 0 }),
  })
  expect(res.status).toBe(200)
  await page.goto(`${origin}/features/appointments/pages/book/index?hallId=${HALL.id}&service=id-card`)
  await page.getByRole('radio', { name: new RegExp(`^${dayLabel(secondDate)}`) }).click()
  await page.getByRole('radio', { name: /^14:00–14:30，已约满 · 可候补$/ }).click()
  await page.locator('.nut-button', { hasText: '加入候补' }).click()
  await page.waitForURL(/\/features\/appointments\/pages\/confirm\/index/)
  await page.locator('.nut-button', { hasText: '确认加入候补' }).click()
  await page.waitForURL(/\/features\/appointments\/pages\/mine\/index\?tab=waitlist/)
  await page.getByText('排在第 1 位，有人取消时自动为您预约').waitFor()
  await page.getByText('候补中').first().waitFor()
  await screenshot(page, '44-appointments-waitlist')
  await expectNoPersonalDataOnDevice(h5)
})

test('the slot fills up while confirming: 409 offers the next free slots, and one tap books the first', async () => {
  const { page, origin } = h5
  const token = await appToken(h5)
  const dates = await api<BookableDates>(h5, `/appointments/halls/${HALL.id}/dates?service=id-card`, token)
  const third = dates.items[2].date
  await page.goto(`${origin}/features/appointments/pages/book/index?hallId=${HALL.id}&service=id-card`)
  await page.getByRole('radio', { name: new RegExp(`^${dayLabel(third)}`) }).click()
  await page.getByRole('radio', { name: /^11:00–11:30，余 4 个$/ }).click()
  await page.locator('.nut-button', { hasText: '下一步：确认预约' }).click()
  await page.waitForURL(/\/features\/appointments\/pages\/confirm\/index/)
  await page.locator('.confirm__value', { hasText: '剩余 4 个' }).waitFor()
  // Meanwhile the counter closes (capacity 0).
  const res = await fetch(`${origin}/__admin/appointments/slot-capacity`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ hallId: HALL.id, serviceCode: 'id-card', date: third, start: '11:00', capacity: 0 }),
  })
  expect(res.status).toBe(200)
  await page.locator('.nut-button', { hasText: /^确认预约$/ }).click()
  await page.getByRole('alert').filter({ hasText: '该时段已约满，可以改约' }).waitFor()
  await page.getByRole('button', { name: /^改约 .* 11:30–12:00，余 4 个$/ }).waitFor()
  await page.locator('.nut-button', { hasText: '加入这个时段的候补' }).waitFor()
  await screenshot(page, '45-appointments-slot-full')
  await page.getByRole('button', { name: /^改约 .* 11:30–12:00/ }).click()
  await page.locator('.confirm__value', { hasText: `${dayLabel(third)} 11:30–12:00` }).waitFor()
  await page.locator('.nut-button', { hasText: /^确认预约$/ }).click()
  await page.waitForURL(/\/features\/appointments\/pages\/detail\/index\?id=apt_/)
  const booked = await api<Booking>(h5, `/appointments/${new URL(page.url()).searchParams.get('id')}`, token)
  expect(booked).toMatchObject({ status: 'booked', date: third, start: '11:30' })
})

test('改约 from the detail page: old → new on the confirm page; a slot that fills meanwhile keeps the old place', async () => {
  const { page, origin } = h5
  const token = await appToken(h5)
  // On the detail page of the 11:30 booking from the previous test.
  const oldId = new URL(page.url()).searchParams.get('id') as string
  const old = await api<Booking>(h5, `/appointments/${oldId}`, token)
  expect(old.changeable).toBe(true)
  const dates = await api<BookableDates>(h5, `/appointments/halls/${HALL.id}/dates?service=id-card`, token)
  const fourth = dates.items[3].date

  await page.locator('.nut-button', { hasText: /^改约$/ }).click()
  await page.waitForURL(new RegExp(`/features/appointments/pages/book/index\\?hallId=${HALL.id}&service=id-card&reschedule=${oldId}`))
  await page.getByRole('radio', { name: '身份证办理', checked: true }).waitFor()
  await page.getByRole('radio', { name: new RegExp(`^${dayLabel(fourth)}`) }).click()
  await page.getByRole('radio', { name: /^09:00–09:30，余 4 个$/ }).click()
  await page.locator('.nut-button', { hasText: '下一步：确认改约' }).click()
  await page.waitForURL(/\/features\/appointments\/pages\/confirm\/index\?.*reschedule=apt_/)
  const oldTime = `${dayLabel(old.date)} ${old.start}–${old.end}`
  await page.locator('.confirm__value', { hasText: `${oldTime} → ${dayLabel(fourth)} 09:00–09:30` }).waitFor()
  await screenshot(page, '46-appointments-reschedule')

  // Meanwhile the 09:00 counter closes: the move is refused and the old booking keeps its place.
  const res = await fetch(`${origin}/__admin/appointments/slot-capacity`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ hallId: HALL.id, serviceCode: 'id-card', date: fourth, start: '09:00', capacity: 0 }),
  })
  expect(res.status).toBe(200)
  await page.locator('.nut-button', { hasText: /^确认改约$/ }).click()
  await page.getByRole('alert').filter({ hasText: '原预约仍然保留' }).waitFor()
  expect(await page.locator('.nut-button', { hasText: '加入这个时段的候补' }).count()).toBe(0)
  expect(await api<Booking>(h5, `/appointments/${oldId}`, token)).toMatchObject({ status: 'booked', date: old.date, start: old.start })

  // One tap on the next free slot, then 确认改约: the detail page of the new booking with the new time.
  await page.getByRole('button', { name: /^改约 .* 09:30–10:00/ }).click()
  await page.locator('.confirm__value', { hasText: `${oldTime} → ${dayLabel(fourth)} 09:30–10:00` }).waitFor()
  await page.locator('.nut-button', { hasText: /^确认改约$/ }).click()
  await page.waitForURL(/\/features\/appointments\/pages\/detail\/index\?id=apt_/)
  const newId = new URL(page.url()).searchParams.get('id') as string
  expect(newId).not.toBe(oldId)
  await page.locator('.detail__value', { hasText: `${dayLabel(fourth)} 09:30–10:00` }).waitFor()
  await page.locator('.detail__status', { hasText: '已预约' }).waitFor()
  expect(await api<Booking>(h5, `/appointments/${newId}`, token)).toMatchObject({ status: 'booked', date: fourth, start: '09:30' })
  expect((await api<Booking>(h5, `/appointments/${oldId}`, token)).status).toBe('cancelled')
})
