// Fictional personas. No real person's data: names are invented, ID numbers and the credit code
// are constructed to pass their check digits (GB 11643, GB 32100) but belong to nobody.
import type { Db } from '../../db/database'
import { withCreditCheckChar } from '../../../contract/rules/credit-code'
import { withIdCheckChar } from '../../../contract/rules/id-number'

export interface PersonaSeed {
  id: string
  userId: string
  kind: 'person' | 'legal'
  label: string
  description: string
  name: string
  idNumber: string
  mobile: string
  realNameLevel: 1 | 2 | 3
  realNameMethod: string
  cityCode: string
  birthDate?: string
  legalRepName?: string
}

export const PERSONAS: PersonaSeed[] = [
  {
    id: 'resident',
    userId: 'u100001',
    kind: 'person',
    label: '居民（有账单、车辆、证照、办件）',
    description: '杭州市居民，实名三级。可体验生活缴费、交通违法、电子证照、预约办事和办件查询。',
    name: '王大友',
    // 330106 (西湖区) 1987-05-15, sequence 105 (male), check character X.
    idNumber: withIdCheckChar('33010619870515105'),
    mobile: '13757179050',
    realNameLevel: 3,
    realNameMethod: '刷脸认证',
    cityCode: '330100',
    birthDate: '1987-05-15',
  },
  {
    id: 'elder',
    userId: 'u100002',
    kind: 'person',
    label: '长辈（温州，适合长辈模式和亲属代缴）',
    description: '温州市的老年居民，实名二级。可体验长辈模式、老年优待证和由亲属代缴费用。',
    name: '林秀珍',
    // 330302 (鹿城区) 1950-03-12, sequence 102 (female).
    idNumber: withIdCheckChar('33030219500312102'),
    mobile: '13905778126',
    realNameLevel: 2,
    realNameMethod: '身份证和银行卡核验',
    cityCode: '330300',
    birthDate: '1950-03-12',
  },
  {
    id: 'company',
    userId: 'u100003',
    kind: 'legal',
    label: '企业（法人办事）',
    description: '杭州的一家科技企业，法人实名。可体验营业执照、企业税费和法人事项。',
    name: '杭州青禾科技有限公司',
    idNumber: withCreditCheckChar('91330106MA2H3Q7K4'),
    mobile: '13588046217',
    realNameLevel: 3,
    realNameMethod: '电子营业执照认证',
    cityCode: '330100',
    legalRepName: '周青禾',
  },
  {
    id: 'newcomer',
    userId: 'u100004',
    kind: 'person',
    label: '新市民（刚来杭州，暂无业务）',
    description: '刚到杭州工作的新市民，实名一级，没有历史业务。可体验居住证申领和首次绑定。',
    name: '陈思远',
    // 340104 (合肥市蜀山区) 1995-08-23, sequence 201 (male).
    idNumber: withIdCheckChar('34010419950823201'),
    mobile: '18655120386',
    realNameLevel: 1,
    realNameMethod: '手机号验证',
    cityCode: '330100',
    birthDate: '1995-08-23',
  },
]

export function seed(db: Db): void {
  const insert = db.prepare(`
    INSERT INTO personas (id, user_id, kind, label, description, name, id_number, mobile,
      real_name_level, real_name_method, city_code, birth_date, legal_rep_name, sort)
    VALUES (@id, @userId, @kind, @label, @description, @name, @idNumber, @mobile,
      @realNameLevel, @realNameMethod, @cityCode, @birthDate, @legalRepName, @sort)
    ON CONFLICT (id) DO NOTHING`)
  PERSONAS.forEach((p, sort) =>
    insert.run({ ...p, birthDate: p.birthDate ?? null, legalRepName: p.legalRepName ?? null, sort }),
  )
}
