import { distanceKm, nearest } from './geo'

const cities = [
  { code: '330100', lat: 30.2741, lng: 120.1551 },
  { code: '330200', lat: 29.8683, lng: 121.544 },
  { code: '330300', lat: 27.9943, lng: 120.6994 },
]

test('distance between Hangzhou and Ningbo is about 140 km', () => {
  const d = distanceKm({ latitude: 30.2741, longitude: 120.1551 }, { latitude: 29.8683, longitude: 121.544 })
  expect(d).toBeGreaterThan(130)
  expect(d).toBeLessThan(150)
})

test('the nearest city to a point in Wenzhou is Wenzhou', () => {
  expect(nearest({ latitude: 28.02, longitude: 120.65 }, cities)?.code).toBe('330300')
  expect(nearest({ latitude: 0, longitude: 0 }, [])).toBeNull()
})
