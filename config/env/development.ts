import type { EnvironmentFile } from './types'

// The sandbox (mock/) is the platform API during development, demos and tests.
// SANDBOX_URL replaces the origin (see config/env.ts). WeChat DevTools opens the build with the
// tourist appid (enable "不校验合法域名" for the http:// sandbox); the Alipay IDE needs none.
// Template ids are made-up: the harness and the sandbox accept any id.
const development: EnvironmentFile = {
  apiBase: 'http://127.0.0.1:8787/api/v1',
  appIds: { weapp: 'touristappid', alipay: '' },
  templates: {
    weapp: {
      bill_issued: 'cs-wx-bill-issued-0001',
      payment_succeeded: 'cs-wx-payment-succeeded-0001',
      case_stage: 'cs-wx-case-stage-0001',
      case_rectification: 'cs-wx-case-rectification-0001',
      appointment_reminder: 'cs-wx-appointment-reminder-0001',
      appointment_waitlist: 'cs-wx-appointment-waitlist-0001',
      certificate_expiring: 'cs-wx-certificate-expiring-0001',
    },
    alipay: {
      bill_issued: 'cs-ali-bill-issued-0001',
      payment_succeeded: 'cs-ali-payment-succeeded-0001',
      case_stage: 'cs-ali-case-stage-0001',
      case_rectification: 'cs-ali-case-rectification-0001',
      appointment_reminder: 'cs-ali-appointment-reminder-0001',
      appointment_waitlist: 'cs-ali-appointment-waitlist-0001',
      certificate_expiring: 'cs-ali-certificate-expiring-0001',
    },
  },
}

export default development
