import { installAbortController } from './abort-controller'

test('installs only where the runtime lacks AbortController, and aborting notifies listeners', () => {
  const realm: Record<string, unknown> = {}
  expect(installAbortController(realm)).toBe(true)
  expect(installAbortController(realm)).toBe(false)
  const Controller = realm.AbortController as new () => {
    signal: { aborted: boolean; reason: unknown; addEventListener(t: string, l: () => void): void; onabort: null | (() => void); throwIfAborted(): void }
    abort(reason?: unknown): void
  }
  const controller = new Controller()
  const heard: string[] = []
  controller.signal.addEventListener('abort', () => heard.push('listener'))
  controller.signal.onabort = () => heard.push('onabort')
  expect(controller.signal.aborted).toBe(false)
  controller.abort('stop')
  controller.abort('again')
  expect(controller.signal.aborted).toBe(true)
  expect(controller.signal.reason).toBe('stop')
  expect(heard).toEqual(['onabort', 'listener'])
  expect(() => controller.signal.throwIfAborted()).toThrow()
})
