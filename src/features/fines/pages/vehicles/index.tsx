import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { EmptyState } from '@/components/empty-state'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { QueryState } from '@/components/query-state'
import { formatFen } from '@contract/rules/money'
import { openPage } from '@/lib/navigation'
import { routes } from '@/routes'
import { useVehicles } from '../../api'
import './index.scss'

export default function VehiclesPage() {
  const vehicles = useVehicles()
  // Coming back from a payment or from binding: show fresh amounts.
  useDidShow(() => void vehicles.refetch())

  return (
    <PageShell>
      <LoginRequired reason='登录后可绑定机动车，查询交通违法并在线缴纳罚款'>
        <QueryState query={vehicles}>
          {vehicles.data && vehicles.data.length === 0 ? (
            <EmptyState title='还没有绑定机动车' description='绑定后可查询本车交通违法记录，并在线缴纳罚款' />
          ) : (
            <View className='vehicles'>
              {(vehicles.data ?? []).map((vehicle) => (
                <View
                  key={vehicle.id}
                  className='vehicles__item card'
                  role='link'
                  onClick={() => openPage(routes.fines.violations(vehicle.id))}
                >
                  <View className='vehicles__head'>
                    <Text className='vehicles__plate'>{vehicle.plate}</Text>
                    <Text className='vehicles__type'>{vehicle.plateTypeName}</Text>
                  </View>
                  {vehicle.unpaidCount > 0 ? (
                    <Text className='vehicles__due'>
                      待缴 {vehicle.unpaidCount} 笔，合计 {formatFen(vehicle.unpaidTotalFen)}（含加处罚款）
                    </Text>
                  ) : (
                    <Text className='vehicles__clear'>✓ 无待缴罚款</Text>
                  )}
                  {vehicle.unprocessedCount > 0 ? (
                    <Text className='vehicles__unprocessed'>未处理 {vehicle.unprocessedCount} 条</Text>
                  ) : null}
                  <Text className='vehicles__more'>查看违法记录 ›</Text>
                </View>
              ))}
            </View>
          )}
          <View className='vehicles__actions'>
            <Button type='primary' block size='large' onClick={() => openPage(routes.fines.bind())}>
              绑定车辆
            </Button>
            <Button fill='outline' type='primary' block size='large' onClick={() => openPage(routes.fines.decision())}>
              按决定书编号缴款
            </Button>
          </View>
        </QueryState>
      </LoginRequired>
    </PageShell>
  )
}
