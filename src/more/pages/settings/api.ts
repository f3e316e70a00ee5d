import { http } from '@/api/client'
import { session } from '@/api/session'

export async function logOut(): Promise<void> {
  try {
    if (session.isLoggedIn()) await http.delete('/auth/sessions/current')
  } finally {
    // Even when the network fails, the device forgets the session.
    session.clear()
  }
}
