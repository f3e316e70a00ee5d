// Three projects: `unit` (app code in jsdom), `sandbox` (mock/ in-process),
// `e2e` (built outputs: H5 in Chromium, weapp/alipay in a vm harness).
// `npm test` (scripts/test.mjs) runs unit+sandbox first, then builds, then e2e.
const esmPackages = ['@tarojs', '@nutui', '@tanstack', '@stencil', 'axios', 'lodash-es', 'dayjs', 'cookie'].join('|')
// light-my-request (fastify.inject) loads cookie@2, which ships ESM only.
const nodeEsmPackages = ['cookie'].join('|')

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/src', '<rootDir>/scripts', '<rootDir>/config'],
      testMatch: ['**/*.test.ts', '**/*.test.tsx'],
      setupFilesAfterEnv: ['<rootDir>/src/test/setup.ts'],
      transform: { '^.+\\.[jt]sx?$': 'babel-jest' },
      transformIgnorePatterns: [`node_modules/(?!(${esmPackages})/)`],
      moduleNameMapper: {
        '^@tarojs/components$': '@tarojs/components/lib/react',
        '^@tarojs/taro$': '@tarojs/taro-h5',
        '^@/(.*)$': '<rootDir>/src/$1',
        '^@contract$': '<rootDir>/contract/index.ts',
        '^@contract/(.*)$': '<rootDir>/contract/$1',
        '\\.(css|scss|sass)$': '<rootDir>/src/test/style-stub.js',
      },
    },
    {
      displayName: 'sandbox',
      testEnvironment: 'node',
      roots: ['<rootDir>/contract', '<rootDir>/mock'],
      setupFilesAfterEnv: ['<rootDir>/mock/test/jest-timeout.ts'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.[jt]sx?$': 'babel-jest' },
      transformIgnorePatterns: [`node_modules/(?!(${nodeEsmPackages})/)`],
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/e2e'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.[jt]sx?$': 'babel-jest' },
      transformIgnorePatterns: [`node_modules/(?!(${nodeEsmPackages})/)`],
      moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1', '^@contract$': '<rootDir>/contract/index.ts', '^@contract/(.*)$': '<rootDir>/contract/$1' },
    },
  ],
}
