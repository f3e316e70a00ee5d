/**
 * @jest-environment node
 */
import { MESSAGE_KINDS } from '../contract/messages'
import { defineConstantsOf, ReleaseConfigError, resolveBuildEnvironment, SUBSCRIPTION_KINDS, templateVariable, type MiniPlatform } from './env'

const WEAPP_APPID = 'wx0123456789abcdef'
const ALIPAY_APPID = '2021004123456789'

function templatesFor(platform: MiniPlatform, value = (kind: string) => `${platform}Tmpl_${kind}_aB3dE5fG7hJ9kL1mN3p`): Record<string, string> {
  return Object.fromEntries(SUBSCRIPTION_KINDS.map((kind) => [templateVariable(platform, kind), value(kind)]))
}

/** Everything a production release of both mini-programs needs. */
function release(overrides: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return {
    APP_ENV: 'production',
    API_BASE: 'https://api.city.example-gov.cn/api/v1',
    WEAPP_APPID,
    ALIPAY_APPID,
    ...templatesFor('weapp'),
    ...templatesFor('alipay'),
    ...overrides,
  }
}

function problemsOf(target: string, env: Record<string, string | undefined>): string[] {
  try {
    resolveBuildEnvironment(target, env)
  } catch (error) {
    if (error instanceof ReleaseConfigError) return error.problems
    throw error
  }
  return []
}

test('the template kinds configured are exactly the message kinds of the contract', () => {
  expect([...SUBSCRIPTION_KINDS].sort()).toEqual([...MESSAGE_KINDS].sort())
})

describe('development (the default)', () => {
  test('calls the sandbox with the tourist appid and the stand-in templates', () => {
    const weapp = resolveBuildEnvironment('weapp', {})
    expect(weapp).toMatchObject({ name: 'development', apiBase: 'http://127.0.0.1:8787/api/v1', appId: 'touristappid', outputRoot: 'dist/weapp' })
    expect(Object.keys(weapp.templates).sort()).toEqual([...SUBSCRIPTION_KINDS].sort())
    expect(resolveBuildEnvironment('alipay', {})).toMatchObject({ apiBase: 'http://127.0.0.1:8787/api/v1', appId: '', outputRoot: 'dist/alipay' })
    expect(resolveBuildEnvironment('h5', {})).toMatchObject({ apiBase: '/api/v1', appId: '', templates: {} })
  })

  test('SANDBOX_URL, H5_API_BASE and OUTPUT_ROOT override the defaults', () => {
    expect(resolveBuildEnvironment('weapp', { SANDBOX_URL: 'http://192.168.1.20:8787/' }).apiBase).toBe('http://192.168.1.20:8787/api/v1')
    expect(resolveBuildEnvironment('h5', { H5_API_BASE: 'https://gw.example-gov.cn/api/v1' }).apiBase).toBe('https://gw.example-gov.cn/api/v1')
    expect(resolveBuildEnvironment('alipay', { OUTPUT_ROOT: '/tmp/out' }).outputRoot).toBe('/tmp/out')
  })

  test('an unknown APP_ENV is refused', () => {
    expect(() => resolveBuildEnvironment('weapp', { APP_ENV: 'prod' })).toThrow('APP_ENV must be development, staging or production (got "prod")')
  })
})

describe('production and staging', () => {
  test.each(['production', 'staging'])('%s with an https base, appids and templates from variables builds', (name) => {
    const env = release({ APP_ENV: name })
    const weapp = resolveBuildEnvironment('weapp', env)
    expect(weapp).toMatchObject({ name, apiBase: 'https://api.city.example-gov.cn/api/v1', appId: WEAPP_APPID })
    expect(weapp.templates.bill_issued).toBe('weappTmpl_bill_issued_aB3dE5fG7hJ9kL1mN3p')
    expect(resolveBuildEnvironment('alipay', env)).toMatchObject({ appId: ALIPAY_APPID, templates: { case_stage: 'alipayTmpl_case_stage_aB3dE5fG7hJ9kL1mN3p' } })
    // The client gets the base and only its own platform's templates.
    const constants = defineConstantsOf(weapp)
    expect(JSON.parse(constants.API_BASE)).toBe('https://api.city.example-gov.cn/api/v1')
    expect(Object.keys(JSON.parse(constants.SUBSCRIPTION_TEMPLATES))).toEqual(['weapp'])
  })

  test.each(['weapp', 'alipay'])('%s: an http:// API base is refused with the reason', (target) => {
    expect(() => resolveBuildEnvironment(target, release({ API_BASE: 'http://api.city.example-gov.cn/api/v1' }))).toThrow(
      'the API base must use https://',
    )
  })

  test('no API base at all, a relative one or this machine is refused', () => {
    expect(problemsOf('weapp', release({ API_BASE: undefined }))).toEqual(['API_BASE must be an absolute https:// URL (got "(empty)")'])
    expect(problemsOf('alipay', release({ API_BASE: '/api/v1' }))).toEqual(['API_BASE must be an absolute https:// URL (got "/api/v1")'])
    expect(problemsOf('weapp', release({ API_BASE: 'https://127.0.0.1:8787/api/v1' }))[0]).toMatch(/points at this machine/)
  })

  test('a missing or placeholder appid is refused, per platform', () => {
    expect(problemsOf('weapp', release({ WEAPP_APPID: undefined }))).toEqual(['WEAPP_APPID is missing'])
    expect(problemsOf('weapp', release({ WEAPP_APPID: 'touristappid' }))).toEqual(['WEAPP_APPID "touristappid" is not a WeChat appid (wx + 16 hex digits)'])
    expect(problemsOf('alipay', release({ ALIPAY_APPID: undefined }))).toEqual(['ALIPAY_APPID is missing'])
    expect(problemsOf('alipay', release({ ALIPAY_APPID: 'wx0123456789abcdef' }))).toEqual(['ALIPAY_APPID "wx0123456789abcdef" is not an Alipay appid (16 digits)'])
    // The other platform's appid is not needed.
    expect(problemsOf('weapp', release({ ALIPAY_APPID: undefined }))).toEqual([])
  })

  test('a missing template id, or the development stand-ins, are refused', () => {
    expect(problemsOf('weapp', release({ WEAPP_TEMPLATE_CASE_STAGE: undefined }))).toEqual([
      'WEAPP_TEMPLATE_CASE_STAGE (subscription template id for case_stage) is missing',
    ])
    const standIns = problemsOf('alipay', release(templatesFor('alipay', (kind) => `cs-ali-${kind}-0001`)))
    expect(standIns).toHaveLength(SUBSCRIPTION_KINDS.length)
    expect(standIns[0]).toBe('ALIPAY_TEMPLATE_BILL_ISSUED "cs-ali-bill_issued-0001" is a placeholder')
  })

  test('every problem is listed at once, with where to read about the variables', () => {
    let error: unknown
    try {
      resolveBuildEnvironment('weapp', { APP_ENV: 'production', API_BASE: 'http://x.example-gov.cn/api/v1' })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ReleaseConfigError)
    const message = (error as Error).message
    expect(message).toMatch(/^Refusing the production build for weapp:\n/)
    expect(message).toContain('WEAPP_APPID is missing')
    expect(message).toContain('https://')
    expect(message).toContain('README.md "Environments and release"')
    expect((error as ReleaseConfigError).problems).toHaveLength(2 + SUBSCRIPTION_KINDS.length)
  })

  test('a production H5 build may call its own origin, but an absolute base must be https', () => {
    expect(resolveBuildEnvironment('h5', { APP_ENV: 'production' }).apiBase).toBe('/api/v1')
    expect(problemsOf('h5', { APP_ENV: 'production', H5_API_BASE: 'http://gw.example-gov.cn/api/v1' })[0]).toMatch(/must use https:\/\//)
  })
})
