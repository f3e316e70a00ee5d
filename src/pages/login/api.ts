import type { Me, Persona, SessionCreateBody, SessionTokens } from '@contract'
import { platform } from '@/platform'
import { http } from '@/api/client'
import { session } from '@/api/session'

export async function fetchPersonas(): Promise<Persona[]> {
  const { data } = await http.get<{ items: Persona[] }>('/auth/personas')
  return data.items
}

/** Exchanges the platform's login code (wx.login / my.getAuthCode / H5) for a session. */
export async function logIn(personaId?: string): Promise<Me> {
  const code = await platform.getLoginCode()
  const body: SessionCreateBody = { channel: platform.channel, code, ...(personaId ? { personaId } : {}) }
  const { data } = await http.post<SessionTokens>('/auth/sessions', body)
  session.save(data)
  return data.user
}
