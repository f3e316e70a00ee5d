import type { PlateType } from '@contract'
import { Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { isApiError, messageOf } from '@/api/errors'
import { CityRequired } from '@/components/city-required'
import { AlreadyBound } from '@/components/already-bound'
import { FieldError } from '@/components/field-error'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { QueryState } from '@/components/query-state'
import { SubmitBar } from '@/components/submit-bar'
import { usePreferences } from '@/lib/use-preferences'
import { checkPlate, normalisePlate } from '@contract/rules/validators'
import { routes } from '@/routes'
import { notify } from '@/lib/dialogs'
import { bindVehicle, checkVehicleBinding, fineKeys, usePlateTypes } from '../../api'
import { checkCheckDigits, checkDigitsLabel, normaliseCheckDigits } from '@contract/rules/check-digits'
import { CITY_CHECK_RULES, checkRuleForPlate } from '@contract/rules/vehicle-rules'
import './index.scss'

interface FieldErrors {
  plate?: string
  plateType?: string
  checkDigits?: string
  form?: string
}

/** 号牌种类 → 车牌号码 → 发动机号/车架号后几位 (as the plate's registering city asks) → bind. */
export default function BindVehiclePage() {
  const { cityCode } = usePreferences()
  const queryClient = useQueryClient()
  const plateTypes = usePlateTypes()
  const [plateType, setPlateType] = useState<PlateType | null>(null)
  const [plate, setPlate] = useState('')
  // The registering city's rule (浙C → 温州) as the server applies it; the app city's until the plate says.
  const rule = checkRuleForPlate(plate) ?? (cityCode ? CITY_CHECK_RULES[cityCode] ?? null : null)
  const [checkDigits, setCheckDigits] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  // My binding of the typed plate, found at lookup (before 确认绑定): then there is nothing to confirm.
  const [boundId, setBoundId] = useState<string | null>(null)
  const submitting = useRef(false)
  const plateRef = useRef(plate)
  plateRef.current = plate

  const lookup = useMutation({
    mutationFn: (typed: string) => checkVehicleBinding(normalisePlate(typed)),
    onSuccess: (answer, typed) => {
      // Only if the plate is still the one asked about.
      if (typed === plateRef.current) setBoundId(answer.boundId ?? null)
    },
  })

  const bind = useMutation({
    mutationFn: () => bindVehicle(normalisePlate(plate), plateType!.code, normaliseCheckDigits(checkDigits)),
    onSuccess: (vehicle) => {
      void queryClient.invalidateQueries({ queryKey: fineKeys.vehicles })
      void queryClient.invalidateQueries({ queryKey: ['inbox'] })
      notify('绑定成功', 'done')
      void Taro.redirectTo({ url: routes.fines.violations(vehicle.id) })
    },
    onError: (error) => {
      // Keep everything typed; put each server message next to its field.
      if (isApiError(error) && Object.keys(error.fieldErrors).length > 0) {
        const { plate: plateError, plateType: typeError, checkDigits: digitsError } = error.fieldErrors
        setErrors({
          plate: plateError,
          plateType: typeError,
          checkDigits: digitsError,
          form: plateError || typeError || digitsError ? undefined : error.userMessage,
        })
      } else {
        setErrors({ form: messageOf(error) })
      }
    },
  })

  function plateProblem(type: PlateType | null = plateType): string | undefined {
    return checkPlate(plate, type ? { newEnergy: type.newEnergy } : {}) ?? undefined
  }

  function chooseType(next: PlateType) {
    setPlateType(next)
    // Re-check a plate already typed against the new type (新能源 plates have 6 characters).
    setErrors((current) => ({ ...current, plateType: undefined, form: undefined, plate: plate ? plateProblem(next) : undefined }))
  }

  /** Asks whether I already bound a valid plate; true if I did (the form then says so). */
  async function alreadyBound(): Promise<boolean> {
    try {
      const answer = await lookup.mutateAsync(plate)
      return answer.boundId !== undefined
    } catch {
      // The bind itself answers 409 if the check could not be made.
      return false
    }
  }

  async function submit() {
    // A tap that also ends typing the plate starts a lookup (onBlur): it must not swallow the tap.
    if (bind.isPending || submitting.current) return
    submitting.current = true
    try {
      await submitChecked()
    } finally {
      submitting.current = false
    }
  }

  async function submitChecked() {
    const next: FieldErrors = {
      plateType: plateType ? undefined : '请选择号牌种类（见行驶证）',
      plate: plateProblem(),
      checkDigits: rule ? checkCheckDigits(checkDigits, rule) ?? undefined : undefined,
    }
    setErrors(next)
    if (next.plate) return
    if (await alreadyBound()) return
    if (!next.plateType && !next.checkDigits && rule) bind.mutate()
  }

  if (!cityCode) {
    return <CityRequired reason='不同城市绑定车辆时核对的信息不同' />
  }

  return (
    <PageShell>
      <LoginRequired reason='登录后才能绑定机动车'>
        <View className='bind'>
          <Text className='section-title'>1. 选择号牌种类</Text>
          <QueryState query={plateTypes}>
            <View className='bind__types' role='radiogroup' aria-label='号牌种类'>
              {(plateTypes.data ?? []).map((item) => (
                <View
                  key={item.code}
                  role='radio'
                  aria-checked={plateType?.code === item.code}
                  aria-label={item.name}
                  className={`bind__type${plateType?.code === item.code ? ' bind__type--selected' : ''}`}
                  onClick={() => chooseType(item)}
                >
                  <Text>
                    {plateType?.code === item.code ? '✓ ' : ''}
                    {item.name}
                  </Text>
                </View>
              ))}
            </View>
          </QueryState>
          <FieldError message={errors.plateType} outside />

          <Text className='section-title'>2. 输入车牌号码</Text>
          <View className='bind__field card'>
            <Input
              className={`bind__input${errors.plate ? ' bind__input--error' : ''}`}
              type='text'
              value={plate}
              placeholder={plateType?.newEnergy ? '例如 浙AD12345' : '例如 浙A12345'}
              maxlength={12}
              aria-label='车牌号码'
              onInput={(event) => {
                setPlate(event.detail.value)
                setBoundId(null)
                setErrors((current) => ({ ...current, plate: undefined, form: undefined }))
              }}
              onBlur={() => {
                if (!plate) return
                const problem = plateProblem()
                setErrors((current) => ({ ...current, plate: problem }))
                if (!problem) void alreadyBound()
              }}
            />
            <Text className='bind__hint'>省份简称 + 字母 + 号码，字母不区分大小写；新能源车为 6 位号码</Text>
            <FieldError message={errors.plate} />
          </View>

          {boundId ? (
            <AlreadyBound
              message='您已绑定过这辆车，无需重复绑定。'
              action='查看该车辆'
              onOpen={() => void Taro.redirectTo({ url: routes.fines.violations(boundId) })}
            />
          ) : (
            <>
              <Text className='section-title'>3. 核对车辆信息</Text>
              {rule ? (
                <View className='bind__field card'>
                  <Text className='bind__label'>{checkDigitsLabel(rule)}</Text>
                  <Input
                    className={`bind__input${errors.checkDigits ? ' bind__input--error' : ''}`}
                    type='text'
                    value={checkDigits}
                    placeholder={`请输入${checkDigitsLabel(rule)}`}
                    maxlength={rule.digits + 4}
                    aria-label={checkDigitsLabel(rule)}
                    onInput={(event) => {
                      setCheckDigits(event.detail.value)
                      setErrors((current) => ({ ...current, checkDigits: undefined, form: undefined }))
                    }}
                    onConfirm={() => void submit()}
                  />
                  <Text className='bind__hint'>按车牌所属城市的要求填写，见行驶证</Text>
                  <FieldError message={errors.checkDigits} />
                </View>
              ) : null}

              <FieldError message={errors.form} outside />
              <SubmitBar loading={bind.isPending} onClick={() => void submit()}>
                确认绑定
              </SubmitBar>
            </>
          )}
        </View>
      </LoginRequired>
    </PageShell>
  )
}
