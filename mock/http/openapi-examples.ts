// Request-body examples for the OpenAPI document, by operationId, where the schemas' own field
// examples do not make a whole body. Values follow the seeded sandbox (杭州, the resident persona);
// Redocly's no-invalid-media-type-examples checks each against its schema (openapi-lint.test.ts).
const DAY = '2026-12-07'
const SLOT = { hallId: 'hall-330100-1', serviceCode: 'id-card', date: DAY, start: '09:30' }

export const REQUEST_BODY_EXAMPLES: Readonly<Record<string, unknown>> = {
  postAuthSessions: { channel: 'weapp', code: '0a1B2c3D4e5F6g', personaId: 'resident' },
  postAuthRefresh: { refreshToken: 'rt_3f9c1e0b7a6d4c2e9b8a7f6e5d4c3b2a' },
  postMeAddresses: { label: '家', recipient: '张三', mobile: '13800138000', region: '浙江省杭州市西湖区', detail: '文三路 100 号 2 幢 301 室' },
  postMessagesSubscriptions: { channel: 'weapp', decisions: [{ kind: 'bill_issued', accepted: true }, { kind: 'payment_succeeded', accepted: false }] },
  postPayments: { items: [{ kind: 'bill', id: 'bill_seed-resident-water-1' }], channel: 'weapp' },
  postUtilitiesAccountsLookup: { providerId: '330100-water-1', accountNumber: '3301234567' },
  postUtilitiesAccounts: { providerId: '330100-water-1', accountNumber: '3301234567', label: '家里' },
  postFinesVehicles: { plate: '浙A12345', plateType: '02', checkDigits: '123456' },
  postCasesByIdResubmission: { answers: [{ itemId: 'c1', text: '已补充房产证复印件，见附件' }] },
  postCasesByIdRatings: { level: 'satisfied', comment: '窗口办理很快', indicators: { overall: 5, efficiency: 4 } },
  postCasesLookup: { caseNumber: '330100202611270830150001', password: '482915' },
  postAppointments: SLOT,
  postAppointmentsWaitlist: SLOT,
  postAppointmentsByIdReschedule: { ...SLOT, start: '10:00' },
  postCertificatesVerifications: { token: 'vt_8d7c6b5a4f3e2d1c', organisation: '杭州市西湖区某某酒店' },
  postCertificatesApplications: {
    typeId: 'household-proof',
    cityCode: '330100',
    fields: [{ name: 'name', value: '张三' }],
    delivery: { method: 'pickup', hallId: 'hall-330100-1' },
  },
  postRailsWechatPay: { package: 'prepay_id=wx20261207093000abcdef', outcome: 'success' },
  postRailsAlipayPay: { tradeNO: '2026120722001400000000000001', outcome: 'success' },
  postRailsCashierPay: { cashierToken: 'ct_5e4d3c2b1a', outcome: 'cancel' },
  postAdminUtilitiesBills: { providerId: '330100-water-1', accountNumber: '3301234567', period: '2026-11', amountFen: 4850, dueDate: '2026-12-20', usageQuantity: 17 },
  postAdminFinesViolations: { plate: '浙A12345', fineFen: 20000, points: 3, code: '1039', receivedDaysAgo: 10 },
  postAdminCasesByCaseNumberRectification: { to: 'rectifying', note: '已电话回访，申请人反映等候时间长' },
  putAdminAppointmentsSlotCapacity: { ...SLOT, capacity: 0 },
  putAdminClock: { offsetMs: 86_400_000 },
}
