import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { CodeText } from '@/components/code-text'
import { CopyButton } from '@/components/copy-button'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { QueryState } from '@/components/query-state'
import { openPage, usePageParams } from '@/lib/navigation'
import { routes } from '@/routes'
import { ResultHead } from '@/components/result-head'
import { useApplication } from '../../api'
import { takeReceipt } from '../../model/receipts'
import './index.scss'
import { formatCst } from '../../model/time'

export default function ResultPage() {
  const id = usePageParams(routes.certificates.result).id
  const receipt = takeReceipt(id)
  // Opened again later (or from a message): the case without the once-shown password.
  const stored = useApplication(id, receipt === undefined)
  const application = receipt ?? stored.data

  return (
    <PageShell>
      <LoginRequired reason='登录后可查看申请结果'>
        <QueryState query={receipt ? { isPending: false, isError: false, error: null, refetch: () => undefined } : stored}>
          {application ? (
            <View className='result'>
              <ResultHead tone='success' title='申请已提交' description={`${application.typeName} · ${application.department}`} />
              <View className='result__rows card'>
                <View className='result__row'>
                  <Text className='result__label'>办件编号</Text>
                  <CodeText className='result__value result__case' code={application.caseNumber} />
                  <CopyButton text={application.caseNumber} label='复制办件编号' />
                </View>
                {receipt ? (
                  <View className='result__row'>
                    <Text className='result__label'>查询密码</Text>
                    <Text className='result__value result__password' selectable>
                      {receipt.queryPassword}
                    </Text>
                  </View>
                ) : null}
                <View className='result__row'>
                  <Text className='result__label'>提交时间</Text>
                  <Text className='result__value'>{formatCst(application.submittedAt, 'YYYY-MM-DD HH:mm')}</Text>
                </View>
                <View className='result__row'>
                  <Text className='result__label'>承诺时限</Text>
                  <Text className='result__value'>{application.promisedWorkingDays} 个工作日</Text>
                </View>
                <View className='result__row'>
                  <Text className='result__label'>领取方式</Text>
                  <Text className='result__value'>{application.delivery}</Text>
                </View>
              </View>
              <Text className='result__note'>
                {receipt
                  ? '请记下办件编号和查询密码：查询密码只显示这一次，可凭二者在“办件查询”中查看进度。'
                  : '查询密码已在提交时显示，如遗忘可凭办件编号登录后在“我的办件”中查看进度。'}
              </Text>
              <View className='result__actions'>
                <Button type='primary' block size='large' onClick={() => openPage(routes.cases.detail(application.caseId))}>
                  查看进度
                </Button>
                <Button fill='outline' type='primary' block size='large' onClick={() => openPage(routes.certificates.wallet())}>
                  返回证照夹
                </Button>
                <Button fill='none' block onClick={() => void Taro.switchTab({ url: routes.home() })}>
                  返回首页
                </Button>
              </View>
            </View>
          ) : null}
        </QueryState>
      </LoginRequired>
    </PageShell>
  )
}
