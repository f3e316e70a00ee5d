// Type-checking and unit tests resolve `@/platform` here; the builds pick
// index.weapp.ts / index.alipay.ts / index.h5.ts by Taro's file suffixes.
export * from './index.h5'
