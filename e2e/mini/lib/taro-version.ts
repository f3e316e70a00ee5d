// The Taro version the harness was written for. It reads Taro's private rendering protocol
// (setData paths under `root.cn`, compressed node names `nn`, the `eh` event handler, the generated
// base.wxml / base.axml templates), which can change in any release: after an upgrade the harness
// must be checked against the new runtime before this constant moves (taro-version.test.ts).
export const HARNESS_TARO_VERSION = '4.2.0'
