/**
 * @jest-environment node
 */
import { appConfigFor, projectConfigFor, WECHAT_ONLY_APP_FIELDS } from './platform-app-config'

const appConfig = {
  pages: ['pages/home/index'],
  window: { navigationBarTitleText: '城市服务', navigationBarTextStyle: 'white', backgroundTextStyle: 'dark', backgroundColor: '#f4f7fb' },
  permission: { 'scope.userLocation': { desc: '用于计算您与办事大厅的距离' } },
  requiredPrivateInfos: ['getFuzzyLocation'],
  lazyCodeLoading: 'requiredComponents',
}

test('the Alipay app config has none of the WeChat-only fields and keeps the rest', () => {
  const alipay = appConfigFor('alipay', appConfig)
  for (const field of WECHAT_ONLY_APP_FIELDS) expect(alipay).not.toHaveProperty(field)
  expect(alipay).toEqual({ pages: ['pages/home/index'], window: { navigationBarTitleText: '城市服务', backgroundColor: '#f4f7fb' } })
  // The input is left alone (Taro's object is changed by the plugin, in place, on purpose).
  expect(appConfig.window.navigationBarTextStyle).toBe('white')
})

test('WeChat and H5 keep the app config as written', () => {
  expect(appConfigFor('weapp', appConfig)).toEqual(appConfig)
  expect(appConfigFor('h5', appConfig)).toEqual(appConfig)
})

test('the project files carry the configured appid; Alipay compiles as a mini-program', () => {
  expect(projectConfigFor('weapp', { appid: 'touristappid', compileType: 'miniprogram' }, 'wx0123456789abcdef')).toEqual({
    appid: 'wx0123456789abcdef',
    compileType: 'miniprogram',
  })
  expect(projectConfigFor('weapp', { appid: 'touristappid' }, '')).toEqual({ appid: 'touristappid' })
  expect(projectConfigFor('alipay', { format: 2 }, '2021004123456789')).toEqual({ format: 2, appid: '2021004123456789', compileType: 'mini' })
})
