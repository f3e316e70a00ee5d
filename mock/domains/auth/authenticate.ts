// The bearer-token check every user-owned route runs as an onRequest hook (via ctx.authenticate).
import type { FastifyRequest } from 'fastify'
import type { Clock } from '../../lib/clock'
import { problems } from '../../http/problem'
import type { AuthRepo } from './repo'

const BEARER = /^Bearer +([A-Za-z0-9._~+/=-]+) *$/i

export function createAuthenticate(repo: AuthRepo, clock: Clock) {
  return async function authenticate(request: FastifyRequest): Promise<void> {
    const header = request.headers.authorization
    if (header === undefined || header.trim() === '') throw problems.tokenMissing()
    const match = BEARER.exec(header)
    if (!match) throw problems.tokenInvalid()
    const found = repo.findAccessToken(match[1])
    if (!found || found.revoked) throw problems.tokenInvalid()
    if (found.expiresAt <= clock.now()) throw problems.tokenExpired()
    request.user = { userId: found.userId, personaId: found.personaId, kind: found.kind, sessionId: found.sessionId }
  }
}
