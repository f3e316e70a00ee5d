// Problems of the appointments domain. Texts are shown to users as they are.
import type { FreeSlot } from '../../../contract'
import { ProblemError, problems } from '../../http/problem'
import { formatCst, formatDate } from './rules'

const field = (name: string, message: string, code = 'INVALID') => problems.validationFailed([{ field: name, code, message }])

export const appointmentProblems = {
  idempotencyKeyMissing: () =>
    new ProblemError({
      status: 400,
      code: 'IDEMPOTENCY_KEY_MISSING',
      title: '缺少幂等键',
      detail: '提交预约必须带 Idempotency-Key 请求头（同一次预约的每次重试使用同一个值），请更新到最新版本后再试。',
    }),
  idempotencyKeyReused: () =>
    new ProblemError({
      status: 409,
      code: 'IDEMPOTENCY_KEY_REUSED',
      title: '重复的预约请求',
      detail: '这个 Idempotency-Key 已用于另一个内容不同的预约。新的预约请使用新的 Idempotency-Key；重试原来的预约请提交相同的内容。',
    }),
  unknownCity: () => field('city', '暂不支持该城市，请从城市列表中重新选择浙江省的设区市'),
  unknownHall: (name = 'hallId') => field(name, '没有找到这个办事大厅，请从列表中重新选择'),
  hallNotFound: () => problems.notFound('没有找到这个办事大厅，请返回大厅列表重新选择。'),
  serviceNotHandled: (name = 'serviceCode') => field(name, '该大厅不办理这个事项，请重新选择办理事项'),
  noSuchSlot: () => field('start', '没有这个预约时段，请从时段列表中重新选择'),
  dateNotBookable: (name: string, first: string, last: string) =>
    new ProblemError({
      status: 400,
      code: 'DATE_NOT_BOOKABLE',
      title: '该日期不可预约',
      detail: `只能预约 ${formatDate(first)} 至 ${formatDate(last)} 之间的工作日（今天之后的 5 个工作日），请重新选择日期。`,
      errors: [{ field: name, code: 'INVALID', message: '请选择列表中的可预约日期' }],
    }),
  slotFull: (nextFreeSlots: FreeSlot[]) =>
    new ProblemError({
      status: 409,
      code: 'SLOT_FULL',
      title: '该时段已约满',
      detail:
        nextFreeSlots.length > 0
          ? `该时段已约满，可以改约 ${nextFreeSlots.map((s) => `${Number(s.date.slice(5, 7))}月${Number(s.date.slice(8))}日 ${s.start}`).join('、')}，或加入候补。`
          : '该时段已约满，近 5 个工作日也没有空余名额，可以加入候补，有人取消时自动为您预约。',
      extensions: { nextFreeSlots },
    }),
  slotNotFull: () =>
    new ProblemError({
      status: 409,
      code: 'SLOT_NOT_FULL',
      title: '该时段还有名额',
      detail: '该时段还有空余名额，无需候补，请直接预约。',
    }),
  onePerDay: (existingId: string, date: string) =>
    new ProblemError({
      status: 409,
      code: 'ONE_BOOKING_PER_DAY',
      title: '当天已有预约',
      detail: `您在 ${formatDate(date)} 已有一个预约，每人每天只能预约一次。如需改约，请先取消原预约。`,
      extensions: { existingId },
    }),
  blocked: (until: string) =>
    new ProblemError({
      status: 409,
      code: 'BOOKING_BLOCKED',
      title: '暂时不能预约',
      detail: `因爽约 2 次，网上预约暂停至 ${formatDate(until)}（含当天）。暂停期间仍可直接到大厅取号办理。`,
      extensions: { blockedUntil: until },
    }),
  alreadyWaitlisted: (existingId: string) =>
    new ProblemError({
      status: 409,
      code: 'ALREADY_WAITLISTED',
      title: '已在候补中',
      detail: '您已经在这个时段的候补名单中，有名额时会自动为您预约并通知您。',
      extensions: { existingId },
    }),
  cancelTooLate: (deadline: number, phone: string) =>
    new ProblemError({
      status: 409,
      code: 'CANCEL_TOO_LATE',
      title: '已过取消时间',
      detail: `预约只能在时段开始前 2 小时取消（最晚 ${formatCst(deadline)}），现在已无法在线取消。如不能前往，请致电大厅 ${phone}。`,
    }),
  rescheduleTooLate: (deadline: number, phone: string) =>
    new ProblemError({
      status: 409,
      code: 'CANCEL_TOO_LATE',
      title: '已过改约时间',
      detail: `预约只能在时段开始前 2 小时改约（最晚 ${formatCst(deadline)}），现在已无法在线改约，原预约保留。如不能前往，请致电大厅 ${phone}。`,
    }),
  sameSlot: () =>
    new ProblemError({ status: 409, code: 'SAME_SLOT', title: '时段未变', detail: '新时段与原预约相同，请选择其他时段。' }),
  notActive: (what: string) =>
    new ProblemError({ status: 409, code: 'BOOKING_NOT_ACTIVE', title: '预约状态已变化', detail: `该预约${what}，无法进行这个操作。` }),
  checkInNotOpen: (opensAt: number) =>
    new ProblemError({
      status: 409,
      code: 'CHECK_IN_NOT_OPEN',
      title: '还不能签到',
      detail: `签到从时段开始前 30 分钟开放（${formatCst(opensAt)} 起），请到时再签到。`,
    }),
  checkInClosed: () =>
    new ProblemError({
      status: 409,
      code: 'CHECK_IN_CLOSED',
      title: '签到已结束',
      detail: '预约时段已经结束，无法签到，本次预约记为爽约。',
    }),
  bookingNotFound: () => problems.notFound('没有找到这个预约，请刷新“我的预约”。'),
  waitlistNotFound: () => problems.notFound('没有找到这条候补，请刷新“我的预约”。'),
}
