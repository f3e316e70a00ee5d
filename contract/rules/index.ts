// The pure rules both sides apply: money, input checks (plate, 身份证号 GB 11643, 统一社会信用代码
// GB 32100, 户号, 决定书编号, 缴款码, vehicle check digits), utility kinds and case stage names.
// No TypeBox, no Node or platform API: the app bundles these files (`@contract/rules/<file>`, one
// file per import so the mini-program's main package takes only what a page uses).
export * from './money'
export * from './validators'
export * from './id-number'
export * from './credit-code'
export * from './account-number'
export * from './check-digits'
export * from './vehicle-rules'
export * from './utility-types'
export * from './case-stages'
