// Main package: only the shell (tab pages, login, city picker, catalogue).
// Each journey is a feature subpackage under features/<name>/ (DESIGN.md §2); the shell's pages
// that are neither tabs nor on the way to the first screen (a service's detail, settings, the
// privacy policy, the 用户协议) are the `more` subpackage, to keep the main package small (§7).
import { MAIN_PAGES, subPackages } from './services'

export default defineAppConfig({
  pages: [...MAIN_PAGES],
  // From the service list (src/services.ts): one subpackage per service, then `more`.
  subPackages: subPackages(),
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#1a5fd6',
    navigationBarTitleText: '城市服务',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f4f7fb',
  },
  tabBar: {
    color: '#4a5260',
    selectedColor: '#1a5fd6',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/home/index', text: '首页', iconPath: 'assets/tab/home.png', selectedIconPath: 'assets/tab/home-active.png' },
      { pagePath: 'pages/catalogue/index', text: '办事', iconPath: 'assets/tab/catalogue.png', selectedIconPath: 'assets/tab/catalogue-active.png' },
      { pagePath: 'pages/me/index', text: '我的', iconPath: 'assets/tab/me.png', selectedIconPath: 'assets/tab/me-active.png' },
    ],
  },
  // WeChat-only fields below; the Alipay build drops them (config/platform-app-config.ts).
  // WeChat: each location API used is declared (2022-07-14 rule) with its purpose (≤ 30 characters).
  // getFuzzyLocation is enough for both uses (suggest the city, order halls nearest first) and needs
  // no justified application; WeChat's compiler refuses it together with getLocation in
  // requiredPrivateInfos ("mutually exclusive"), so the WeChat build never calls getLocation
  // (docs/review-checklist.md; e2e/mini/wechat-compiler.test.ts).
  permission: {
    'scope.userFuzzyLocation': { desc: '用于推荐您所在的城市和附近的办事大厅' },
  },
  requiredPrivateInfos: ['getFuzzyLocation'],
  // WeChat 按需注入: only the components a page uses are injected at start-up.
  lazyCodeLoading: 'requiredComponents',
})
