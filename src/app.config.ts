// Main package: only the shell (tab pages, login, city picker, catalogue).
// Each journey is a feature subpackage under features/<name>/ (DESIGN.md §2); the shell's pages
// that are neither tabs nor on the way to the first screen (a service's detail, settings, the
// privacy policy, the 用户协议) are the `more` subpackage, to keep the main package small (§7).
export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/catalogue/index',
    'pages/me/index',
    'pages/login/index',
    'pages/city/index',
  ],
  subPackages: [
    { root: 'features/bills', pages: ['pages/accounts/index', 'pages/add/index', 'pages/account/index', 'pages/bill/index'] },
    { root: 'features/fines', pages: ['pages/vehicles/index', 'pages/bind/index', 'pages/violations/index', 'pages/violation/index', 'pages/decision/index'] },
    { root: 'features/fees', pages: ['pages/pay/index'] },
    { root: 'features/appointments', pages: ['pages/halls/index', 'pages/book/index', 'pages/confirm/index', 'pages/mine/index', 'pages/detail/index'] },
    { root: 'features/cases', pages: ['pages/list/index', 'pages/lookup/index', 'pages/detail/index', 'pages/correction/index', 'pages/rate/index'] },
    { root: 'features/certificates', pages: ['pages/wallet/index', 'pages/certificate/index', 'pages/usage/index', 'pages/apply/index', 'pages/result/index'] },
    { root: 'features/payments', pages: ['pages/checkout/index', 'pages/result/index', 'pages/history/index', 'pages/receipt/index'] },
    { root: 'features/messages', pages: ['pages/list/index'] },
    { root: 'more', pages: ['pages/catalogue-item/index', 'pages/settings/index', 'pages/privacy/index', 'pages/agreement/index'] },
  ],
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
