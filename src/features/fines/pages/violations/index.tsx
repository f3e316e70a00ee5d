import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useMemo, useRef } from 'react'
import { messageOf } from '@/api/errors'
import { AmountBar } from '@/components/amount-bar'
import { EmptyState } from '@/components/empty-state'
import { LoginRequired } from '@/components/login-required'
import { OpenPaymentNotice } from '@/components/open-payment-notice'
import { PageShell } from '@/components/page-shell'
import { QueryState } from '@/components/query-state'
import { formatFen } from '@contract/rules/money'
import { openPage, usePageParams } from '@/lib/navigation'
import { routes } from '@/routes'
import { TickMark } from '@/components/tick-mark'
import { formatDateTime } from '@/lib/dates'
import { confirmAction, notify } from '@/lib/dialogs'
import { useTickSelection } from '@/lib/tick-selection'
import { fineKeys, unbindVehicle, useVehicles, useViolations } from '../../api'
import { UNPROCESSED_NOTE, VIOLATION_STATUS_TEXT } from '../../model/charge'
import { fineItems, payable, selectedDueFen } from '../../model/selection'
import './index.scss'

export default function ViolationsPage() {
  const { vehicleId } = usePageParams(routes.fines.violations)
  const queryClient = useQueryClient()
  const vehicles = useVehicles()
  const vehicle = vehicles.data?.find((item) => item.id === vehicleId)
  const violations = useViolations(vehicleId)
  const leaving = useRef(false)

  useDidShow(() => {
    leaving.current = false
    void violations.refetch()
    void vehicles.refetch()
  })

  const items = useMemo(() => violations.data?.items ?? [], [violations.data])
  // Every 待缴款 fine starts ticked: most people pay all they owe.
  const due = useMemo(() => payable(items), [items])
  const { selected, toggle } = useTickSelection(due)

  const unbind = useMutation({
    mutationFn: () => unbindVehicle(vehicleId),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: fineKeys.vehicles })
      void queryClient.invalidateQueries({ queryKey: ['inbox'] })
      notify('已解除绑定')
      void Taro.navigateBack()
    },
    onError: (error) => notify(messageOf(error)),
  })

  async function confirmUnbind() {
    const confirm = await confirmAction({
      title: '解除绑定',
      content: '解除后不再显示该车的违法记录，已缴记录和票据仍可在缴费记录中查看。',
      confirmText: '解除',
      cancelText: '保留',
      destructive: true,
    })
    if (confirm) unbind.mutate()
  }

  function pay() {
    // A double tap must not open two checkouts.
    if (leaving.current) return
    leaving.current = true
    openPage(routes.payments.checkout(fineItems(items, selected)))
  }

  const total = selectedDueFen(items, selected)
  const ticked = due.filter((violation) => selected.has(violation.id)).length

  return (
    <PageShell className='violations-page'>
      <LoginRequired reason='登录后查看交通违法记录'>
        {vehicle ? (
          <View className='violations__head'>
            <Text className='violations__plate'>{vehicle.plate}</Text>
            <Text className='violations__meta'>{vehicle.plateTypeName}</Text>
          </View>
        ) : null}

        <QueryState query={violations} rows={5}>
          {violations.data ? (
            <>
              <View className='violations__totals card' aria-label='待缴合计'>
                <Text className='violations__totals-title'>待缴款合计</Text>
                <Text>
                  罚款 {formatFen(violations.data.totalFineFen)} + 加处罚款 {formatFen(violations.data.totalSurchargeFen)} = 合计{' '}
                  <Text className='violations__totals-due'>{formatFen(violations.data.totalDueFen)}</Text>
                </Text>
              </View>
              <OpenPaymentNotice noun='罚款' paymentIds={items.flatMap((violation) => (violation.openPaymentId ? [violation.openPaymentId] : []))} />
              {items.length === 0 ? (
                <EmptyState title='没有交通违法记录' description='有新的违法记录时会在首页待办中提醒您' />
              ) : (
                <View className='violations__list'>
                  {items.map((violation) => {
                    const interactive = violation.status === 'awaiting_payment' && !!violation.charge && !violation.openPaymentId
                    const isTicked = interactive && selected.has(violation.id)
                    const when = formatDateTime(violation.occurredAt)
                    const amount = violation.charge?.totalFen ?? violation.fineFen
                    return (
                      <View
                        key={violation.id}
                        className={`violations__item card${isTicked ? ' violations__item--ticked' : ''}`}
                        // Selectable rows: the checkbox and the detail link are sibling controls
                        // (never nested: axe nested-interactive); other rows are one link.
                        role={interactive ? undefined : 'link'}
                        onClick={() => (interactive ? toggle(violation.id) : openPage(routes.fines.violation(violation.id)))}
                      >
                        {interactive ? (
                          <View
                            className='violations__check'
                            role='checkbox'
                            aria-checked={isTicked}
                            aria-label={`选择缴纳 ${when} ${violation.act} ${formatFen(amount)}`}
                            onClick={(event) => {
                              event.stopPropagation()
                              toggle(violation.id)
                            }}
                          >
                            <TickMark ticked={isTicked} />
                          </View>
                        ) : null}
                        <View className='violations__main'>
                          <Text className='violations__act'>{violation.act}</Text>
                          <Text className='violations__meta-line'>{when}</Text>
                          <Text className='violations__meta-line'>{violation.place}</Text>
                          <Text className='violations__meta-line'>
                            罚款 {formatFen(violation.fineFen)} · 记 {violation.points} 分
                            {violation.charge && violation.charge.surchargeFen > 0 ? ` · 加处罚款 ${formatFen(violation.charge.surchargeFen)}` : ''}
                          </Text>
                          {violation.status === 'unprocessed' ? <Text className='violations__note'>{UNPROCESSED_NOTE}</Text> : null}
                          {violation.status === 'paid' && violation.paidAt ? (
                            <Text className='violations__meta-line'>缴款时间 {formatDateTime(violation.paidAt)}</Text>
                          ) : null}
                        </View>
                        <View className='violations__side'>
                          {violation.status !== 'unprocessed' ? <Text className='violations__amount'>{formatFen(amount)}</Text> : null}
                          <Text className={`violations__status violations__status--${violation.status}`}>
                            {violation.openPaymentId ? '缴费中' : VIOLATION_STATUS_TEXT[violation.status]}
                          </Text>
{interactive ? (
                          <View
                            className='violations__detail'
                            role='link'
                            aria-label={`${when} 违法详情`}
                            onClick={(event) => {
                              event.stopPropagation()
                              openPage(routes.fines.violation(violation.id))
                            }}
                          >
                            <Text>详情 ›</Text>
                          </View>
                          ) : null}
                        </View>
                      </View>
                    )
                  })}
                </View>
              )}
            </>
          ) : null}
        </QueryState>

        <View className='violations__unbind'>
          <Button fill='none' type='danger' loading={unbind.isPending} onClick={() => void confirmUnbind()}>
            解除绑定
          </Button>
        </View>

        {due.length > 0 ? (
          <AmountBar totalFen={total} label={`已选 ${ticked} 笔，合计`} actionText='立即缴费' disabled={total === 0} onAction={pay} />
        ) : null}
      </LoginRequired>
    </PageShell>
  )
}
