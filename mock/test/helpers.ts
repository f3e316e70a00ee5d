// Shared helpers for the sandbox tests (in-process, fastify.inject).
import type { LightMyRequestResponse } from 'fastify'
import { Value } from '@sinclair/typebox/value'
import { ProblemSchema, type Problem, type SessionTokens } from '../../contract'
import { createManualClock, type ManualClock } from '../lib/clock'
import { buildServer, type BuildServerOptions, type SandboxServer } from '../server'

export interface TestServer {
  app: SandboxServer
  clock: ManualClock
}

/** A test server on a manual clock: the one given (so `t.clock` is the clock the server reads) or a new one. */
export async function buildTestServer(opts: Omit<BuildServerOptions, 'clock'> & { clock?: ManualClock } = {}): Promise<TestServer> {
  const clock = opts.clock ?? createManualClock()
  const app = await buildServer({ ...opts, clock })
  return { app, clock }
}

export async function login(app: SandboxServer, personaId = 'resident'): Promise<SessionTokens> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/sessions', payload: { channel: 'h5', code: 'test', personaId } })
  if (res.statusCode !== 201) throw new Error(`login failed: ${res.statusCode} ${res.body}`)
  return res.json<SessionTokens>()
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

/** Asserts a problem+json answer with the given status and code, and returns the body. */
export function expectProblem(res: LightMyRequestResponse, status: number, code: string): Problem {
  const body: unknown = res.json()
  expect({ status: res.statusCode, code: (body as Problem).code }).toEqual({ status, code })
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
  expect(Value.Check(ProblemSchema, body)).toBe(true)
  const problem = body as Problem
  expect(problem.status).toBe(status)
  expect(problem.requestId).toBe(res.headers['x-request-id'])
  // Titles and details are for users: Simplified Chinese.
  expect(problem.title).toMatch(/[\u4e00-\u9fff]/)
  expect(problem.detail).toMatch(/[\u4e00-\u9fff]/)
  return problem
}
