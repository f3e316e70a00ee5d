// askForSubscriptions: the platform's dialog answers go to the server; H5 and failures do nothing
// and never throw (the action the user tapped must go on).
const mockPost = jest.fn()
const mockRequest = jest.fn()
const mockPlatform = { channel: 'weapp' as 'weapp' | 'alipay' | 'h5', requestSubscriptions: mockRequest }

jest.mock('@/api/client', () => ({ http: { post: (...args: unknown[]) => mockPost(...args) } }))
jest.mock('@/platform', () => ({
  platform: {
    get channel() {
      return mockPlatform.channel
    },
    requestSubscriptions: (...args: unknown[]) => mockRequest(...args),
  },
}))

import { askForSubscriptions } from './subscriptions'

beforeEach(() => {
  mockPost.mockReset().mockResolvedValue({ data: null })
  mockRequest.mockReset()
  mockPlatform.channel = 'weapp'
})

test('reports what the user accepted and refused, for the channel', async () => {
  mockRequest.mockResolvedValue([
    { kind: 'appointment_reminder', accepted: true },
    { kind: 'case_stage', accepted: false },
  ])
  await askForSubscriptions(['appointment_reminder', 'case_stage'])
  expect(mockRequest).toHaveBeenCalledWith(['appointment_reminder', 'case_stage'])
  expect(mockPost).toHaveBeenCalledWith('/messages/subscriptions', {
    channel: 'weapp',
    decisions: [
      { kind: 'appointment_reminder', accepted: true },
      { kind: 'case_stage', accepted: false },
    ],
  })
})

test('asks synchronously, inside the tap (WeChat refuses the dialog after an await)', () => {
  mockRequest.mockResolvedValue([])
  void askForSubscriptions(['bill_issued'])
  expect(mockRequest).toHaveBeenCalledTimes(1)
})

test('H5 has no subscription messages: nothing is asked or sent', async () => {
  mockPlatform.channel = 'h5'
  await askForSubscriptions(['bill_issued'])
  expect(mockRequest).not.toHaveBeenCalled()
  expect(mockPost).not.toHaveBeenCalled()
})

test('a failing dialog or server never throws', async () => {
  mockPlatform.channel = 'alipay'
  mockRequest.mockResolvedValue([{ kind: 'bill_issued', accepted: true }])
  mockPost.mockRejectedValue(new Error('network'))
  await expect(askForSubscriptions(['bill_issued'])).resolves.toBeUndefined()
  mockRequest.mockRejectedValue(new Error('no api'))
  await expect(askForSubscriptions(['bill_issued'])).resolves.toBeUndefined()
})
