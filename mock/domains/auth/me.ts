// The current user as the client sees it: masked by the server.
import type { Me, Persona } from '../../../contract'
import { maskCreditCode, maskIdNumber, maskMobile, maskName } from '../../lib/masking'
import type { PersonaRow } from './repo'

const LEVEL_NAMES = ['一', '二', '三'] as const

export function toMe(row: PersonaRow): Me {
  const me: Me = {
    id: row.user_id,
    kind: row.kind,
    personaId: row.id,
    name: row.kind === 'legal' ? row.name : maskName(row.name),
    idNumber: row.kind === 'legal' ? maskCreditCode(row.id_number) : maskIdNumber(row.id_number),
    mobile: maskMobile(row.mobile),
    realNameLevel: row.real_name_level,
    realNameLabel: `实名${LEVEL_NAMES[row.real_name_level - 1]}级（${row.real_name_method}）`,
    cityCode: row.city_code,
  }
  if (row.kind === 'legal' && row.legal_rep_name) me.legalRepresentative = maskName(row.legal_rep_name)
  return me
}

export function toPersona(row: PersonaRow): Persona {
  return { id: row.id, label: row.label, description: row.description }
}
