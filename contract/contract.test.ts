// The contract is importable by the Taro client: it depends on nothing but TypeBox, and exports
// the agreed names. Type-level checks below fail `tsc` if the static types drift.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as contract from './index'
import type { Bill, Me, Payment, PaymentCreateBody, ServiceItemSummary, SessionCreateBody, CatalogueItemsQuery, Problem } from './index'

describe('contract', () => {
  it('imports nothing but @sinclair/typebox and sibling contract files', () => {
    const files = readdirSync(__dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    expect(files.length).toBeGreaterThanOrEqual(6)
    for (const file of files) {
      const source = readFileSync(join(__dirname, file), 'utf8')
      const specifiers = [...source.matchAll(/^\s*(?:import|export)\b[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1])
      for (const specifier of specifiers) {
        expect([file, specifier]).toEqual([file, expect.stringMatching(/^(@sinclair\/typebox|\.\/[a-z-]+)$/)])
      }
      expect(source).not.toMatch(/require\(/)
    }
  })

  it('exports the agreed schema names', () => {
    const names = [
      'CitySchema', 'CityListSchema', 'ThemeSchema', 'DepartmentSchema', 'ServiceItemSummarySchema',
      'ServiceItemPageSchema', 'ServiceItemDetailSchema', 'CatalogueItemsQuerySchema', 'PersonaSchema',
      'SessionCreateBodySchema', 'SessionTokensSchema', 'RefreshBodySchema', 'MeSchema', 'ProblemSchema',
      'FieldErrorSchema', 'AddressSchema', 'AddressCreateBodySchema',
      'ProviderSchema', 'ProviderListSchema', 'AccountFormatSchema', 'AccountLookupBodySchema', 'AccountPreviewSchema',
      'HouseholdAccountSchema', 'HouseholdAccountCreateBodySchema', 'HouseholdAccountLabelBodySchema', 'BillSchema',
      'BillListSchema', 'PaymentSchema', 'PaymentCreateBodySchema', 'PaymentPageSchema', 'ReceiptSchema',
      'ChannelParamsSchema', 'PayableKindSchema', 'RailResultSchema',
      'VehicleRuleSchema', 'VehicleRuleQuerySchema', 'PlateTypeSchema', 'PlateTypeListSchema', 'VehicleCreateBodySchema',
      'VehicleSchema', 'VehicleListSchema', 'VehicleParamsSchema', 'ChargeSchema', 'ViolationSchema', 'ViolationListSchema',
      'ViolationParamsSchema', 'DecisionParamsSchema', 'DecisionLookupSchema', 'FeeNoticeSchema', 'FeeNoticeParamsSchema',
    ]
    for (const name of names) expect([name, typeof (contract as Record<string, unknown>)[name]]).toEqual([name, 'object'])
  })

  it('declares every object strict (additionalProperties: false)', () => {
    const visit = (schema: unknown, path: string): void => {
      if (typeof schema !== 'object' || schema === null) return
      const s = schema as Record<string, unknown>
      if (s.type === 'object') expect([path, s.additionalProperties]).toEqual([path, false])
      for (const [key, value] of Object.entries(s)) {
        if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}.${key}[${i}]`))
        else visit(value, `${path}.${key}`)
      }
    }
    for (const [name, value] of Object.entries(contract)) if (name.endsWith('Schema')) visit(value, name)
  })
})

// Static types: these lines are checked by tsc (a wrong literal is a compile error).
const kind: Me['kind'] = 'legal'
const star: ServiceItemSummary['starLevel'] = 5
const channel: SessionCreateBody['channel'] = 'alipay'
const page: CatalogueItemsQuery['page'] = 2
// @ts-expect-error only 3, 4 and 5 are star levels
const badStar: ServiceItemSummary['starLevel'] = 2
// @ts-expect-error the channel is a closed set
const badChannel: SessionCreateBody['channel'] = 'web'
const problem: Pick<Problem, 'code' | 'status'> = { code: 'NOT_FOUND', status: 404 }
const item: PaymentCreateBody['items'][number] = { kind: 'bill', id: 'bill_x' }
const fineItem: PaymentCreateBody['items'][number] = { kind: 'fine', id: 'vio_x' }
const open: Problem['openPaymentId'] = 'pay_x'
const billStatus: Bill['status'] = 'paying'
// @ts-expect-error the client never sends an amount
const withAmount: PaymentCreateBody['items'][number] = { kind: 'bill', id: 'bill_x', amountFen: 1 }
const wechat: Extract<Payment['channelParams'], { kind: 'wechat' }>['signType'] = 'RSA'
export const typeChecks = [fineItem, kind, star, channel, page, badStar, badChannel, problem, item, open, billStatus, withAmount, wechat]
