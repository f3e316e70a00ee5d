// The platform API contract: every request and response schema, declared once.
// The Taro client imports only types from here: `import type { Me } from '@contract'`.
export * from './common'
export * from './problem'
export * from './auth'
export * from './addresses'
export * from './catalogue'
export * from './utilities'
export * from './payments'
export * from './fines'
export * from './fees'
export * from './inbox'
export * from './messages'
export * from './admin'
