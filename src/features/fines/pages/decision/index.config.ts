export default definePageConfig({ navigationBarTitleText: '按决定书编号缴款' })
