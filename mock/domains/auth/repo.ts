// Personas and token families. Tokens are opaque; only SHA-256 hashes are stored. A login starts a
// session (a token family); each refresh rotates the refresh token inside it, and presenting an
// already-rotated refresh token revokes the whole family (OAuth 2.0 Security BCP, refresh token reuse detection).
import type { Db } from '../../db/database'
import { hashToken, newId, newToken } from '../../lib/tokens'

export const ACCESS_TTL_MS = 15 * 60 * 1000
export const REFRESH_TTL_MS = 30 * 24 * 60 * 60 * 1000

export interface PersonaRow {
  id: string
  user_id: string
  kind: 'person' | 'legal'
  label: string
  description: string
  name: string
  id_number: string
  mobile: string
  real_name_level: 1 | 2 | 3
  real_name_method: string
  city_code: string
  birth_date: string | null
  legal_rep_name: string | null
}

export interface IssuedTokens {
  sessionId: string
  userId: string
  accessToken: string
  accessExpiresAt: number
  refreshToken: string
  refreshExpiresAt: number
}

export interface AccessTokenLookup {
  sessionId: string
  userId: string
  personaId: string
  kind: 'person' | 'legal'
  expiresAt: number
  revoked: boolean
}

export type RefreshResult =
  | { kind: 'ok'; tokens: IssuedTokens }
  | { kind: 'invalid' }
  | { kind: 'expired' }
  | { kind: 'reused' }

export function createAuthRepo(db: Db) {
  const stmts = {
    listPersonas: db.prepare('SELECT * FROM personas ORDER BY sort, id'),
    personaById: db.prepare('SELECT * FROM personas WHERE id = ?'),
    personaByUser: db.prepare('SELECT * FROM personas WHERE user_id = ?'),
    insertSession: db.prepare(
      'INSERT INTO auth_sessions (id, user_id, channel, created_at) VALUES (?, ?, ?, ?)',
    ),
    insertRefresh: db.prepare(
      'INSERT INTO auth_refresh_tokens (token_hash, session_id, issued_at, expires_at) VALUES (?, ?, ?, ?)',
    ),
    insertAccess: db.prepare('INSERT INTO auth_access_tokens (token_hash, session_id, expires_at) VALUES (?, ?, ?)'),
    findRefresh: db.prepare(`
      SELECT r.session_id, r.expires_at, r.rotated_at, s.user_id, s.revoked_at
      FROM auth_refresh_tokens r JOIN auth_sessions s ON s.id = r.session_id
      WHERE r.token_hash = ?`),
    markRotated: db.prepare('UPDATE auth_refresh_tokens SET rotated_at = ? WHERE token_hash = ? AND rotated_at IS NULL'),
    revokeSession: db.prepare(
      'UPDATE auth_sessions SET revoked_at = ?, revoke_reason = ? WHERE id = ? AND revoked_at IS NULL',
    ),
    findAccess: db.prepare(`
      SELECT a.session_id, a.expires_at, s.user_id, s.revoked_at, p.id AS persona_id, p.kind
      FROM auth_access_tokens a
      JOIN auth_sessions s ON s.id = a.session_id
      JOIN personas p ON p.user_id = s.user_id
      WHERE a.token_hash = ?`),
  }

  function issue(sessionId: string, userId: string, nowMs: number): IssuedTokens {
    const accessToken = newToken('at')
    const refreshToken = newToken('rt')
    const accessExpiresAt = nowMs + ACCESS_TTL_MS
    const refreshExpiresAt = nowMs + REFRESH_TTL_MS
    stmts.insertAccess.run(hashToken(accessToken), sessionId, accessExpiresAt)
    stmts.insertRefresh.run(hashToken(refreshToken), sessionId, nowMs, refreshExpiresAt)
    return { sessionId, userId, accessToken, accessExpiresAt, refreshToken, refreshExpiresAt }
  }

  return {
    listPersonas: () => stmts.listPersonas.all() as PersonaRow[],
    personaById: (id: string) => stmts.personaById.get(id) as PersonaRow | undefined,
    personaByUser: (userId: string) => stmts.personaByUser.get(userId) as PersonaRow | undefined,

    startSession: db.transaction((userId: string, channel: string, nowMs: number): IssuedTokens => {
      const sessionId = newId('ses')
      stmts.insertSession.run(sessionId, userId, channel, nowMs)
      return issue(sessionId, userId, nowMs)
    }),

    refresh: db.transaction((refreshToken: string, nowMs: number): RefreshResult => {
      const hash = hashToken(refreshToken)
      const row = stmts.findRefresh.get(hash) as
        | { session_id: string; expires_at: number; rotated_at: number | null; user_id: string; revoked_at: number | null }
        | undefined
      if (!row || row.revoked_at !== null) return { kind: 'invalid' }
      if (row.rotated_at !== null) {
        // Someone holds a copy of an old token: end the family, so the current descendant dies too.
        stmts.revokeSession.run(nowMs, 'refresh-token-reuse', row.session_id)
        return { kind: 'reused' }
      }
      if (row.expires_at <= nowMs) return { kind: 'expired' }
      stmts.markRotated.run(nowMs, hash)
      return { kind: 'ok', tokens: issue(row.session_id, row.user_id, nowMs) }
    }),

    revokeSession: (sessionId: string, reason: string, nowMs: number): void => {
      stmts.revokeSession.run(nowMs, reason, sessionId)
    },

    findAccessToken: (accessToken: string): AccessTokenLookup | undefined => {
      const row = stmts.findAccess.get(hashToken(accessToken)) as
        | {
            session_id: string
            expires_at: number
            user_id: string
            revoked_at: number | null
            persona_id: string
            kind: 'person' | 'legal'
          }
        | undefined
      if (!row) return undefined
      return {
        sessionId: row.session_id,
        userId: row.user_id,
        personaId: row.persona_id,
        kind: row.kind,
        expiresAt: row.expires_at,
        revoked: row.revoked_at !== null,
      }
    },
  }
}

export type AuthRepo = ReturnType<typeof createAuthRepo>
