// Everyday words people type for a service, and the catalogue words they mean (issue 15.14):
// a search term also matches what its synonyms match (item names, keywords, departments, theme
// names). Data, not code: add a line when the search logs show a word that finds nothing.
export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  违章: ['交通违法'],
  罚单: ['交通违法'],
  交通罚款: ['交通违法'],
  驾照: ['驾驶证'],
  社保卡: ['社会保险'],
  社保: ['社会保险'],
  医保: ['医疗保险', '医疗保障'],
  身份证: ['居民身份证'],
  户口: ['落户', '户口'],
  护照: ['护照'],
  港澳通行证: ['往来港澳通行证'],
  公积金: ['住房公积金'],
  低保: ['最低生活保障'],
  个税: ['个人所得税'],
  退税: ['个人所得税'],
  结婚: ['结婚登记'],
  买房: ['不动产', '购房'],
  租房: ['租赁', '租房'],
  开公司: ['营业执照', '企业开办'],
}

/** The words a term stands for: itself and its synonyms, without repeats. */
export function alternativesOf(term: string): string[] {
  return [...new Set([term, ...(SYNONYMS[term] ?? [])])]
}
