module.exports = {
  root: true,
  parser: '@typescript-eslint/parser',
  parserOptions: { ecmaVersion: 2022, sourceType: 'module', ecmaFeatures: { jsx: true } },
  plugins: ['@typescript-eslint', 'react', 'react-hooks'],
  extends: ['eslint:recommended', 'plugin:@typescript-eslint/recommended', 'plugin:react/recommended', 'plugin:react-hooks/recommended'],
  settings: { react: { version: '18.3' } },
  env: { es2022: true, node: true, browser: true, jest: true },
  globals: { defineAppConfig: 'readonly', definePageConfig: 'readonly' },
  rules: {
    'react/react-in-jsx-scope': 'off',
    'react/prop-types': 'off',
    'react/no-unknown-property': 'off',
    '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    'no-restricted-syntax': [
      'error',
      {
        selector: "MemberExpression[object.name=/^(wx|my)$/][property.name!='webpackJsonp']",
        message: 'Platform APIs belong in src/platform/ (DESIGN.md §4).',
      },
      {
        selector: "MemberExpression[property.name='TARO_ENV']",
        message: 'Only src/platform/ may know the target (DESIGN.md §4).',
      },
    ],
  },
  overrides: [
    { files: ['src/platform/**'], rules: { 'no-restricted-syntax': 'off' } },
    { files: ['config/**', 'mock/**', 'e2e/**', 'scripts/**', '*.js', '*.cjs'], rules: { 'no-restricted-syntax': 'off' } },
    { files: ['*.js', '*.cjs'], rules: { '@typescript-eslint/no-var-requires': 'off', '@typescript-eslint/no-require-imports': 'off' } },
  ],
  ignorePatterns: ['dist/', 'node_modules/', 'coverage/', 'e2e/screenshots/'],
}
