// Jest setup for the `unit` project (jsdom): the build-time constant Taro defines.
Object.assign(globalThis, { API_BASE: '/api/v1' })
