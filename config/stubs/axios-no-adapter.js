// Webpack stands this in for axios' xhr and fetch adapters: every request goes
// through our Taro.request adapter (src/api/taro-adapter.ts), so the browser
// adapters are dead weight in a 600 KB main package (README "Budgets").
export const getFetch = () => undefined
export default false
