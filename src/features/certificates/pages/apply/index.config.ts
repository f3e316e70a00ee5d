export default definePageConfig({ navigationBarTitleText: '证照申请' })
