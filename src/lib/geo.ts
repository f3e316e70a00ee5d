import type { Coordinates } from '@/platform'

const EARTH_RADIUS_KM = 6371

/** Great-circle distance in km (haversine); accurate enough to pick the nearest city or hall. */
export function distanceKm(a: Coordinates, b: Coordinates): number {
  const rad = (deg: number) => (deg * Math.PI) / 180
  const dLat = rad(b.latitude - a.latitude)
  const dLng = rad(b.longitude - a.longitude)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

export function nearest<T extends { lat: number; lng: number }>(from: Coordinates, places: readonly T[]): T | null {
  let best: T | null = null
  let bestDistance = Infinity
  for (const place of places) {
    const d = distanceKm(from, { latitude: place.lat, longitude: place.lng })
    if (d < bestDistance) {
      best = place
      bestDistance = d
    }
  }
  return best
}
