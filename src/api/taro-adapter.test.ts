/**
 * @jest-environment node
 */
// The adapter only sends methods both mini-program platforms document (GET, POST, PUT, DELETE):
// wx.request has no PATCH, my.request documents only those four.
import axios, { AxiosError } from 'axios'
import { taroAdapter } from './taro-adapter'

const mockCalls: Array<{ method: string }> = []
jest.mock('@tarojs/taro', () => {
  // babel-plugin-transform-taroapi turns Taro.request into a named import: provide both.
  const request = (options: { method: string; success: (r: unknown) => void }) => {
    mockCalls.push({ method: options.method })
    setTimeout(() => options.success({ statusCode: 200, data: { ok: true }, header: {} }), 0)
    return { abort() {} }
  }
  return { __esModule: true, request, default: { request } }
})

const client = axios.create({ adapter: taroAdapter, baseURL: 'https://api.example.test' })

beforeEach(() => {
  mockCalls.length = 0
})

test.each(['get', 'post', 'put', 'delete'] as const)('sends %s', async (method) => {
  const res = await client.request({ method, url: '/x' })
  expect(res.data).toEqual({ ok: true })
  expect(mockCalls).toEqual([{ method: method.toUpperCase() }])
}, 5_000)

test.each(['patch', 'head', 'options'] as const)('refuses %s before it reaches the platform', async (method) => {
  const error: unknown = await client.request({ method, url: '/x' }).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(AxiosError)
  expect((error as AxiosError).code).toBe(AxiosError.ERR_NOT_SUPPORT)
  expect(mockCalls).toEqual([])
}, 5_000)
