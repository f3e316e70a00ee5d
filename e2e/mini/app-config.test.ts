// The built app.json of each platform: WeChat's declares lazy code loading and the location APIs it
// uses with their purposes; Alipay's carries none of the fields only WeChat defines (Alipay's
// app.json reference has no permission, requiredPrivateInfos, lazyCodeLoading or
// navigationBarTextStyle), and both keep the pages, the window title and the tab bar.
import fs from 'node:fs'
import path from 'node:path'
import { ensureBuilt } from './build'

jest.setTimeout(300_000)

type AppJson = Record<string, unknown> & { window: Record<string, unknown>; pages: string[] }
type SubPackage = { root: string; pages: string[] }

/** Every page the app declares, main package and subpackages, as routes. */
function routes(app: AppJson): string[] {
  const subPackages = (app.subPackages ?? app.subpackages ?? []) as SubPackage[]
  return [...app.pages, ...subPackages.flatMap((sub) => sub.pages.map((page) => `${sub.root.replace(/\/?$/, '/')}${page}`))]
}

function appJson(platform: 'weapp' | 'alipay'): AppJson {
  return JSON.parse(fs.readFileSync(path.join(ensureBuilt(platform), 'app.json'), 'utf8')) as AppJson
}

test('weapp app.json: lazyCodeLoading, the fuzzy location declared (alone: WeChat refuses it with getLocation) with its purpose', () => {
  const app = appJson('weapp')
  expect(app.lazyCodeLoading).toBe('requiredComponents')
  expect(app.requiredPrivateInfos).toEqual(['getFuzzyLocation'])
  const permission = app.permission as Record<string, { desc: string }>
  expect(Object.keys(permission)).toEqual(['scope.userFuzzyLocation'])
  for (const scope of Object.values(permission)) {
    // WeChat shows the purpose in the authorization dialog; at most 30 characters.
    expect(scope.desc.length).toBeGreaterThan(4)
    expect(scope.desc.length).toBeLessThanOrEqual(30)
  }
  expect(app.window.navigationBarTextStyle).toBe('white')
  expect(routes(app)).toContain('more/pages/agreement/index')
})

test('alipay app.json: none of the WeChat-only fields; title, colours and tabs in Alipay terms', () => {
  const app = appJson('alipay')
  for (const field of ['permission', 'requiredPrivateInfos', 'lazyCodeLoading']) expect(Object.keys(app)).not.toContain(field)
  for (const field of ['navigationBarTextStyle', 'backgroundTextStyle', 'navigationBarTitleText', 'navigationBarBackgroundColor']) {
    expect(Object.keys(app.window)).not.toContain(field)
  }
  expect(app.window).toMatchObject({ defaultTitle: '城市服务', titleBarColor: '#1a5fd6' })
  expect((app.tabBar as { items: unknown[] }).items).toHaveLength(3)
  expect(routes(app)).toContain('more/pages/agreement/index')
})

test('the project files: weapp with the configured (development: tourist) appid, alipay compiles as a mini-program', () => {
  const weapp = JSON.parse(fs.readFileSync(path.join(ensureBuilt('weapp'), 'project.config.json'), 'utf8'))
  expect(weapp).toMatchObject({ appid: 'touristappid', compileType: 'miniprogram', miniprogramRoot: './' })
  const alipay = JSON.parse(fs.readFileSync(path.join(ensureBuilt('alipay'), 'mini.project.json'), 'utf8'))
  expect(alipay).toMatchObject({ compileType: 'mini', format: 2 })
})
