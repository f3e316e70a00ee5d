import type { DomainModule } from '../../http/types'
import { catalogueRoutes } from './routes'
import { migrate } from './schema'
import { ITEM_TEMPLATES, seed } from './seed'

export const catalogueDomain: DomainModule = { name: 'catalogue', migrate, seed, routes: catalogueRoutes }

/**
 * 承诺办结时限 (working days) of a catalogue item, by template code: the one source for it. Other
 * domains that run an item (certificate applications and the cases they create) read it here, so
 * the guide, the form and the case cannot disagree.
 */
export function itemPromisedDays(templateCode: string): number {
  const template = ITEM_TEMPLATES.find((t) => t.code === templateCode)
  if (!template) throw new Error(`no catalogue item ${templateCode}`)
  return template.guide.promisedDays
}
