// Jest setup for the `unit` project (jsdom): the build-time constants that Taro's
// webpack config defines, so the real @tarojs/taro-h5 can load in tests.
Object.assign(globalThis, {
  API_BASE: '/api/v1',
  ENABLE_INNER_HTML: true,
  ENABLE_ADJACENT_HTML: true,
  ENABLE_SIZE_APIS: true,
  ENABLE_TEMPLATE_CONTENT: true,
  ENABLE_CLONE_NODE: true,
  ENABLE_CONTAINS: true,
  ENABLE_MUTATION_OBSERVER: true,
  DEPRECATED_ADAPTER_COMPONENT: false,
})
