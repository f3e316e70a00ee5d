// Problems of the fines domain. Texts are shown to users as they are.
import { MAX_VEHICLES_PER_USER } from '../../../contract'
import { ProblemError, problems } from '../../http/problem'
import type { PayableRefusal } from '../payments/payables'

const field = (name: string, message: string, code = 'INVALID') => problems.validationFailed([{ field: name, code, message }])

export const fineProblems = {
  unknownCity: () => field('city', '暂不支持该城市，请从城市列表中重新选择浙江省的设区市'),
  unknownPlateType: () => field('plateType', '请从列表中选择号牌种类'),
  plate: (message: string) => field('plate', message, 'PATTERN'),
  checkDigits: (hint: string) => field('checkDigits', hint, 'PATTERN'),
  decisionNumber: (message: string) => field('number', message, 'PATTERN'),
  /** Never says which part was wrong: the registry must not confirm a plate to a stranger. */
  vehicleNotFound: () =>
    new ProblemError({
      status: 404,
      code: 'VEHICLE_NOT_FOUND',
      title: '没有查到该车辆',
      detail: '车牌、号牌种类或发动机号/车架号后几位不匹配，请对照行驶证核对',
    }),
  alreadyBound: (existingId: string) =>
    new ProblemError({
      status: 409,
      code: 'VEHICLE_ALREADY_BOUND',
      title: '车辆已绑定',
      detail: '您已经绑定过这辆车，可在“我的车辆”中查看违法记录。',
      extensions: { existingId },
    }),
  limitReached: () =>
    new ProblemError({
      status: 409,
      code: 'VEHICLE_LIMIT_REACHED',
      title: '车辆数量已达上限',
      detail: `最多可绑定 ${MAX_VEHICLES_PER_USER} 辆车，请先解除不用的车辆再添加。`,
    }),
  vehicleNotBound: () => problems.notFound('没有找到这辆车，可能已解除绑定，请刷新“我的车辆”。'),
  violationNotFound: () => problems.notFound('没有找到这条违法记录，请刷新违法列表。'),
  decisionNotFound: () =>
    new ProblemError({
      status: 404,
      code: 'DECISION_NOT_FOUND',
      title: '未找到该决定书',
      detail: '未找到该决定书，请核对决定书右上角的 16 位编号；刚处理的决定书可能要次日才能缴款',
    }),
  decisionAlreadyPaid: () =>
    new ProblemError({
      status: 409,
      code: 'DECISION_ALREADY_PAID',
      title: '该决定书已缴款',
      detail: '这份决定书的罚款已经缴纳，无需重复缴款。',
    }),
  unknownPlate: () => problems.notFound('车辆登记库中没有这个号牌。'),
}

export const VIOLATION_NOT_PROCESSED: PayableRefusal = {
  code: 'VIOLATION_NOT_PROCESSED',
  title: '违法尚未处理',
  detail: '该违法尚未处理，请先通过“交管12123”或到交警窗口处理后再缴款',
}
