export default definePageConfig({ navigationBarTitleText: '交通违法' })
