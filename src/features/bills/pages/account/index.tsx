import type { Bill } from '@contract'
import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useMemo, useRef, useState } from 'react'
import { messageOf } from '@/api/errors'
import { AmountBar } from '@/components/amount-bar'
import { EmptyState } from '@/components/empty-state'
import { LoginRequired } from '@/components/login-required'
import { OpenPaymentNotice } from '@/components/open-payment-notice'
import { PageShell } from '@/components/page-shell'
import { QueryState } from '@/components/query-state'
import { formatFen } from '@contract/rules/money'
import { openPage, usePageParams } from '@/lib/navigation'
import { billName } from '@contract/rules/utility-types'
import { platform } from '@/platform'
import { routes } from '@/routes'
import { formatDateTime } from '@/lib/dates'
import { confirmAction, notify } from '@/lib/dialogs'
import { useTickSelection } from '@/lib/tick-selection'
import { DatedText } from '@/components/dated-text'
import { TickMark } from '@/components/tick-mark'
import { billKeys, relabelAccount, unbindAccount, useAccounts, useBills } from '../../api'
import { payable, selectedTotalFen } from '../../model/selection'
import './index.scss'

const STATUS_TEXT: Record<Bill['status'], string> = { unpaid: '未缴', paying: '缴费中', paid: '已缴' }
const LABELS = ['家里', '父母家', '公司']

export default function AccountPage() {
  const id = usePageParams(routes.bills.account).id
  const queryClient = useQueryClient()
  const accounts = useAccounts()
  const account = accounts.data?.find((item) => item.id === id)
  const bills = useBills(id)
  const [tab, setTab] = useState<'unpaid' | 'paid'>('unpaid')
  const leaving = useRef(false)

  useDidShow(() => {
    leaving.current = false
    void bills.refetch()
    void accounts.refetch()
  })

  // Every unpaid bill starts ticked: most people pay all they owe.
  const unpaid = useMemo(() => payable(bills.data ?? []), [bills.data])
  const { selected, toggle } = useTickSelection(unpaid)

  const relabel = useMutation({
    mutationFn: (label: string) => relabelAccount(id, label),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: billKeys.accounts }),
    onError: (error) => notify(messageOf(error)),
  })

  const unbind = useMutation({
    mutationFn: () => unbindAccount(id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: billKeys.accounts })
      notify('已解除绑定')
      void Taro.navigateBack()
    },
    onError: (error) => notify(messageOf(error)),
  })

  async function chooseLabel() {
    let picked: number | null
    try {
      // Through the platform layer: Alipay answers { index } (cancel = -1), WeChat { tapIndex }.
      picked = await platform.showActionSheet(LABELS)
    } catch {
      notify('无法打开选项，请稍后再试')
      return
    }
    // Closed without choosing: nothing to change, nothing to send.
    if (picked !== null) relabel.mutate(LABELS[picked])
  }

  async function confirmUnbind() {
    const confirm = await confirmAction({
      title: '解除绑定',
      content: '解除后不再显示该户号的账单，已缴记录和票据仍可在缴费记录中查看。',
      confirmText: '解除',
      cancelText: '保留',
      destructive: true,
    })
    if (confirm) unbind.mutate()
  }

  function pay() {
    // A double tap must not open two checkouts (the server would refuse the second anyway).
    if (leaving.current) return
    leaving.current = true
    const items = unpaid.filter((bill) => selected.has(bill.id)).map((bill) => ({ kind: 'bill' as const, id: bill.id }))
    openPage(routes.payments.checkout(items))
  }

  const shown = (bills.data ?? []).filter((bill) => (tab === 'paid' ? bill.status === 'paid' : bill.status !== 'paid'))
  const total = selectedTotalFen(bills.data ?? [], selected)

  return (
    <PageShell className='account-page'>
      <LoginRequired reason='登录后查看账单'>
        <QueryState query={accounts}>
          {account ? (
            <View className='account__head'>
              <View className='account__title'>
                <Text className='account__type'>{billName(account.type)}</Text>
                <View className='account__label' role='button' aria-label={`标签 ${account.label}，点击修改`} onClick={() => void chooseLabel()}>
                  <Text>{account.label}</Text>
                  <View className='account__label-edit' aria-hidden />
                </View>
              </View>
              <Text className='account__meta'>{account.providerName}</Text>
              <Text className='account__meta'>户号 {account.accountNumber} · 户主 {account.holderName}</Text>
              <Text className='account__meta'>{account.address}</Text>
            </View>
          ) : (
            <EmptyState title='没有找到这个户号' description='它可能已被解除绑定' />
          )}
        </QueryState>

        <View className='account__tabs' role='tablist'>
          {(['unpaid', 'paid'] as const).map((key) => (
            <View key={key} role='tab' aria-selected={tab === key} className={`account__tab${tab === key ? ' account__tab--active' : ''}`} onClick={() => setTab(key)}>
              <Text>{key === 'unpaid' ? `待缴账单（${unpaid.length}）` : '缴费历史'}</Text>
            </View>
          ))}
        </View>

        {tab === 'unpaid' ? (
          <OpenPaymentNotice
            noun='账单'
            paymentIds={(bills.data ?? []).flatMap((bill) => (bill.status === 'paying' && bill.paymentId ? [bill.paymentId] : []))}
          />
        ) : null}

        <QueryState query={bills}>
          {shown.length === 0 ? (
            <EmptyState title={tab === 'unpaid' ? '没有待缴账单' : '还没有缴费记录'} description={tab === 'unpaid' ? '新账单出账后会在首页待办中提醒您' : undefined} />
          ) : (
            <View className='account__bills'>
              {shown.map((bill) => {
                const ticked = selected.has(bill.id)
                const interactive = bill.status === 'unpaid'
                return (
                  <View
                    key={bill.id}
                    className={`account__bill card${ticked && interactive ? ' account__bill--ticked' : ''}`}
                    // The whole row is a touch target; the checkbox and the detail link are the
                    // controls (siblings, never nested: axe nested-interactive).
                    onClick={() => (interactive ? toggle(bill.id) : openPage(routes.bills.bill(bill.id)))}
                  >
                    {interactive ? (
                      <View
                        className='account__check'
                        role='checkbox'
                        aria-checked={ticked}
                        aria-label={`选择缴纳 ${bill.period} ${billName(bill.type)} ${formatFen(bill.amountFen)}`}
                        onClick={(event) => {
                          event.stopPropagation()
                          toggle(bill.id)
                        }}
                      >
                        <TickMark ticked={ticked} />
                      </View>
                    ) : null}
                    <View className='account__bill-main'>
                      <Text className='account__period'>{bill.period} {billName(bill.type)}</Text>
                      <DatedText
                        className='account__bill-meta'
                        text={`${bill.usage ? `用量 ${bill.usage.quantity} ${bill.usage.unit} · ` : ''}${bill.status === 'paid' && bill.paidAt ? `缴费时间 ${formatDateTime(bill.paidAt)}` : `缴费截止 ${bill.dueDate}`}`}
                      />
                    </View>
                    <View className='account__bill-side'>
                      <Text className='account__amount'>{formatFen(bill.amountFen)}</Text>
                      <Text className={`account__status account__status--${bill.status}`}>{STATUS_TEXT[bill.status]}</Text>
                      <View
                        className='account__receipt'
                        role='link'
                        aria-label={`${bill.period} 账单详情`}
                        onClick={(event) => {
                          event.stopPropagation()
                          openPage(routes.bills.bill(bill.id))
                        }}
                      >
                        <Text>详情 ›</Text>
                      </View>
                    </View>
                  </View>
                )
              })}
            </View>
          )}
        </QueryState>

        <View className='account__unbind'>
          <Button fill='none' type='danger' loading={unbind.isPending} onClick={() => void confirmUnbind()}>
            解除绑定
          </Button>
        </View>

        {tab === 'unpaid' && unpaid.length > 0 ? (
          <AmountBar
            totalFen={total}
            label={`已选 ${unpaid.filter((bill) => selected.has(bill.id)).length} 笔，合计`}
            actionText='立即缴费'
            disabled={total === 0}
            onAction={pay}
          />
        ) : null}
      </LoginRequired>
    </PageShell>
  )
}
