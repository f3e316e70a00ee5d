import type { DomainModule } from '../../http/types'
import { certificateInboxItems, sweepExpiring } from './inbox'
import { certificateRoutes } from './routes'
import { migrate } from './schema'
import { seed } from './seed'

export const certificatesDomain: DomainModule = {
  name: 'certificates',
  migrate,
  seed,
  routes: certificateRoutes,
  sweep: sweepExpiring,
  inboxSources: { certificate: certificateInboxItems },
  // 删除我的数据: the showing sessions and the presentation codes never scanned go; certificates are
  // the issuers' records (the 亮证密码 protects them), the usage log is the verifiers' proof, and
  // applications are cases: all stay.
  erasures: [
    {
      item: '亮证会话和未被核验的亮证码',
      tables: ['certificate_showings', 'certificate_presentations'],
      erase: (db, userId) =>
        db.prepare('DELETE FROM certificate_showings WHERE user_id = ?').run(userId).changes +
        db
          .prepare(
            `DELETE FROM certificate_presentations WHERE certificate_id IN (SELECT id FROM certificates WHERE user_id = ?)
               AND id NOT IN (SELECT presentation_id FROM certificate_usages WHERE presentation_id IS NOT NULL)`,
          )
          .run(userId).changes,
    },
  ],
  keptByLaw: [
    {
      reason: '电子证照和用证记录：由发证机关签发、核验单位留存的凭据，依法保存，不能删除',
      tables: ['certificates', 'certificate_pins', 'certificate_usages', 'certificate_applications'],
    },
  ],
}
