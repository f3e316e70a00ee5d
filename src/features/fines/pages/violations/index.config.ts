export default definePageConfig({ navigationBarTitleText: '违法记录' })
