// What the app collects, why, and for how long (《个人信息保护法》 art. 17: the purpose, the
// kinds of data and how long they are kept must be told before collecting). One row per item.

export interface PolicyItem {
  item: string
  why: string
  kept: string
}

export const POLICY: readonly PolicyItem[] = [
  { item: '登录凭证（会话令牌）', why: '保持登录状态，免去反复登录', kept: '保存在本机，退出登录或删除数据时立即清除' },
  { item: '姓名、证件号码、手机号', why: '统一认证核验您的身份，办事时确认是您本人', kept: '由政务服务平台统一认证保存；本应用只显示脱敏信息，不在手机上保存' },
  { item: '位置（仅在您允许时）', why: '推荐您所在的城市和最近的办事大厅', kept: '只在当次使用，不上传保存' },
  { item: '生活缴费户号', why: '查询和缴纳水费、电费、燃气费', kept: '保存到您解绑或删除数据为止' },
  { item: '车辆号牌、发动机号或车架号后几位', why: '查询和缴纳交通违法罚款', kept: '号牌保存到您解绑为止；发动机号和车架号只用于核验，不保存' },
  { item: '缴费记录和电子票据', why: '统一支付的财务凭证，供您查询和报销', kept: '依法作为会计档案保存，不能删除' },
  { item: '电子证照和用证记录', why: '亮证办事，记录谁在何时核验了您的证照', kept: '证照由发证机关保存；用证记录随证照保存' },
  { item: '预约和办件资料', why: '办理预约、签到、办件和评价', kept: '作为政务服务档案依法保存，不能删除' },
  { item: '收件地址', why: '证照和办件结果邮寄（EMS）', kept: '保存到您删除为止' },
  { item: '消息和订阅选择', why: '提醒您新账单、办件进度和预约时间', kept: '保存到您删除数据为止' },
]

export const ON_DEVICE = '手机上只保存登录令牌和非个人的偏好（所在城市、是否开启长辈模式），不保存任何个人信息。'
