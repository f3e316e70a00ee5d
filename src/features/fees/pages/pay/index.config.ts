export default definePageConfig({ navigationBarTitleText: '非税缴费' })
