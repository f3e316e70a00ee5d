// application/json bodies: Fastify's own parser (prototype-poisoning protection included), except
// that an EMPTY body on a method that carries no payload (DELETE, and GET/HEAD/OPTIONS if Fastify
// ever hands them over) is "no body" rather than 400 MALFORMED_BODY.
// Why: wx.request sends `content-type: application/json` by default on every method, also on a
// DELETE without data (miniprogram-api-typings RequestOption.header: "content-type 默认为
// application/json"); my.request does the same. Logout (DELETE /auth/sessions/current) from a
// phone used to be refused and left the session valid.
import type { FastifyInstance, FastifyRequest } from 'fastify'

/** Methods whose requests have no defined payload semantics in our API. */
export const BODYLESS_METHODS = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS'])

export function registerJsonBodyParser(app: FastifyInstance): void {
  const strict = app.getDefaultJsonParser('error', 'error')
  app.removeContentTypeParser('application/json')
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request: FastifyRequest, body: string | Buffer, done) => {
    if (body.length === 0 && BODYLESS_METHODS.has(request.method)) {
      done(null, undefined)
      return
    }
    strict(request, body as string, done)
  })
}
