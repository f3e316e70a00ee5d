import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import './already-bound.scss'

/**
 * A bind form's answer when the lookup finds the target already bound by the user (issue 15.11):
 * said before 确认绑定, with the way to the existing binding instead of the confirmation.
 */
export function AlreadyBound({ message, action, onOpen }: { message: string; action: string; onOpen: () => void }) {
  return (
    <View className='already-bound card' role='alert'>
      <Text>{message}</Text>
      <Button type='primary' block size='large' onClick={onOpen}>
        {action}
      </Button>
    </View>
  )
}
