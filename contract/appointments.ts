// 预约办事: appointments at service halls. A hall (per city) handles some service items; each item
// has a slot length and a capacity per slot. Bookable dates are the next 5 working days (weekends and
// public holidays skipped, official make-up working days counted), at least one day ahead. One
// booking per person per day; a full slot offers the next free slots and a waitlist (候补); cancel up
// to 2 hours before; check in on the day for a queue number; two no-shows block booking for 3 months.
// Names are masked by the server (*大友). Times are China time (CST).
import { Type, type Static } from '@sinclair/typebox'
import { CityCodeSchema, IsoDateTime, ListOf, StrictObject, StringEnum } from './common'
import type { Problem } from './problem'

export const AppointmentsProblemCodes = [
  'DATE_NOT_BOOKABLE',
  'SLOT_FULL',
  'SLOT_NOT_FULL',
  'ONE_BOOKING_PER_DAY',
  'BOOKING_BLOCKED',
  'ALREADY_WAITLISTED',
  'CANCEL_TOO_LATE',
  'SAME_SLOT',
  'BOOKING_NOT_ACTIVE',
  'CHECK_IN_NOT_OPEN',
  'CHECK_IN_CLOSED',
  // Shared with POST /payments (same header, same rules):
  'IDEMPOTENCY_KEY_MISSING',
  'IDEMPOTENCY_KEY_REUSED',
] as const
export type AppointmentsProblemCode = (typeof AppointmentsProblemCodes)[number]

/** How many working days ahead can be booked (starting tomorrow at the earliest). */
export const BOOKABLE_WORKING_DAYS = 5
/** A booking can be cancelled until this long before its slot starts. */
export const CANCEL_DEADLINE_MS = 2 * 60 * 60 * 1000
/** Check-in opens this long before the slot starts (and closes when the slot ends). */
export const CHECK_IN_OPENS_BEFORE_MS = 30 * 60 * 1000
/** The second no-show blocks new bookings for this many months. */
export const NO_SHOW_BLOCK_MONTHS = 3
/** No-shows counted within this many days (and since the last block began). */
export const NO_SHOW_WINDOW_DAYS = 365

const CstDate = (description?: string) =>
  Type.String({
    pattern: '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$',
    ...(description ? { description } : {}),
  })
const ClockTime = (description?: string) =>
  Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', ...(description ? { description } : {}) })

export const HallIdSchema = Type.String({ title: '办事大厅', pattern: '^hall-[0-9]{6}-[0-9]{1,2}$', 'x-hint': '请从列表中选择办事大厅' })
export const ServiceCodeSchema = Type.String({
  title: '办理事项',
  pattern: '^[a-z][a-z-]{1,30}$',
  'x-hint': '请从列表中选择要办理的事项',
})
export const BookingIdSchema = Type.String({ title: '预约编号', pattern: '^apt_[A-Za-z0-9_-]{1,40}$' })
export const WaitlistIdSchema = Type.String({ title: '候补编号', pattern: '^wl_[A-Za-z0-9_-]{1,40}$' })

export const HallServiceSchema = StrictObject(
  {
    code: ServiceCodeSchema,
    name: Type.String({ examples: ['身份证办理'] }),
    slotMinutes: Type.Integer({ minimum: 5, maximum: 240, description: '每个时段的长度（分钟）' }),
    capacity: Type.Integer({ minimum: 0, description: '每个时段的默认名额' }),
  },
  { title: 'HallService' },
)
export type HallService = Static<typeof HallServiceSchema>

export const HallSchema = StrictObject(
  {
    id: HallIdSchema,
    cityCode: CityCodeSchema,
    name: Type.String(),
    district: Type.String(),
    address: Type.String(),
    latitude: Type.Number({ description: 'GCJ-02' }),
    longitude: Type.Number({ description: 'GCJ-02' }),
    phone: Type.String(),
    opens: ClockTime('工作日开门时间'),
    closes: ClockTime('工作日关门时间'),
    hours: Type.String({ description: '营业时间说明', examples: ['工作日 09:00–12:00、13:00–17:00（周末及法定节假日休息）'] }),
    distanceMeters: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], { description: '与给定位置的距离；未给位置时为 null' }),
    services: Type.Array(HallServiceSchema),
  },
  { title: 'Hall' },
)
export type Hall = Static<typeof HallSchema>

export const HallListQuerySchema = StrictObject(
  {
    city: CityCodeSchema,
    latitude: Type.Optional(Type.Number({ minimum: -90, maximum: 90, title: '纬度' })),
    longitude: Type.Optional(Type.Number({ minimum: -180, maximum: 180, title: '经度' })),
  },
  { title: 'HallListQuery' },
)
export type HallListQuery = Static<typeof HallListQuerySchema>

export const HallListSchema = StrictObject(
  {
    items: Type.Array(HallSchema),
    sortedBy: StringEnum(['distance', 'default'] as const, { description: 'distance 按距离由近到远（给了位置时）' }),
  },
  { title: 'HallList' },
)
export type HallList = Static<typeof HallListSchema>

export const HallParamsSchema = StrictObject({ hallId: HallIdSchema }, { title: 'HallParams' })
export type HallParams = Static<typeof HallParamsSchema>

export const BookableDatesQuerySchema = StrictObject({ service: ServiceCodeSchema }, { title: 'BookableDatesQuery' })
export type BookableDatesQuery = Static<typeof BookableDatesQuerySchema>

export const BookableDateSchema = StrictObject(
  {
    date: CstDate(),
    weekday: Type.String({ examples: ['周一'] }),
    makeUpWorkday: Type.Boolean({ description: '调休上班日' }),
    remaining: Type.Integer({ minimum: 0, description: '当天剩余名额合计' }),
  },
  { title: 'BookableDate' },
)
export type BookableDate = Static<typeof BookableDateSchema>

export const BookableDatesSchema = StrictObject(
  {
    today: CstDate(),
    items: Type.Array(BookableDateSchema, { description: '今天之后的 5 个工作日（跳过周末和法定节假日，含调休上班日）' }),
  },
  { title: 'BookableDates' },
)
export type BookableDates = Static<typeof BookableDatesSchema>

export const SlotsQuerySchema = StrictObject(
  { service: ServiceCodeSchema, date: CstDate('预约日期') },
  { title: 'SlotsQuery' },
)
export type SlotsQuery = Static<typeof SlotsQuerySchema>

export const SlotSchema = StrictObject(
  {
    date: CstDate(),
    start: ClockTime(),
    end: ClockTime(),
    startsAt: IsoDateTime(),
    capacity: Type.Integer({ minimum: 0 }),
    remaining: Type.Integer({ minimum: 0 }),
    waitlisted: Type.Integer({ minimum: 0, description: '正在候补的人数' }),
  },
  { title: 'Slot' },
)
export type Slot = Static<typeof SlotSchema>

export const SlotListSchema = ListOf(SlotSchema, { title: 'SlotList' })
export type SlotList = Static<typeof SlotListSchema>

/** The slot a booking or a waitlist entry is for. */
export const SlotRefBodySchema = StrictObject(
  {
    hallId: HallIdSchema,
    serviceCode: ServiceCodeSchema,
    date: CstDate('预约日期'),
    start: ClockTime('时段开始时间'),
  },
  { title: 'SlotRefBody' },
)
export type SlotRefBody = Static<typeof SlotRefBodySchema>

export const BookingStatusSchema = StringEnum(['booked', 'checked_in', 'cancelled', 'no_show'] as const, {
  description: 'booked 已预约；checked_in 已签到（有排队号）；cancelled 已取消；no_show 爽约（时段结束仍未签到）',
})
export type BookingStatus = Static<typeof BookingStatusSchema>

export const BookingSchema = StrictObject(
  {
    id: BookingIdSchema,
    status: BookingStatusSchema,
    hallId: HallIdSchema,
    hallName: Type.String(),
    hallAddress: Type.String(),
    serviceCode: ServiceCodeSchema,
    serviceName: Type.String(),
    date: CstDate(),
    start: ClockTime(),
    end: ClockTime(),
    startsAt: IsoDateTime(),
    endsAt: IsoDateTime(),
    name: Type.String({ description: '预约人脱敏姓名，如 *大友' }),
    createdAt: IsoDateTime(),
    viaWaitlist: Type.Boolean({ description: '由候补自动转为预约' }),
    cancellableUntil: IsoDateTime({ description: '最晚取消时间（时段开始前 2 小时）' }),
    checkInOpensAt: IsoDateTime({ description: '可签到时间（时段开始前 30 分钟，至时段结束）' }),
    checkInOpen: Type.Boolean({ description: '按服务端时间现在可以签到取号（已预约、已到签到时间、时段未结束）' }),
    changeable: Type.Boolean({ description: '按服务端时间现在仍可取消或改约（已预约、未过时段开始前 2 小时）' }),
    reminderAt: IsoDateTime({ description: '提醒时间：前一天 18:00；晚于此时预约的为开始前 2 小时' }),
    cancelledAt: Type.Union([IsoDateTime(), Type.Null()]),
    checkedInAt: Type.Union([IsoDateTime(), Type.Null()]),
    queueNumber: Type.Union([Type.String(), Type.Null()], { description: '签到后的排队号，如 A012' }),
  },
  { title: 'Booking' },
)
export type Booking = Static<typeof BookingSchema>

export const StandingSchema = StrictObject(
  {
    noShows: Type.Integer({ minimum: 0, description: '计入规则的爽约次数' }),
    blockedUntil: Type.Union([CstDate(), Type.Null()], { description: '暂停预约截止日期（含当天）；未被暂停为 null' }),
    warning: Type.Union([Type.String(), Type.Null()], { description: '给用户的中文提醒（爽约警告或暂停说明）' }),
  },
  { title: 'Standing', description: '爽约记录：第 1 次爽约给出提醒，第 2 次起暂停预约 3 个月' },
)
export type Standing = Static<typeof StandingSchema>

export const BookingResultSchema = StrictObject(
  { booking: BookingSchema, standing: StandingSchema },
  { title: 'BookingResult', description: '预约结果；standing.warning 非空时请向用户展示' },
)
export type BookingResult = Static<typeof BookingResultSchema>

export const BookingListQuerySchema = StrictObject(
  {
    status: Type.Optional(
      StringEnum(['upcoming', 'past', 'cancelled', 'all'] as const, {
        description: 'upcoming 待办理（已预约/已签到且未结束）；past 已结束（已签到或爽约）；cancelled 已取消',
        default: 'all',
      }),
    ),
  },
  { title: 'BookingListQuery' },
)
export type BookingListQuery = Static<typeof BookingListQuerySchema>

export const BookingListSchema = StrictObject(
  { items: Type.Array(BookingSchema), standing: StandingSchema },
  { title: 'BookingList' },
)
export type BookingList = Static<typeof BookingListSchema>

export const BookingParamsSchema = StrictObject({ id: BookingIdSchema }, { title: 'BookingParams' })
export type BookingParams = Static<typeof BookingParamsSchema>

export const WaitlistStatusSchema = StringEnum(['waiting', 'booked', 'left', 'expired'] as const, {
  description: 'waiting 候补中；booked 已候补成功（见 bookingId）；left 已放弃；expired 时段已开始仍未轮到',
})
export type WaitlistStatus = Static<typeof WaitlistStatusSchema>

export const WaitlistEntrySchema = StrictObject(
  {
    id: WaitlistIdSchema,
    status: WaitlistStatusSchema,
    hallId: HallIdSchema,
    hallName: Type.String(),
    serviceCode: ServiceCodeSchema,
    serviceName: Type.String(),
    date: CstDate(),
    start: ClockTime(),
    end: ClockTime(),
    startsAt: IsoDateTime(),
    position: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()], { description: '候补中时排第几位' }),
    bookingId: Type.Union([BookingIdSchema, Type.Null()]),
    createdAt: IsoDateTime(),
  },
  { title: 'WaitlistEntry' },
)
export type WaitlistEntry = Static<typeof WaitlistEntrySchema>

export const WaitlistListSchema = ListOf(WaitlistEntrySchema, { title: 'WaitlistList' })
export type WaitlistList = Static<typeof WaitlistListSchema>

export const WaitlistParamsSchema = StrictObject({ id: WaitlistIdSchema }, { title: 'WaitlistParams' })
export type WaitlistParams = Static<typeof WaitlistParamsSchema>

/** In a SLOT_FULL problem (`nextFreeSlots`): the next slots with places left (same hall and item). */
export type FreeSlot = NonNullable<Problem['nextFreeSlots']>[number]

// ---------------------------------------------------------------------------------------------
// Sandbox-only admin API (/__admin/appointments). Not part of the platform.

export const AdminSlotCapacityBodySchema = StrictObject(
  {
    hallId: HallIdSchema,
    serviceCode: ServiceCodeSchema,
    date: CstDate(),
    start: ClockTime(),
    capacity: Type.Integer({ minimum: 0, maximum: 1000 }),
  },
  { title: 'AdminSlotCapacityBody' },
)
export type AdminSlotCapacityBody = Static<typeof AdminSlotCapacityBodySchema>
