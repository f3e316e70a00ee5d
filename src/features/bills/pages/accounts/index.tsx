import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { EmptyState } from '@/components/empty-state'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { QueryState } from '@/components/query-state'
import { formatFen } from '@contract/rules/money'
import { openPage } from '@/lib/navigation'
import { billName } from '@contract/rules/utility-types'
import { routes } from '@/routes'
import { useAccounts } from '../../api'
import './index.scss'

export default function AccountsPage() {
  const accounts = useAccounts()
  // Coming back from a payment or from adding an account: show fresh arrears.
  useDidShow(() => void accounts.refetch())

  return (
    <PageShell>
      <LoginRequired reason='登录后可绑定水、电、燃气户号并在线缴费'>
        <QueryState query={accounts}>
          {accounts.data && accounts.data.length === 0 ? (
            <EmptyState title='还没有绑定缴费户号' description='绑定后可查看账单、在线缴费，家人也可以绑定同一户号' />
          ) : (
            <View className='accounts'>
              {(accounts.data ?? []).map((account) => (
                <View
                  key={account.id}
                  className='accounts__item card'
                  role='link'
                  onClick={() => openPage(routes.bills.account(account.id))}
                >
                  <View className='accounts__head'>
                    <Text className='accounts__type'>{billName(account.type)}</Text>
                    <Text className='accounts__label'>{account.label}</Text>
                  </View>
                  <Text className='accounts__provider'>{account.providerName}</Text>
                  <Text className='accounts__number'>
                    户号 {account.accountNumber} · 户主 {account.holderName}
                  </Text>
                  {account.arrearsFen > 0 ? (
                    <Text className='accounts__arrears'>
                      待缴 {formatFen(account.arrearsFen)}（{account.unpaidCount} 笔）
                    </Text>
                  ) : (
                    <Text className='accounts__clear'>✓ 无欠费</Text>
                  )}
                </View>
              ))}
            </View>
          )}
          <View className='accounts__actions'>
            <Button type='primary' block size='large' onClick={() => openPage(routes.bills.add())}>
              添加缴费户号
            </Button>
            <Button fill='outline' type='primary' block size='large' onClick={() => openPage(routes.payments.history())}>
              缴费记录
            </Button>
            <Button fill='outline' type='primary' block size='large' onClick={() => openPage(routes.fees.pay())}>
              非税缴费（考试报名费等）
            </Button>
          </View>
        </QueryState>
      </LoginRequired>
    </PageShell>
  )
}
