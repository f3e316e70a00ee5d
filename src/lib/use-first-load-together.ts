import { useRef } from 'react'

/** What this hook needs of a React Query result. */
export interface LoadingLike {
  isPending: boolean
  fetchStatus?: string
}

/** Still loading its first data (a disabled query, pending but idle, is not waited for). */
export function isFirstLoading(query: LoadingLike): boolean {
  return query.isPending && query.fetchStatus !== 'idle'
}

/**
 * True while any of `queries` is still loading its first data, and false for good (for this
 * component) once all of them have settled at the same time, with data or an error.
 *
 * A page that shows several queries renders their results in one commit this way: while this is
 * true every section keeps its loading state, so answers arriving one after another change nothing
 * on screen, and a mini-program gets one setData for all of them instead of one per answer
 * (DESIGN.md §7: the home's first render in ≤ 3 calls). Afterwards each section follows its own
 * query again (a city switch reloads only the list it changes).
 */
export function useFirstLoadTogether(queries: readonly LoadingLike[]): boolean {
  const settled = useRef(false)
  if (settled.current) return false
  if (queries.some(isFirstLoading)) return true
  // Idempotent: a render that is thrown away leaves a value the next render computes anyway.
  settled.current = true
  return false
}
