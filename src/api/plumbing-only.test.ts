/**
 * @jest-environment node
 */
import fs from 'node:fs'
import path from 'node:path'

// Issue 16 item 5: src/api keeps only the HTTP plumbing (client, errors, adapter, session, query
// client). An endpoint call belongs in the api.ts of the one feature or page that uses it, or, when
// several features or shell pages read it, in src/lib/shared-api.ts, which stays short.
const SRC = path.resolve(__dirname, '..')
const API = __dirname

/** A call on an HTTP client (or request()) whose first argument is a path literal: '/x', "/x" or `/x`. */
const ENDPOINT_CALL = /(?:\.(?:get|post|put|patch|delete|head|request)|\brequest)\s*(?:<[^()]*?>)?\s*\(\s*(['"`])(\/[^'"`]*)\1?/g
/** A config object naming its URL: request({ url: '/x' }). */
const URL_FIELD = /\burl\s*:\s*(['"`])(\/[^'"`]*)/g

// The one endpoint the plumbing itself must call: renewing the access token is session handling.
const PLUMBING_ENDPOINTS: Record<string, string[]> = { 'client.ts': ['/auth/refresh'] }

function endpointPaths(text: string): string[] {
  return [...text.matchAll(ENDPOINT_CALL), ...text.matchAll(URL_FIELD)].map((match) => match[2])
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : []
  })
}

test('no file under src/api calls an endpoint path (endpoints live with the feature or page using them)', () => {
  const offenders = sourceFiles(API).flatMap((file) => {
    const name = path.relative(API, file)
    const allowed = PLUMBING_ENDPOINTS[name] ?? []
    return endpointPaths(fs.readFileSync(file, 'utf8'))
      .filter((endpoint) => !allowed.includes(endpoint))
      .map((endpoint) => `src/api/${name} calls ${endpoint}`)
  })
  expect(offenders).toEqual([])
})

test('the scan itself catches endpoint calls in every form the code uses', () => {
  expect(endpointPaths("const { data } = await http.get<Me>('/me')")).toEqual(['/me'])
  expect(endpointPaths('http.post<Payment>(`/payments/${id}/cancel`, {})')).toEqual(['/payments/${id}/cancel'])
  expect(endpointPaths("http.delete(\"/auth/sessions/current\")")).toEqual(['/auth/sessions/current'])
  expect(endpointPaths("http.get<{ items: City[] }>('/cities')")).toEqual(['/cities'])
  expect(endpointPaths("request({ method: 'GET', url: '/inbox' })")).toEqual(['/inbox'])
  // Plumbing that forwards a caller's config is not an endpoint call.
  expect(endpointPaths('return http.request(config)')).toEqual([])
})

test('the shared endpoint module stays small (one reader? move the endpoint to it)', () => {
  const shared = endpointPaths(fs.readFileSync(path.join(SRC, 'lib', 'shared-api.ts'), 'utf8'))
  expect(shared.length).toBeLessThanOrEqual(5)
})

test("a page's own api.ts is imported only from that page", () => {
  const pageApis = sourceFiles(SRC)
    .filter((file) => path.basename(file) === 'api.ts' && /[\\/](pages|more[\\/]pages)[\\/][^\\/]+[\\/]api\.ts$/.test(file))
    .filter((file) => !file.includes(`${path.sep}features${path.sep}`))
  expect(pageApis.length).toBeGreaterThan(0)
  const offenders: string[] = []
  for (const file of sourceFiles(SRC)) {
    for (const match of fs.readFileSync(file, 'utf8').matchAll(/from\s+['"]([^'"]+)['"]/g)) {
      const spec = match[1]
      const resolved = spec.startsWith('@/') ? path.join(SRC, spec.slice(2)) : spec.startsWith('.') ? path.resolve(path.dirname(file), spec) : null
      const target = resolved && pageApis.find((api) => api === `${resolved}.ts` || api === resolved)
      if (target && path.dirname(target) !== path.dirname(file)) offenders.push(`${path.relative(SRC, file)} → ${spec}`)
    }
  }
  expect(offenders).toEqual([])
})
