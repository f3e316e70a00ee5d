/** The request path without its query string (query strings may carry personal data). */
export function pathOf(url: string): string {
  const q = url.indexOf('?')
  return q === -1 ? url : url.slice(0, q)
}

export const API_PREFIX = '/api/v1'
export const ADMIN_PREFIX = '/__admin'
/** Simulated payment rails (WeChat Pay, Alipay, the cashier): not our API, loopback only. */
export const RAILS_PREFIX = '/rails'

/** Paths the SPA fallback must never answer with index.html. */
export function isServicePath(path: string): boolean {
  return (
    path === '/api' ||
    path.startsWith('/api/') ||
    path === ADMIN_PREFIX ||
    path.startsWith(`${ADMIN_PREFIX}/`) ||
    path === RAILS_PREFIX ||
    path.startsWith(`${RAILS_PREFIX}/`) ||
    path === '/openapi.json'
  )
}
