// Client-side checks of a server-declared application form: the same validators the server runs
// (contract/rules/validators.ts), so messages appear next to the field as the user types.
import type { ApplicationDelivery, FormField } from '@contract'
import { FORM_FIELD_CHECKS, checkAddress, checkChineseName, checkMobile, checkRegion } from '@contract/rules/validators'

export type Values = Record<string, string>
export type Errors = Record<string, string | undefined>

export function checkField(field: FormField, raw: string, today: string): string | undefined {
  const value = raw.trim()
  if (value === '') return field.required ? (field.type === 'select' ? `请选择${field.label}` : `请填写${field.label}`) : undefined
  if (Array.from(value).length > field.maxLength) return `${field.label}不超过 ${field.maxLength} 个字`
  if (field.options && !field.options.some((o) => o.value === value)) return `请从选项中选择${field.label}`
  if (field.validator) return FORM_FIELD_CHECKS[field.validator]?.(value, today) ?? undefined
  return undefined
}

/** What the applicant types: fields the server fills from the real-name profile (fromProfile) are only shown. */
export const typedFields = (fields: readonly FormField[]) => fields.filter((field) => field.fromProfile === undefined)

export function checkFields(fields: FormField[], values: Values, today: string): Errors {
  const errors: Errors = {}
  for (const field of typedFields(fields)) errors[`fields.${field.name}`] = checkField(field, values[field.name] ?? '', today)
  return errors
}

/** The submitted values: never the profile fields (the server refuses them with PREFILLED). */
export const submittedFields = (fields: readonly FormField[], values: Values) => typedFields(fields).map((field) => ({ name: field.name, value: values[field.name] ?? '' }))

export interface EmsDraft {
  recipient: string
  mobile: string
  region: string
  detail: string
}

export const EMS_LABELS: Record<keyof EmsDraft, string> = { recipient: '收件人', mobile: '收件人手机', region: '所在地区', detail: '详细地址' }

export function checkEms(draft: EmsDraft): Errors {
  return {
    'delivery.recipient': checkChineseName(draft.recipient) === null ? undefined : draft.recipient.trim() === '' ? '请填写收件人' : '请填写收件人的中文姓名',
    'delivery.mobile': checkMobile(draft.mobile) ?? undefined,
    'delivery.region': checkRegion(draft.region) ?? undefined,
    'delivery.detail': checkAddress(draft.detail) ?? undefined,
  }
}

/** `savedAddressId`: EMS to one of the user's saved addresses instead of the typed one. */
export function deliveryOf(method: 'pickup' | 'ems', hallId: string | null, ems: EmsDraft, savedAddressId: string | null = null): ApplicationDelivery {
  if (method === 'pickup') return { method: 'pickup', hallId: hallId ?? '' }
  return savedAddressId ? { method: 'ems', addressId: savedAddressId } : { method: 'ems', ...ems }
}

export const hasErrors = (errors: Errors) => Object.values(errors).some((e) => e !== undefined)
