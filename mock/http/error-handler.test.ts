import { toProblemError } from './error-handler'
import { ProblemError, problems } from './problem'
import { fieldPath, toFieldErrors } from './validation-messages'

describe('toProblemError', () => {
  it('passes problems through', () => {
    const p = problems.notFound('没有找到')
    expect(toProblemError(p)).toEqual({ problem: p, unexpected: false })
  })

  it('maps framework client errors', () => {
    const framework = (code: string, statusCode: number) => Object.assign(new Error('x'), { code, statusCode })
    expect(toProblemError(framework('FST_ERR_CTP_INVALID_JSON_BODY', 400)).problem.code).toBe('MALFORMED_BODY')
    expect(toProblemError(framework('FST_ERR_CTP_INVALID_CONTENT_LENGTH', 400)).problem.code).toBe('MALFORMED_BODY')
    expect(toProblemError(framework('FST_ERR_CTP_INVALID_MEDIA_TYPE', 415)).problem.code).toBe('UNSUPPORTED_MEDIA_TYPE')
    expect(toProblemError(framework('FST_ERR_CTP_BODY_TOO_LARGE', 413)).problem.code).toBe('PAYLOAD_TOO_LARGE')
    expect(toProblemError(Object.assign(new SyntaxError('Object contains forbidden prototype property'), { statusCode: 400 })).problem.code).toBe(
      'MALFORMED_BODY',
    )
    const other = toProblemError(framework('FST_ERR_SOMETHING_NEW', 408))
    expect([other.problem.code, other.problem.status, other.unexpected]).toEqual(['BAD_REQUEST', 408, false])
  })

  it('treats anything else as a sandbox bug (500, logged)', () => {
    for (const thrown of [new Error('db locked'), new TypeError('x is undefined'), 'a string', null, { statusCode: 502 }]) {
      const mapped = toProblemError(thrown)
      expect([mapped.problem.code, mapped.problem.status, mapped.unexpected]).toEqual(['INTERNAL_ERROR', 500, true])
    }
  })

  it('keeps details out of the error message (which reaches logs)', () => {
    const p = new ProblemError({ status: 400, code: 'X', title: '标题', detail: '13757179050' })
    expect(p.message).toBe('X')
  })
})

describe('validation messages', () => {
  it('builds field paths', () => {
    expect(fieldPath('/rules/0/errorRate', 'body')).toBe('rules[0].errorRate')
    expect(fieldPath('', 'querystring', 'city')).toBe('city')
    expect(fieldPath('', 'body')).toBe('body')
    expect(fieldPath('/a~1b', 'body')).toBe('a/b')
  })

  it('keeps only the union error of a rejected union', () => {
    const union = { title: '登录渠道', anyOf: [{ const: 'weapp' }, { const: 'h5' }] }
    const errors = toFieldErrors(
      [
        { keyword: 'const', instancePath: '/channel', params: { allowedValue: 'weapp' }, parentSchema: union.anyOf[0] },
        { keyword: 'const', instancePath: '/channel', params: { allowedValue: 'h5' }, parentSchema: union.anyOf[1] },
        { keyword: 'anyOf', instancePath: '/channel', params: {}, parentSchema: union },
      ],
      'body',
    )
    expect(errors).toEqual([{ field: 'channel', code: 'ENUM', message: '登录渠道只能是以下之一：weapp、h5' }])
  })

  it('falls back to the field name when a schema has no title', () => {
    expect(toFieldErrors([{ keyword: 'minimum', instancePath: '/n', params: { limit: 1 }, parentSchema: {} }], 'body')).toEqual([
      { field: 'n', code: 'MINIMUM', message: '字段“n”不能小于 1' },
    ])
  })
})
