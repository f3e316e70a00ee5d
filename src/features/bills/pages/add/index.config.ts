export default definePageConfig({ navigationBarTitleText: '添加缴费户号' })
