// Personas and token families. Tokens are opaque; only SHA-256 hashes are stored. A login starts a
// session (a token family); each refresh rotates the refresh token inside it, and presenting an
// already-rotated refresh token revokes the whole family (OAuth 2.0 Security BCP, refresh token reuse
// detection) — except within a short grace window, see REFRESH_GRACE_MS.
import type { Db } from '../../db/database'
import { hashToken, newId, newToken, openWithToken, sealWithToken } from '../../lib/tokens'

export const ACCESS_TTL_MS = 15 * 60 * 1000
export const REFRESH_TTL_MS = 30 * 24 * 60 * 60 * 1000
/**
 * For this long after a rotation, presenting the rotated refresh token again answers the same new
 * pair (the answer the client lost, or the one another tab is already using) instead of revoking
 * the family, as long as that pair has not been rotated in turn. Later, it is reuse (issue 14: one
 * lost answer to POST /auth/refresh used to log the user out; two tabs refreshing at once too).
 */
export const REFRESH_GRACE_MS = 30 * 1000
const SEAL_PURPOSE = 'refresh-successor'

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
      SELECT r.session_id, r.expires_at, r.rotated_at, r.successor_sealed, s.user_id, s.revoked_at
      FROM auth_refresh_tokens r JOIN auth_sessions s ON s.id = r.session_id
      WHERE r.token_hash = ?`),
    markRotated: db.prepare(
      'UPDATE auth_refresh_tokens SET rotated_at = ?, successor_hash = ?, successor_sealed = ? WHERE token_hash = ? AND rotated_at IS NULL',
    ),
    findSuccessor: db.prepare('SELECT rotated_at, expires_at FROM auth_refresh_tokens WHERE token_hash = ?'),
    accessExpiry: db.prepare('SELECT expires_at FROM auth_access_tokens WHERE token_hash = ?'),
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

  type Pair = Pick<IssuedTokens, 'accessToken' | 'accessExpiresAt' | 'refreshToken' | 'refreshExpiresAt'>
  const pairOf = (t: IssuedTokens): Pair => ({
    accessToken: t.accessToken,
    accessExpiresAt: t.accessExpiresAt,
    refreshToken: t.refreshToken,
    refreshExpiresAt: t.refreshExpiresAt,
  })

  /** The pair a rotation issued, if it is still the family's current one (not rotated, not expired). */
  function successorOf(rotatedToken: string, sealed: string | null, nowMs: number): Pair | null {
    if (sealed === null) return null
    const opened = openWithToken(rotatedToken, SEAL_PURPOSE, sealed)
    if (opened === null) return null
    const pair = JSON.parse(opened) as Pair
    const next = stmts.findSuccessor.get(hashToken(pair.refreshToken)) as { rotated_at: number | null; expires_at: number } | undefined
    if (!next || next.rotated_at !== null || next.expires_at <= nowMs) return null
    const access = stmts.accessExpiry.get(hashToken(pair.accessToken)) as { expires_at: number } | undefined
    if (!access || access.expires_at <= nowMs) return null
    return pair
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
        | {
            session_id: string
            expires_at: number
            rotated_at: number | null
            user_id: string
            revoked_at: number | null
            successor_sealed: string | null
          }
        | undefined
      if (!row || row.revoked_at !== null) return { kind: 'invalid' }
      if (row.rotated_at !== null) {
        const replay = nowMs - row.rotated_at <= REFRESH_GRACE_MS ? successorOf(refreshToken, row.successor_sealed, nowMs) : null
        if (replay) return { kind: 'ok', tokens: { ...replay, sessionId: row.session_id, userId: row.user_id } }
        // Someone holds a copy of an old token: end the family, so the current descendant dies too.
        stmts.revokeSession.run(nowMs, 'refresh-token-reuse', row.session_id)
        return { kind: 'reused' }
      }
      if (row.expires_at <= nowMs) return { kind: 'expired' }
      const tokens = issue(row.session_id, row.user_id, nowMs)
      const sealed = sealWithToken(refreshToken, SEAL_PURPOSE, JSON.stringify(pairOf(tokens)))
      stmts.markRotated.run(nowMs, hashToken(tokens.refreshToken), sealed, hash)
      return { kind: 'ok', tokens }
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

/** Ends every open session of the user on every device (删除我的数据); returns how many. */
export function endAllSessions(db: Db, userId: string, reason: string, nowMs: number): number {
  return db
    .prepare('UPDATE auth_sessions SET revoked_at = ?, revoke_reason = ? WHERE user_id = ? AND revoked_at IS NULL')
    .run(nowMs, reason, userId).changes
}
