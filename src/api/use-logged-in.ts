import { useSyncExternalStore } from 'react'
import { session } from './session'

/** Whether a session is held on this device, re-rendering when it starts or ends (session plumbing). */
export function useLoggedIn(): boolean {
  return useSyncExternalStore(session.subscribe, session.isLoggedIn, session.isLoggedIn)
}
