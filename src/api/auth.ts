import type { Me, Persona, SessionCreateBody, SessionTokens } from '@contract'
import { platform } from '@/platform'
import { http } from './client'
import { session } from './session'

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

export async function logOut(): Promise<void> {
  try {
    if (session.isLoggedIn()) await http.delete('/auth/sessions/current')
  } finally {
    // Even when the network fails, the device forgets the session.
    session.clear()
  }
}

export async function fetchMe(): Promise<Me> {
  const { data } = await http.get<Me>('/me')
  return data
}
