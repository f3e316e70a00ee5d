// Departments every city has. Codes are `<cityCode>-<key>`, e.g. 330100-gaj.
export interface DepartmentTemplate {
  key: string
  name: (cityName: string) => string
  shortName: string
}

const local = (suffix: string) => (cityName: string) => `${cityName}${suffix}`

export const DEPARTMENTS = [
  { key: 'gaj', name: local('公安局'), shortName: '市公安局' },
  { key: 'rsj', name: local('人力资源和社会保障局'), shortName: '市人力社保局' },
  { key: 'mzj', name: local('民政局'), shortName: '市民政局' },
  { key: 'scjg', name: local('市场监督管理局'), shortName: '市市场监管局' },
  { key: 'sw', name: (cityName: string) => `国家税务总局${cityName}税务局`, shortName: '市税务局' },
  { key: 'gjj', name: local('住房公积金管理中心'), shortName: '市公积金中心' },
  { key: 'ybj', name: local('医疗保障局'), shortName: '市医保局' },
  { key: 'jtj', name: local('交通运输局'), shortName: '市交通运输局' },
  { key: 'wjw', name: local('卫生健康委员会'), shortName: '市卫生健康委' },
  { key: 'jyj', name: local('教育局'), shortName: '市教育局' },
  { key: 'sfj', name: local('司法局'), shortName: '市司法局' },
  { key: 'sthj', name: local('生态环境局'), shortName: '市生态环境局' },
  { key: 'nync', name: local('农业农村局'), shortName: '市农业农村局' },
  { key: 'zrzy', name: local('自然资源和规划局'), shortName: '市自然资源和规划局' },
  { key: 'zjj', name: local('住房和城乡建设局'), shortName: '市住房城乡建设局' },
  { key: 'wgl', name: local('文化广电旅游局'), shortName: '市文化广电旅游局' },
  { key: 'tyj', name: local('体育局'), shortName: '市体育局' },
  { key: 'yjj', name: local('应急管理局'), shortName: '市应急管理局' },
  { key: 'qxj', name: local('气象局'), shortName: '市气象局' },
  { key: 'cl', name: local('残疾人联合会'), shortName: '市残联' },
] as const satisfies readonly DepartmentTemplate[]

export type DepartmentKey = (typeof DEPARTMENTS)[number]['key']
