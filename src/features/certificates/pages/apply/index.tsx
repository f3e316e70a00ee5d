import type { ApplicationForm, FormField } from '@contract'
import { Button } from '@nutui/nutui-react-taro'
import { Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { newIdempotencyKey } from '@/api/client'
import { isApiError, messageOf } from '@/api/errors'
import { CityRequired } from '@/components/city-required'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { QueryState } from '@/components/query-state'
import { useMe } from '@/lib/shared-api'
import { usePageParams } from '@/lib/navigation'
import { askForSubscriptions } from '@/lib/subscriptions'
import { usePreferences } from '@/lib/use-preferences'
import { routes } from '@/routes'
import { submitApplication, useAddresses, useApplicationForm } from '../../api'
import { EMS_LABELS, checkEms, checkField, checkFields, deliveryOf, hasErrors, submittedFields, type EmsDraft, type Errors, type Values } from '../../model/form'
import { rememberReceipt } from '../../model/receipts'
import './index.scss'
import { todayCst } from '../../model/time'

const INPUT_TYPES: Record<FormField['type'], 'text' | 'idcard' | 'number'> = {
  text: 'text',
  id_number: 'idcard',
  mobile: 'number',
  date: 'text',
  select: 'text',
  address: 'text',
}


function FieldError({ message }: { message?: string }) {
  if (!message) return null
  return (
    <View className='apply__error' role='alert'>
      <Text>⚠ {message}</Text>
    </View>
  )
}

function ApplyForm({ form }: { form: ApplicationForm }) {
  const today = todayCst()
  const [values, setValues] = useState<Values>({})
  const [errors, setErrors] = useState<Errors>({})
  const [method, setMethod] = useState<'pickup' | 'ems'>('pickup')
  const [hallId, setHallId] = useState<string | null>(null)
  const [ems, setEms] = useState<EmsDraft>({ recipient: '', mobile: '', region: '', detail: '' })
  const addresses = useAddresses(method === 'ems')
  // null = the first saved address (if any); 'new' = type a new one.
  const [addressChoice, setAddressChoice] = useState<string | null>(null)
  const savedAddressId = addressChoice === 'new' ? null : addressChoice ?? addresses.data?.[0]?.id ?? null
  const [formError, setFormError] = useState<string | undefined>()
  // One key per filled-in form: a retried tap never opens a second case.
  const [key] = useState(newIdempotencyKey)
  // Name, ID number and mobile are the applicant's own: the server fills them from the real-name
  // profile; the form only shows them, masked as /me gives them.
  const me = useMe()

  const submit = useMutation({
    mutationFn: () =>
      submitApplication(
        { typeId: form.type.id, cityCode: form.cityCode, fields: submittedFields(form.fields, values), delivery: deliveryOf(method, hallId, ems, savedAddressId) },
        key,
      ),
    onSuccess: (receipt) => {
      rememberReceipt(receipt)
      void Taro.redirectTo({ url: routes.certificates.result(receipt.id) })
    },
    onError: (error) => {
      if (isApiError(error) && error.code === 'APPLICATION_ALREADY_SUBMITTED' && typeof error.extensions.existingId === 'string') {
        void Taro.redirectTo({ url: routes.certificates.result(error.extensions.existingId) })
        return
      }
      // Server field errors go next to their fields; everything typed stays.
      if (isApiError(error) && Object.keys(error.fieldErrors).length > 0) {
        setErrors({ ...error.fieldErrors })
        setFormError('提交的信息有误，请按提示修改')
      } else setFormError(messageOf(error))
    },
  })

  const setValue = (name: string, value: string) => {
    setValues((current) => ({ ...current, [name]: value }))
    setErrors((current) => ({ ...current, [`fields.${name}`]: undefined }))
    setFormError(undefined)
  }
  const setEmsValue = (name: keyof EmsDraft, value: string) => {
    setEms((current) => ({ ...current, [name]: value }))
    setErrors((current) => ({ ...current, [`delivery.${name}`]: undefined }))
    setFormError(undefined)
  }

  function onSubmit() {
    // Inside the tap, before anything asynchronous (WeChat only allows the request here).
    void askForSubscriptions(['case_stage'])
    if (submit.isPending) return
    const next: Errors = {
      ...checkFields(form.fields, values, today),
      ...(method === 'pickup' ? { 'delivery.hallId': hallId ? undefined : '请选择领证大厅' } : savedAddressId ? {} : checkEms(ems)),
    }
    setErrors(next)
    if (hasErrors(next)) {
      setFormError('还有信息需要补充或修改，请按提示修改')
      return
    }
    submit.mutate()
  }

  return (
    <View className='apply'>
      <View className='apply__intro card'>
        <Text className='apply__title'>{form.type.name}</Text>
        <Text className='apply__desc'>{form.type.description}</Text>
        <Text className='apply__desc'>
          受理部门：{form.type.department} · 承诺 {form.type.promisedWorkingDays} 个工作日办结
        </Text>
      </View>

      <Text className='section-title'>1. 填写申请信息</Text>
      <View className='card apply__fields'>
        {form.fields.map((field) => {
          const error = errors[`fields.${field.name}`]
          return (
            <View key={field.name} className='apply__field'>
              <Text className='apply__label'>
                {field.label}
                {field.required ? <Text className='apply__required'>（必填）</Text> : null}
              </Text>
              {field.fromProfile !== undefined ? (
                <Text className='apply__prefilled' aria-label={`${field.label}（已按实名信息填写）`}>
                  {me.data?.[field.fromProfile] ?? '…'}
                </Text>
              ) : field.type === 'select' ? (
                <View className='apply__options' role='radiogroup' aria-label={field.label}>
                  {(field.options ?? []).map((option) => {
                    const selected = values[field.name] === option.value
                    return (
                      <View
                        key={option.value}
                        role='radio'
                        aria-checked={selected}
                        aria-label={option.label}
                        className={`apply__option${selected ? ' apply__option--selected' : ''}`}
                        onClick={() => setValue(field.name, option.value)}
                      >
                        <Text>
                          {selected ? '✓ ' : ''}
                          {option.label}
                        </Text>
                      </View>
                    )
                  })}
                </View>
              ) : (
                <Input
                  className={`apply__input${error ? ' apply__input--error' : ''}`}
                  type={INPUT_TYPES[field.type]}
                  value={values[field.name] ?? ''}
                  placeholder={field.placeholder ?? ''}
                  maxlength={field.maxLength}
                  aria-label={field.label}
                  onInput={(event) => setValue(field.name, event.detail.value)}
                  onBlur={() => {
                    if ((values[field.name] ?? '') !== '') setErrors((current) => ({ ...current, [`fields.${field.name}`]: checkField(field, values[field.name] ?? '', today) }))
                  }}
                />
              )}
              {error ? <FieldError message={error} /> : <Text className='apply__hint'>{field.hint}</Text>}
            </View>
          )
        })}
      </View>

      <Text className='section-title'>2. 申请材料</Text>
      <View className='card apply__materials'>
        {form.materials.map((material) => (
          <View key={material.name} className='apply__material'>
            <Text className='apply__material-name'>
              {material.required ? '● ' : '○ '}
              {material.name}
              {material.required ? '（必需）' : '（可选）'}
            </Text>
            <Text className='apply__hint'>{material.note}</Text>
          </View>
        ))}
      </View>

      <Text className='section-title'>3. 领取方式</Text>
      <View className='apply__options apply__options--outside' role='radiogroup' aria-label='领取方式'>
        {(
          [
            ['pickup', '大厅自取'],
            ['ems', 'EMS 邮寄'],
          ] as const
        ).map(([value, label]) => (
          <View
            key={value}
            role='radio'
            aria-checked={method === value}
            aria-label={label}
            className={`apply__option${method === value ? ' apply__option--selected' : ''}`}
            onClick={() => setMethod(value)}
          >
            <Text>
              {method === value ? '✓ ' : ''}
              {label}
            </Text>
          </View>
        ))}
      </View>
      {method === 'pickup' ? (
        <View className='card apply__halls' role='radiogroup' aria-label='领证大厅'>
          {form.halls.map((hall) => (
            <View
              key={hall.id}
              role='radio'
              aria-checked={hallId === hall.id}
              aria-label={`${hall.name} ${hall.address}`}
              className={`apply__hall${hallId === hall.id ? ' apply__hall--selected' : ''}`}
              onClick={() => {
                setHallId(hall.id)
                setErrors((current) => ({ ...current, 'delivery.hallId': undefined }))
              }}
            >
              <Text className='apply__hall-name'>
                {hallId === hall.id ? '✓ ' : ''}
                {hall.name}
              </Text>
              <Text className='apply__hint'>
                {hall.address} · 工作日 {hall.opens}–{hall.closes}
              </Text>
            </View>
          ))}
          <FieldError message={errors['delivery.hallId']} />
        </View>
      ) : (
        <View className='card apply__fields'>
          {addresses.data && addresses.data.length > 0 ? (
            <View className='apply__halls' role='radiogroup' aria-label='收件地址'>
              {[...addresses.data.map((a) => ({ id: a.id, title: `${a.label} · ${a.recipient} ${a.mobile}`, detail: `${a.region}${a.detail}` })), { id: 'new', title: '填写新地址', detail: '' }].map((option) => {
                const selected = (savedAddressId ?? 'new') === option.id
                return (
                  <View
                    key={option.id}
                    role='radio'
                    aria-checked={selected}
                    aria-label={`${option.title} ${option.detail}`}
                    className={`apply__hall${selected ? ' apply__hall--selected' : ''}`}
                    onClick={() => {
                      setAddressChoice(option.id)
                      setErrors((current) => ({ ...current, 'delivery.addressId': undefined }))
                    }}
                  >
                    <Text className='apply__hall-name'>
                      {selected ? '✓ ' : ''}
                      {option.title}
                    </Text>
                    {option.detail ? <Text className='apply__hint'>{option.detail}</Text> : null}
                  </View>
                )
              })}
              <FieldError message={errors['delivery.addressId']} />
            </View>
          ) : null}
          {savedAddressId ? null : (Object.keys(EMS_LABELS) as (keyof EmsDraft)[]).map((name) => (
            <View key={name} className='apply__field'>
              <Text className='apply__label'>{EMS_LABELS[name]}</Text>
              <Input
                className={`apply__input${errors[`delivery.${name}`] ? ' apply__input--error' : ''}`}
                type={name === 'mobile' ? 'number' : 'text'}
                value={ems[name]}
                placeholder={name === 'region' ? '如 浙江省杭州市西湖区' : name === 'detail' ? '如 文三路 100 号 2 幢 301 室' : ''}
                maxlength={name === 'detail' ? 100 : name === 'region' ? 50 : 20}
                aria-label={EMS_LABELS[name]}
                onInput={(event) => setEmsValue(name, event.detail.value)}
              />
              <FieldError message={errors[`delivery.${name}`]} />
            </View>
          ))}
        </View>
      )}

      {formError ? (
        <View className='apply__error apply__error--outside' role='alert'>
          <Text>⚠ {formError}</Text>
        </View>
      ) : null}
      <View className='apply__submit'>
        <Button type='primary' block size='large' loading={submit.isPending} onClick={onSubmit}>
          提交申请
        </Button>
      </View>
    </View>
  )
}

export default function ApplyPage() {
  const typeId = usePageParams(routes.certificates.apply).type
  const { cityCode } = usePreferences()
  const form = useApplicationForm(typeId, cityCode)

  if (!cityCode) {
    return <CityRequired reason='证照申请由您所在城市的部门受理' />
  }

  return (
    <PageShell>
      <LoginRequired reason='登录后才能在线申请证照'>
        <QueryState query={form}>{form.data ? <ApplyForm form={form.data} /> : null}</QueryState>
      </LoginRequired>
    </PageShell>
  )
}
