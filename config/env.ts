import development from './env/development'
import production from './env/production'
import staging from './env/staging'
import { SUBSCRIPTION_KINDS, type AppEnvName, type EnvironmentFile, type MiniPlatform, type SubscriptionKind } from './env/types'

export { SUBSCRIPTION_KINDS }
export type { AppEnvName, MiniPlatform, SubscriptionKind }

const FILES: Record<AppEnvName, EnvironmentFile> = { development, staging, production }

/** What one build (one environment × one target) is configured with. */
export interface BuildEnvironment {
  name: AppEnvName
  target: string
  /** The API base compiled into the client (API_BASE constant). */
  apiBase: string
  /** The appid written into the platform's project file ('' on H5). */
  appId: string
  /** Subscription template ids for this target ({} on H5). */
  templates: Partial<Record<SubscriptionKind, string>>
  outputRoot: string
}

/** A release build asked for with configuration that cannot ship. Thrown before webpack starts. */
export class ReleaseConfigError extends Error {
  constructor(readonly problems: string[], envName: AppEnvName, target: string) {
    super(
      `Refusing the ${envName} build for ${target}:\n` +
        problems.map((problem) => `  - ${problem}`).join('\n') +
        '\nSee README.md "Environments and release" for the variables.',
    )
    this.name = 'ReleaseConfigError'
  }
}

type Env = Record<string, string | undefined>

const PLATFORM_VAR: Record<MiniPlatform, string> = { weapp: 'WEAPP', alipay: 'ALIPAY' }

/** e.g. WEAPP_TEMPLATE_BILL_ISSUED, ALIPAY_TEMPLATE_CASE_STAGE. */
export function templateVariable(platform: MiniPlatform, kind: SubscriptionKind): string {
  return `${PLATFORM_VAR[platform]}_TEMPLATE_${kind.toUpperCase()}`
}

function isMiniPlatform(target: string): target is MiniPlatform {
  return target === 'weapp' || target === 'alipay'
}

function parseEnvName(value: string | undefined): AppEnvName {
  const name = (value || 'development').trim()
  if (name === 'development' || name === 'staging' || name === 'production') return name
  throw new Error(`APP_ENV must be development, staging or production (got "${name}")`)
}

// Formats each console issues: a WeChat appid is "wx" + 16 hex digits, an Alipay appid 16 digits.
const APPID_FORMAT: Record<MiniPlatform, RegExp> = { weapp: /^wx[0-9a-f]{16}$/, alipay: /^\d{16}$/ }
// Our development stand-ins and the usual fillers: never valid in a release.
const PLACEHOLDER = /^cs-(wx|ali)-|placeholder|todo|xxx|example|changeme|touristappid/i

function checkRelease(build: BuildEnvironment): string[] {
  const problems: string[] = []
  const base = build.apiBase
  // H5 may call its own origin through a relative path; anything absolute must be HTTPS.
  const absolute = /^[a-z][a-z0-9+.-]*:/i.test(base)
  if (isMiniPlatform(build.target) && !absolute) {
    problems.push(`API_BASE must be an absolute https:// URL (got "${base || '(empty)'}")`)
  } else if (absolute && !base.startsWith('https://')) {
    problems.push(`the API base must use https:// (both platforms call only HTTPS domains on the whitelist); got "${base}"`)
  } else if (absolute && /^https:\/\/(localhost|127\.|0\.0\.0\.0|\[::1\])/i.test(base)) {
    problems.push(`the API base points at this machine ("${base}"); a phone cannot reach it`)
  }
  if (absolute && !URL.canParse(base)) problems.push(`the API base is not a valid URL: "${base}"`)
  if (isMiniPlatform(build.target)) {
    const platform = build.target
    const appVar = `${PLATFORM_VAR[platform]}_APPID`
    if (!build.appId) problems.push(`${appVar} is missing`)
    else if (PLACEHOLDER.test(build.appId) || !APPID_FORMAT[platform].test(build.appId)) {
      problems.push(`${appVar} "${build.appId}" is not ${platform === 'weapp' ? 'a WeChat appid (wx + 16 hex digits)' : 'an Alipay appid (16 digits)'}`)
    }
    for (const kind of SUBSCRIPTION_KINDS) {
      const id = build.templates[kind]
      if (!id) problems.push(`${templateVariable(platform, kind)} (subscription template id for ${kind}) is missing`)
      else if (PLACEHOLDER.test(id) || /\s/.test(id)) problems.push(`${templateVariable(platform, kind)} "${id}" is a placeholder`)
    }
  }
  return problems
}

/**
 * The configuration of one build: config/env/<APP_ENV>.ts, each value overridable by a variable
 * (for CI and release pipelines). development (the default) calls the sandbox; staging and
 * production refuse (ReleaseConfigError) an API base that is not https:// and any missing or
 * placeholder appid or template id.
 */
export function resolveBuildEnvironment(target: string, env: Env = process.env): BuildEnvironment {
  const name = parseEnvName(env.APP_ENV)
  const file = FILES[name]
  let apiBase: string
  if (target === 'h5') {
    // H5 is served by the sandbox (or the gateway) itself: same origin, relative path.
    apiBase = env.H5_API_BASE || '/api/v1'
  } else if (env.API_BASE) {
    apiBase = env.API_BASE.replace(/\/+$/, '')
  } else if (name === 'development' && env.SANDBOX_URL) {
    apiBase = `${env.SANDBOX_URL.replace(/\/+$/, '')}/api/v1`
  } else {
    apiBase = file.apiBase
  }
  const build: BuildEnvironment = {
    name,
    target,
    apiBase,
    appId: isMiniPlatform(target) ? env[`${PLATFORM_VAR[target]}_APPID`] || file.appIds[target] : '',
    templates: {},
    outputRoot: env.OUTPUT_ROOT || `dist/${target}`,
  }
  if (isMiniPlatform(target)) {
    for (const kind of SUBSCRIPTION_KINDS) {
      const id = env[templateVariable(target, kind)] || file.templates[target][kind]
      if (id) build.templates[kind] = id
    }
  }
  if (name !== 'development') {
    const problems = checkRelease(build)
    if (problems.length > 0) throw new ReleaseConfigError(problems, name, target)
  }
  return build
}

/** The constants the client reads (src/api/client.ts API_BASE, src/platform/subscriptions.ts). */
export function defineConstantsOf(build: BuildEnvironment): Record<string, string> {
  return {
    API_BASE: JSON.stringify(build.apiBase),
    SUBSCRIPTION_TEMPLATES: JSON.stringify(isMiniPlatform(build.target) ? { [build.target]: build.templates } : {}),
  }
}
