// One catalogue (统一导航): cities, the 15 themes, departments and service items with their guides.
import { Type, type Static } from '@sinclair/typebox'
import { CityCodeSchema, IntegerEnum, ListOf, StrictObject, StringEnum } from './common'

export const CitySchema = StrictObject(
  {
    code: CityCodeSchema,
    name: Type.String({ examples: ['杭州市'] }),
    shortName: Type.String({ examples: ['杭州'] }),
    pinyin: Type.String({ examples: ['hangzhou'] }),
    lat: Type.Number({ minimum: -90, maximum: 90 }),
    lng: Type.Number({ minimum: -180, maximum: 180 }),
  },
  { title: 'City' },
)
export type City = Static<typeof CitySchema>

export const CityListSchema = ListOf(CitySchema, { title: 'CityList' })
export type CityList = Static<typeof CityListSchema>

export const ThemeCodeSchema = Type.String({ title: '主题', pattern: '^[a-z][a-z0-9-]{1,31}$' })

export const ThemeSchema = StrictObject(
  { code: ThemeCodeSchema, name: Type.String({ examples: ['婚育收养'] }) },
  { title: 'Theme' },
)
export type Theme = Static<typeof ThemeSchema>

export const ThemeListSchema = ListOf(ThemeSchema, { title: 'ThemeList' })

export const ThemesQuerySchema = StrictObject(
  {
    city: Type.Optional(CityCodeSchema),
    audience: Type.Optional(
      StringEnum(['personal', 'legal'] as const, { description: '给定时（需同时给 city）只列出该城市有此类事项的主题' }),
    ),
  },
  { title: 'ThemesQuery' },
)
export type ThemesQuery = Static<typeof ThemesQuerySchema>
export type ThemeList = Static<typeof ThemeListSchema>

export const DepartmentCodeSchema = Type.String({ title: '部门', pattern: '^[0-9]{6}-[a-z0-9-]{1,20}$' })

export const DepartmentSchema = StrictObject(
  {
    code: DepartmentCodeSchema,
    name: Type.String({ examples: ['杭州市公安局'] }),
    shortName: Type.String({ examples: ['市公安局'] }),
  },
  { title: 'Department' },
)
export type Department = Static<typeof DepartmentSchema>

export const DepartmentListSchema = ListOf(DepartmentSchema, { title: 'DepartmentList' })
export type DepartmentList = Static<typeof DepartmentListSchema>

export const DepartmentsQuerySchema = StrictObject({ city: CityCodeSchema }, { title: 'DepartmentsQuery' })
export type DepartmentsQuery = Static<typeof DepartmentsQuerySchema>

export const AudienceSchema = StringEnum(['personal', 'legal'] as const, {
  title: '办事对象',
  description: 'personal 个人办事，legal 法人办事',
})
export type Audience = Static<typeof AudienceSchema>

export const StarLevelSchema = IntegerEnum([3, 4, 5] as const, {
  description: '三星：统一登录、申报、查询；四星：网上申报、信任在先、办结核验；五星：全程网办、跑零次',
})
export type StarLevel = Static<typeof StarLevelSchema>

export const OnlineDepthSchema = IntegerEnum([1, 2, 3, 4] as const, { description: '网上办理深度 Ⅰ–Ⅳ' })
export type OnlineDepth = Static<typeof OnlineDepthSchema>

export const VisitsSchema = IntegerEnum([0, 1, 2] as const, { description: '到办事现场次数' })
export type Visits = Static<typeof VisitsSchema>

export const ServiceItemIdSchema = Type.String({ title: '事项编号', pattern: '^[0-9]{6}-[a-z0-9-]{1,40}$' })

export const ServiceItemSummarySchema = StrictObject(
  {
    id: ServiceItemIdSchema,
    name: Type.String(),
    audience: AudienceSchema,
    themeCodes: Type.Array(ThemeCodeSchema, { minItems: 1 }),
    department: StrictObject({ code: DepartmentCodeSchema, name: Type.String() }),
    cityCode: CityCodeSchema,
    starLevel: StarLevelSchema,
    onlineDepth: OnlineDepthSchema,
    visits: VisitsSchema,
  },
  { title: 'ServiceItemSummary' },
)
export type ServiceItemSummary = Static<typeof ServiceItemSummarySchema>

export const ServiceItemPageSchema = StrictObject(
  {
    items: Type.Array(ServiceItemSummarySchema),
    total: Type.Integer({ minimum: 0 }),
    page: Type.Integer({ minimum: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 50 }),
  },
  { title: 'ServiceItemPage' },
)
export type ServiceItemPage = Static<typeof ServiceItemPageSchema>

export const MaterialSchema = StrictObject(
  {
    name: Type.String(),
    copies: Type.Integer({ minimum: 0, description: '份数；0 表示只需出示原件或电子证照' }),
    required: Type.Boolean(),
    note: Type.Optional(Type.String()),
  },
  { title: 'Material' },
)
export type Material = Static<typeof MaterialSchema>

export const ServiceGuideSchema = StrictObject(
  {
    summary: Type.String(),
    conditions: Type.Array(Type.String(), { description: '受理条件' }),
    materials: Type.Array(MaterialSchema, { description: '申请材料' }),
    feeFen: Type.Integer({ minimum: 0, description: '收费金额（分），0 为不收费' }),
    feeNote: Type.String(),
    legalDays: Type.Integer({ minimum: 0, description: '法定办结时限（工作日）' }),
    promisedDays: Type.Integer({ minimum: 0, description: '承诺办结时限（工作日），0 为即办' }),
    basis: Type.Array(Type.String(), { description: '设定依据' }),
    steps: Type.Array(Type.String(), { description: '办理流程' }),
    phone: Type.String({ description: '咨询电话' }),
  },
  { title: 'ServiceGuide' },
)
export type ServiceGuide = Static<typeof ServiceGuideSchema>

/** What the app can do for an item itself (issue 15.10): the guide offers it at the bottom. */
export const ItemActionSchema = Type.Union(
  [
    StrictObject({ kind: Type.Literal('apply'), formType: Type.String({ description: '在线申请表单（电子证照申领类型）' }) }),
    StrictObject({ kind: Type.Literal('book'), serviceCode: Type.String({ description: '预约办事的事项编码' }) }),
    StrictObject({ kind: Type.Literal('pay'), payable: StringEnum(['fine', 'bill', 'fee'] as const, { description: '缴费类型' }) }),
  ],
  { title: 'ItemAction', description: 'apply 在线办理；book 预约办理；pay 去缴费' },
)
export type ItemAction = Static<typeof ItemActionSchema>

/** Where the item is handled in person (办理地点): the city's main hall. */
export const ServicePlaceSchema = StrictObject(
  {
    name: Type.String({ examples: ['杭州市民中心'] }),
    address: Type.String(),
    latitude: Type.Number({ minimum: -90, maximum: 90, description: 'GCJ-02' }),
    longitude: Type.Number({ minimum: -180, maximum: 180, description: 'GCJ-02' }),
  },
  { title: 'ServicePlace' },
)
export type ServicePlace = Static<typeof ServicePlaceSchema>

export const ServiceItemDetailSchema = StrictObject(
  {
    ...ServiceItemSummarySchema.properties,
    guide: ServiceGuideSchema,
    actions: Type.Array(ItemActionSchema, { description: '本应用可直接办理的方式；为空时只能电话咨询或到大厅办理' }),
    place: ServicePlaceSchema,
  },
  { title: 'ServiceItemDetail' },
)
export type ServiceItemDetail = Static<typeof ServiceItemDetailSchema>

export const ServiceItemParamsSchema = StrictObject({ id: ServiceItemIdSchema }, { title: 'ServiceItemParams' })
export type ServiceItemParams = Static<typeof ServiceItemParamsSchema>

export const CATALOGUE_MAX_PAGE_SIZE = 50

export const CatalogueItemsQuerySchema = StrictObject(
  {
    city: CityCodeSchema,
    audience: Type.Optional(AudienceSchema),
    theme: Type.Optional(ThemeCodeSchema),
    department: Type.Optional(DepartmentCodeSchema),
    q: Type.Optional(Type.String({ title: '搜索关键词', minLength: 1, maxLength: 30, description: '在事项名称、关键词和部门中搜索' })),
    page: Type.Optional(Type.Integer({ title: '页码', minimum: 1, maximum: 1000, default: 1 })),
    pageSize: Type.Optional(
      Type.Integer({ title: '每页条数', minimum: 1, maximum: CATALOGUE_MAX_PAGE_SIZE, default: 20 }),
    ),
  },
  { title: 'CatalogueItemsQuery' },
)
export type CatalogueItemsQuery = Static<typeof CatalogueItemsQuerySchema>
