import { renderHook } from '@testing-library/react'
import { type LoadingLike, useFirstLoadTogether } from './use-first-load-together'

const loading: LoadingLike = { isPending: true, fetchStatus: 'fetching' }
const done: LoadingLike = { isPending: false, fetchStatus: 'idle' }
const disabled: LoadingLike = { isPending: true, fetchStatus: 'idle' }
const retrying: LoadingLike = { isPending: true, fetchStatus: 'paused' }

describe('useFirstLoadTogether', () => {
  it('waits until every query has its first answer, not just the first one to arrive', () => {
    const { result, rerender } = renderHook(({ queries }) => useFirstLoadTogether(queries), {
      initialProps: { queries: [loading, loading, loading] },
    })
    expect(result.current).toBe(true)
    rerender({ queries: [done, loading, loading] })
    expect(result.current).toBe(true)
    rerender({ queries: [done, done, retrying] })
    expect(result.current).toBe(true)
    rerender({ queries: [done, done, done] })
    expect(result.current).toBe(false)
  })

  it('does not wait for a disabled query (the inbox of a visitor who is not logged in)', () => {
    const { result } = renderHook(() => useFirstLoadTogether([done, disabled]))
    expect(result.current).toBe(false)
  })

  it('once settled, a later first load (another city) no longer holds the other sections back', () => {
    const { result, rerender } = renderHook(({ queries }) => useFirstLoadTogether(queries), {
      initialProps: { queries: [done, done] },
    })
    expect(result.current).toBe(false)
    rerender({ queries: [done, loading] })
    expect(result.current).toBe(false)
  })
})
