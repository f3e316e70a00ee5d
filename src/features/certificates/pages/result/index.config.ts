export default definePageConfig({ navigationBarTitleText: '申请结果' })
