export default definePageConfig({ navigationBarTitleText: '选择事项和时间' })
