import { Text, View } from '@tarojs/components'
import { formatFen } from '@contract/rules/money'
import { chargeNote, LAW_NOTE, surchargeLabel } from '../model/charge'
import type { Charge } from '@contract'
import './charge-breakdown.scss'

/** 罚款 / 加处罚款（逾期 N 天） / 合计, as the server computed them, and what happens next. */
export function ChargeBreakdown({ charge, showNote = true }: { charge: Charge; showNote?: boolean }) {
  return (
    <View className='charge card' aria-label='应缴金额明细'>
      <View className='charge__row'>
        <Text>罚款</Text>
        <Text>{formatFen(charge.fineFen)}</Text>
      </View>
      <View className='charge__row'>
        <Text>{surchargeLabel(charge)}</Text>
        <Text>{formatFen(charge.surchargeFen)}</Text>
      </View>
      <View className='charge__row charge__row--total'>
        <Text>合计</Text>
        <Text className='charge__total'>{formatFen(charge.totalFen)}</Text>
      </View>
      {showNote ? (
        <>
          <Text className={`charge__note${charge.capped ? '' : ' charge__note--warning'}`}>{chargeNote(charge)}</Text>
          <Text className='charge__law'>{LAW_NOTE}</Text>
        </>
      ) : null}
    </View>
  )
}
