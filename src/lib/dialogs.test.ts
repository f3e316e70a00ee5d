import Taro from '@tarojs/taro'
import { confirmAction, DIALOG_COLORS } from './dialogs'

jest.mock('@tarojs/taro', () => {
  // babel-plugin-transform-taroapi turns Taro.showModal into a named import: provide both.
  const showModal = jest.fn(async () => ({ confirm: true, cancel: false }))
  const showToast = jest.fn(async () => ({}))
  return { __esModule: true, showModal, showToast, default: { showModal, showToast } }
})

const showModal = Taro.showModal as unknown as jest.Mock

beforeEach(() => showModal.mockClear())

test('a destructive confirmation has a red confirm button, never the platform default green', async () => {
  await expect(confirmAction({ title: '取消预约？', content: '…', confirmText: '取消预约', cancelText: '不取消', destructive: true })).resolves.toBe(true)
  expect(showModal.mock.calls[0][0]).toMatchObject({ confirmColor: DIALOG_COLORS.danger, confirmText: '取消预约' })
})

test('an ordinary confirmation uses the theme blue', async () => {
  await confirmAction({ title: '提交', content: '…', confirmText: '提交', cancelText: '返回' })
  expect(showModal.mock.calls[0][0]).toMatchObject({ confirmColor: DIALOG_COLORS.primary })
  expect(showModal.mock.calls[0][0].confirmColor).not.toMatch(/3CC51F/i)
})

test('the colours are the theme colours', () => {
  const fs = jest.requireActual('node:fs') as typeof import('node:fs')
  const theme = fs.readFileSync(`${__dirname}/../styles/theme.scss`, 'utf8')
  expect(theme).toContain(`$color-primary: ${DIALOG_COLORS.primary};`)
  expect(theme).toContain(`$color-danger: ${DIALOG_COLORS.danger};`)
  expect(theme).toContain(`$color-text-secondary: ${DIALOG_COLORS.cancel};`)
})
