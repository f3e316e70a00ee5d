// Alipay's my.getLocation answers coordinates as strings (@mini-types/alipay); WeChat as numbers.
import { toCoordinates } from './shared'

// Only the pure conversion is under test; Taro's H5 runtime is not needed.
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: {} }))
import { PlatformError } from './types'

test('converts Alipay string coordinates to numbers and keeps WeChat numbers', () => {
  expect(toCoordinates({ latitude: '30.274084', longitude: '120.15507' })).toEqual({ latitude: 30.274084, longitude: 120.15507 })
  expect(toCoordinates({ latitude: 30.27, longitude: 120.15 })).toEqual({ latitude: 30.27, longitude: 120.15 })
})

test('refuses what is not a coordinate instead of passing NaN on', () => {
  for (const bad of [{ latitude: '', longitude: '120' }, { latitude: 'abc', longitude: '120' }, { latitude: '91', longitude: '120' }, { latitude: 30 }, {}]) {
    expect(() => toCoordinates(bad)).toThrow(PlatformError)
  }
})
