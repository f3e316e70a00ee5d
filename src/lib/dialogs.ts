import Taro from '@tarojs/taro'

// The platform's own dialogs and toasts (no UI-kit weight in the main package), always through
// here so they look the same everywhere: the confirm button is the theme's blue, or red when the
// action destroys something (删除, 解除绑定, 取消预约, 退出登录), never Taro's default green
// (#3CC51F on H5). In 长辈模式 the H5 dialogs, toasts and action sheets are rescaled by the
// `cs-elder` root class (app.scss, set by the platform layer); WeChat and Alipay draw their own,
// scaled by the phone's font size setting. Alipay's my.confirm takes no colours: the words say it.

/** Colours of src/styles/theme.scss ($color-primary, $color-danger, $color-text-secondary). */
export const DIALOG_COLORS = { primary: '#1a5fd6', danger: '#c0262d', cancel: '#4a5260' } as const

export interface ConfirmOptions {
  title: string
  content: string
  confirmText: string
  cancelText: string
  /** The action deletes, unbinds or cancels something: the confirm button is red. */
  destructive?: boolean
}

/** Asks before an action; resolves true when the user confirmed. */
export async function confirmAction(options: ConfirmOptions): Promise<boolean> {
  const { confirm } = await Taro.showModal({
    title: options.title,
    content: options.content,
    confirmText: options.confirmText,
    cancelText: options.cancelText,
    confirmColor: options.destructive ? DIALOG_COLORS.danger : DIALOG_COLORS.primary,
    cancelColor: DIALOG_COLORS.cancel,
  })
  return confirm
}

/** A short message that goes away by itself: `done` shows a tick, `info` only the words. */
export function notify(title: string, kind: 'done' | 'info' = 'info'): void {
  void Taro.showToast({ title, icon: kind === 'done' ? 'success' : 'none', duration: kind === 'done' ? 1500 : 2500 })
}
