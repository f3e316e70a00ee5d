// The mini-program harness depends on Taro's private rendering protocol: it must fail loudly, not
// drift, when @tarojs/* is not the version it was written for.
import fs from 'node:fs'
import path from 'node:path'
import { HARNESS_TARO_VERSION } from './lib/taro-version'

const root = path.resolve(__dirname, '../..')
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
}
const declared = Object.entries({ ...manifest.dependencies, ...manifest.devDependencies }).filter(
  ([name]) => name.startsWith('@tarojs/') || name === 'babel-preset-taro',
)

test('every @tarojs/* package is pinned to the version the harness was written for', () => {
  expect(declared.length).toBeGreaterThan(5)
  const off = declared.filter(([, range]) => range !== HARNESS_TARO_VERSION).map(([name, range]) => `${name}@${range}`)
  expect(off).toEqual([])
}, 10_000)

test('the installed @tarojs/* packages (what the builds bundle) are that version', () => {
  const installed = declared.map(([name]) => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }
    return `${name}@${pkg.version}`
  })
  expect(installed.filter((entry) => !entry.endsWith(`@${HARNESS_TARO_VERSION}`))).toEqual([])
}, 10_000)
