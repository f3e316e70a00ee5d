// Display helpers for the platform's standard service fields (PRODUCT.md 七统一).

const ROMAN = ['', 'Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ'] as const

export function starLabel(level: number): string {
  return `${['', '一', '二', '三', '四', '五'][level] ?? level}星`
}

export function starMeaning(level: number): string {
  if (level >= 5) return '全程网办，跑零次'
  if (level === 4) return '网上申报、信任在先、办结核验'
  return '统一登录、统一申报、统一查询'
}

export function onlineDepthLabel(depth: number): string {
  return `网办深度 ${ROMAN[depth] ?? depth}`
}

export function visitsLabel(visits: number): string {
  return visits === 0 ? '跑零次' : `到现场 ${visits} 次`
}
