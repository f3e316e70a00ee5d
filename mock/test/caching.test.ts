import { buildTestServer, login, bearer } from './helpers'

// Personal data must not sit in HTTP caches, and a back/forward navigation must
// not show a bill as unpaid after it was paid (Chrome reuses cached GETs there).
test('API answers are never cacheable; public and personal alike', async () => {
  const { app } = await buildTestServer()
  try {
    const cities = await app.inject({ method: 'GET', url: '/api/v1/cities' })
    expect(cities.headers['cache-control']).toBe('no-store')
    const tokens = await login(app, 'resident')
    const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(tokens.accessToken) })
    expect(me.statusCode).toBe(200)
    expect(me.headers['cache-control']).toBe('no-store')
  } finally {
    await app.close()
  }
})
