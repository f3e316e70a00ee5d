import { Button } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './submit-bar.scss'

/** A form's one primary action at its foot: full width, large, busy while `loading`. */
export function SubmitBar({ loading = false, disabled = false, onClick, children }: { loading?: boolean; disabled?: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <View className='submit-bar'>
      <Button type='primary' block size='large' loading={loading} disabled={disabled} onClick={onClick}>
        {children}
      </Button>
    </View>
  )
}
