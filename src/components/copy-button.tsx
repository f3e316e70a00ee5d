import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { platform } from '@/platform'
import './copy-button.scss'

/**
 * 复制编号: puts a number (订单编号, 办件编号, 预约编号) on the clipboard so the user can paste it
 * into a call, a chat or a lookup (platform.copyText: wx/my.setClipboardData, the browser clipboard on H5).
 */
export function CopyButton({ text, label = '复制编号' }: { text: string; label?: string }) {
  async function copy() {
    try {
      await platform.copyText(text)
      void Taro.showToast({ title: '已复制', icon: 'none' })
    } catch {
      void Taro.showToast({ title: '复制失败，请长按编号手动复制', icon: 'none' })
    }
  }
  return (
    <View className='copy-button' role='button' aria-label={label} onClick={() => void copy()}>
      <Text>复制</Text>
    </View>
  )
}
