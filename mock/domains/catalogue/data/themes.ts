// The 15 themes of the personal catalogue (个人办事), in the platform's order.
export const THEMES = [
  { code: 'marriage-adoption', name: '婚育收养' },
  { code: 'education', name: '教育培训' },
  { code: 'employment', name: '求职执业' },
  { code: 'tax-fees', name: '纳税缴费' },
  { code: 'healthcare', name: '就医保健' },
  { code: 'social-insurance', name: '社会保险' },
  { code: 'welfare', name: '福利救助' },
  { code: 'housing', name: '房屋租售' },
  { code: 'transport-travel', name: '交通旅游' },
  { code: 'certificates', name: '证件办理' },
  { code: 'venues', name: '场馆设施' },
  { code: 'public-safety', name: '公共安全' },
  { code: 'justice-notary', name: '司法公证' },
  { code: 'environment-weather', name: '环境气象' },
  { code: 'agriculture', name: '三农服务' },
] as const

export type ThemeCode = (typeof THEMES)[number]['code']
