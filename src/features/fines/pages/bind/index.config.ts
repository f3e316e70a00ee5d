export default definePageConfig({ navigationBarTitleText: '绑定机动车' })
